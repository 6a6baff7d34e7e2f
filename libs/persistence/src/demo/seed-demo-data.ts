import { createHash, randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { DataSource, EntityManager } from 'typeorm';
import { StaffRole } from '@app/domain';
import {
  CaseEntity,
  CaseEventEntity,
  CasePartyEntity,
  CommuneEntity,
  OrganisationEntity,
  UserEntity,
} from '../entities';
import { nextTrackingCode } from '../tracking-codes';
import { DEMO_CASES, DemoCase } from './demo-cases';

const DAY_MS = 24 * 3600 * 1000;

/** One demo account per staff role, in the organisation where that role works. */
export const DEMO_ACCOUNTS: { email: string; role: StaffRole; org: string; fullName: string; supervisor?: boolean }[] =
  [
    { email: 'officer@demo.test', role: 'officer', org: 'SCT', fullName: 'Cán bộ tiếp nhận (demo)' },
    { email: 'supervisor@demo.test', role: 'officer', org: 'SCT', fullName: 'Trưởng phòng (demo)', supervisor: true },
    { email: 'mediator@demo.test', role: 'mediator', org: 'HBVNTD', fullName: 'Hòa giải viên (demo)' },
    {
      email: 'mediation_admin@demo.test',
      role: 'mediation_admin',
      org: 'HBVNTD',
      fullName: 'Quản trị tổ chức hòa giải (demo)',
    },
    { email: 'association@demo.test', role: 'association', org: 'HBVNTD', fullName: 'Cán bộ Hội (demo)' },
    { email: 'analyst@demo.test', role: 'analyst', org: 'SCT', fullName: 'Chuyên viên thống kê (demo)' },
    { email: 'admin@demo.test', role: 'admin', org: 'SCT', fullName: 'Quản trị hệ thống (demo)' },
  ];

export interface DemoReport {
  accounts: string[];
  cases: string[];
}

/** Idempotent: accounts are updated by e-mail, cases found by their demo key. */
export async function seedDemoData(dataSource: DataSource, password: string, now = new Date()): Promise<DemoReport> {
  const passwordHash = await hash(password);
  return dataSource.transaction(async (manager) => {
    const users = new Map<string, UserEntity>();
    for (const account of DEMO_ACCOUNTS) users.set(account.email, await upsertAccount(manager, account, passwordHash));
    const cases: string[] = [];
    for (const demo of DEMO_CASES) cases.push(await upsertCase(manager, demo, users, now));
    return { accounts: DEMO_ACCOUNTS.map((a) => a.email), cases };
  });
}

async function upsertAccount(
  manager: EntityManager,
  account: (typeof DEMO_ACCOUNTS)[number],
  passwordHash: string,
): Promise<UserEntity> {
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

/** The calendar year in Viet Nam (UTC+7) at an instant. */
function vietnamYear(instant: Date): number {
  return new Date(instant.getTime() + 7 * 3600 * 1000).getUTCFullYear();
}
