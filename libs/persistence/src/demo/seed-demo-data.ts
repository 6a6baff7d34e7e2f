import { createHash, randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { DataSource, EntityManager } from 'typeorm';
import {
  CaseEntity,
  CaseEventEntity,
  CasePartyEntity,
  CommuneEntity,
  MediatorProfileEntity,
  OrganisationEntity,
  UserEntity,
} from '../entities';
import { nextTrackingCode } from '../tracking-codes';
import { DEMO_ACCOUNTS, DemoAccount } from './demo-accounts';
import { DEMO_CASES, DemoCase } from './demo-cases';
import { DEMO_MEDIATOR_PROFILES, DEMO_QUALIFICATION_DATES } from './demo-mediators';
import { DEMO_ORGANISATIONS, DemoOrganisation } from './demo-organisations';

const DAY_MS = 24 * 3600 * 1000;

export { DEMO_ACCOUNTS } from './demo-accounts';
export type { DemoAccount } from './demo-accounts';

export interface DemoReport {
  accounts: string[];
  /** Codes of the mediation organisations given their demo details. */
  organisations: string[];
  cases: string[];
}

/**
 * Idempotent: organisations are found by code, accounts updated by e-mail, mediator profiles by
 * account, cases found by their demo key.
 */
export async function seedDemoData(dataSource: DataSource, password: string, now = new Date()): Promise<DemoReport> {
  const passwordHash = await hash(password);
  return dataSource.transaction(async (manager) => {
    for (const organisation of DEMO_ORGANISATIONS) await upsertOrganisation(manager, organisation);
    const users = new Map<string, UserEntity>();
    for (const account of DEMO_ACCOUNTS) users.set(account.email, await upsertAccount(manager, account, passwordHash));
    for (const account of DEMO_ACCOUNTS) await upsertMediatorProfile(manager, account, users, now);
    const cases: string[] = [];
    for (const demo of DEMO_CASES) cases.push(await upsertCase(manager, demo, users, now));
    return {
      accounts: DEMO_ACCOUNTS.map((a) => a.email),
      organisations: DEMO_ORGANISATIONS.map((o) => o.code),
      cases,
    };
  });
}

async function upsertOrganisation(manager: EntityManager, demo: DemoOrganisation): Promise<void> {
  const existing = await manager.findOneBy(OrganisationEntity, { code: demo.code });
  const contacts = {
    mediationType: demo.mediationType,
    hasSeal: demo.hasSeal,
    address: demo.address,
    email: demo.email,
    phone: demo.phone,
    website: demo.website,
    active: true,
  };
  if (existing) {
    await manager.update(OrganisationEntity, { id: existing.id }, contacts);
    return;
  }
  if (!demo.create) throw new Error(`demo seed: organisation ${demo.code} is missing (run db:migrate first)`);
  const { name, kind, communeName } = demo.create;
  const commune = await manager.findOneByOrFail(CommuneEntity, { name: communeName });
  await manager.save(OrganisationEntity, { code: demo.code, name, kind, communeCode: commune.code, ...contacts });
}

async function upsertAccount(manager: EntityManager, account: DemoAccount, passwordHash: string): Promise<UserEntity> {
  const organisation = await manager.findOneByOrFail(OrganisationEntity, { code: account.org });
  const existing = await manager.findOneBy(UserEntity, { email: account.email });
  return manager.save(UserEntity, {
    ...existing,
    email: account.email,
    passwordHash,
    fullName: account.fullName,
    role: account.role,
    organisationId: organisation.id,
    isSupervisor: account.supervisor ?? false,
    active: true,
  });
}

/** A complete, verified profile (Art 64.2), verified by the organisation's mediation admin. */
async function upsertMediatorProfile(
  manager: EntityManager,
  account: DemoAccount,
  users: Map<string, UserEntity>,
  now: Date,
): Promise<void> {
  const demo = DEMO_MEDIATOR_PROFILES[account.email];
  if (account.role !== 'mediator' || !demo) return;
  const user = users.get(account.email);
  const verifierEmail = DEMO_ACCOUNTS.find((a) => a.role === 'mediation_admin' && a.org === account.org)?.email;
  const verifier = verifierEmail ? users.get(verifierEmail) : undefined;
  if (!user || !verifier) throw new Error(`demo seed: no account or verifier for ${account.email}`);
  const existing = await manager.findOneBy(MediatorProfileEntity, { userId: user.id });
  await manager.save(MediatorProfileEntity, {
    userId: user.id,
    vietnameseCitizen: true,
    fullCivilCapacity: true,
    ...DEMO_QUALIFICATION_DATES,
    mediationTrainingCertificate: demo.certificate,
    // Re-seeding keeps the first verification rather than moving its date.
    verifiedAt: existing?.verifiedAt ?? now,
    verifiedById: verifier.id,
    languages: demo.languages,
    sectors: demo.sectors,
    ties: demo.ties ?? [],
    maxOpenCases: demo.maxOpenCases,
    accepting: true,
    publicProfile: demo.publicProfile,
  });
}

async function upsertCase(
  manager: EntityManager,
  demo: DemoCase,
  users: Map<string, UserEntity>,
  now: Date,
): Promise<string> {
  const idempotencyKey = `demo:${demo.key}`;
  const existing = await manager.findOneBy(CaseEntity, { idempotencyKey });
  if (existing) return existing.trackingCode;
  const commune = await manager.findOneByOrFail(CommuneEntity, { name: demo.communeName });
  const submittedAt = new Date(now.getTime() - demo.daysAgo * DAY_MS);
  const stage = (days: number | undefined) =>
    days === undefined ? null : new Date(submittedAt.getTime() + days * DAY_MS);
  const assignee = demo.assignedTo ? users.get(demo.assignedTo) : undefined;
  const mediator = demo.mediator ? users.get(demo.mediator) : undefined;
  const department = await manager.findOneByOrFail(OrganisationEntity, { code: 'SCT' });
  const saved = await manager.save(CaseEntity, {
    trackingCode: await nextTrackingCode(manager, 'TN', vietnamYear(submittedAt)),
    idempotencyKey,
    // Demo consumers never receive their key; staff work these cases.
    accessKeyHash: createHash('sha256').update(randomBytes(32)).digest('hex'),
    dataConsentAt: submittedAt,
    dataConsentVersion: 'demo',
    status: demo.status,
    channel: demo.channel,
    sectorCode: demo.sectorCode,
    communeCode: commune.code,
    handlingOrgId: department.id,
    assigneeId: assignee?.id ?? null,
    mediationOrgId: mediator?.organisationId ?? null,
    mediatorId: mediator?.id ?? null,
    priority: demo.vulnerable ? 1 : 0,
    vulnerable: demo.vulnerable ?? false,
    product: demo.product,
    purchaseDate: new Date(submittedAt.getTime() - 5 * DAY_MS).toISOString().slice(0, 10),
    purchaseChannel: demo.purchaseChannel,
    amountVnd: demo.amountVnd,
    description: demo.description,
    desiredResolutions: demo.desiredResolutions,
    outcome: demo.outcome?.code ?? null,
    amountRecoveredVnd: demo.outcome?.amountRecoveredVnd ?? null,
    submittedAt,
    consultationAt: stage(demo.stages.consultation),
    negotiationAt: stage(demo.stages.negotiation),
    mediationAt: stage(demo.stages.mediation),
    closedAt: stage(demo.stages.closed),
    lifecycle: mediationLifecycle(demo, mediator?.organisationId, stage(demo.stages.mediation)),
  });
  await manager.save(
    CasePartyEntity,
    demo.parties.map((party) => ({
      caseId: saved.id,
      role: party.role,
      name: party.name,
      email: party.email ?? null,
      phone: party.phone ?? null,
      taxCode: party.taxCode ?? null,
      shopId: party.shopId ?? null,
      orderId: party.orderId ?? null,
      ethnicLanguage: party.ethnicLanguage ?? null,
      sensitiveConsentAt: party.ethnicLanguage ? submittedAt : null,
    })),
  );
  await manager.save(CaseEventEntity, {
    caseId: saved.id,
    at: submittedAt,
    actorKind: 'consumer',
    action: 'submit',
    toStatus: 'submitted',
    visibility: 'public',
    data: { channel: demo.channel },
  });
  return saved.trackingCode;
}

/** A demo case in mediation: the consumer asked and the business agreed through its link (Law 19 Art 61). */
function mediationLifecycle(
  demo: DemoCase,
  organisationId: string | null | undefined,
  at: Date | null,
): Record<string, unknown> {
  if (demo.status !== 'mediation' || !organisationId || !at) return {};
  const consent = { requestedAt: at, consumerConsentAt: at, businessConsentAt: at, businessConsentVia: 'link' };
  return { mediation: { organisationId, ...consent } };
}

/** The calendar year in Viet Nam (UTC+7) at an instant. */
function vietnamYear(instant: Date): number {
  return new Date(instant.getTime() + 7 * 3600 * 1000).getUTCFullYear();
}
