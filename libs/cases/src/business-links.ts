import { EntityManager, In, IsNull, MoreThan, Not } from 'typeorm';
import type { BusinessLinkPurpose } from '@app/domain';
import { BusinessLinkEntity, CaseDeadlineEntity } from '@app/persistence';
import { hashSecret, newSecret } from './business-link.tokens';

const DAY_MS = 24 * 3600 * 1000;

/** When the open Art 57.5 result-report clock of the case is due (late too), or null when none is open. */
export async function resultReportDueAt(manager: EntityManager, caseId: string): Promise<Date | null> {
  const clock = await manager.findOne(CaseDeadlineEntity, {
    where: {
      caseId,
      kind: 'business_result_report',
      status: In(['pending', 'paused', 'breached']),
      closedAt: IsNull(),
    },
    order: { startedAt: 'DESC' },
  });
  return clock?.dueAt ?? null;
}

/** Every link of the case still in force stops working now. */
export async function revokeBusinessLinks(manager: EntityManager, caseId: string, now: Date): Promise<void> {
  await manager.update(BusinessLinkEntity, { caseId, revokedAt: IsNull() }, { revokedAt: now });
}

/**
 * A new link for the business, for `purpose`; only its hash is stored. Returns the token. A link
 * for the result report (its own duty, Art 57.5, with its own clock) replaces the earlier ones for
 * it; a negotiation or mediation link replaces every other.
 */
export async function issueBusinessLink(
  manager: EntityManager,
  caseId: string,
  ttlDays: number,
  now: Date,
  purpose: BusinessLinkPurpose = 'negotiation',
): Promise<{ token: string; expiresAt: Date }> {
  await manager.update(
    BusinessLinkEntity,
    { caseId, revokedAt: IsNull(), purpose: purpose === 'result_report' ? purpose : Not('result_report') },
    { revokedAt: now },
  );
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + ttlDays * DAY_MS);
  await manager.save(BusinessLinkEntity, { caseId, tokenHash: hashSecret(token), expiresAt, purpose });
  return { token, expiresAt };
}

/**
 * The negotiation ended. When the business must report its result (Law 19 Art 57.5), the link it
 * negotiated through narrows to that report, valid for a new `ttlDays` (the report is due within
 * 5 wd). The other links stop, except one still owed an earlier report.
 */
export async function endNegotiationLinks(
  manager: EntityManager,
  caseId: string,
  reportDue: boolean,
  ttlDays: number,
  now: Date,
): Promise<void> {
  if (reportDue) {
    await manager.update(
      BusinessLinkEntity,
      { caseId, revokedAt: IsNull(), purpose: 'negotiation', expiresAt: MoreThan(now) },
      { purpose: 'result_report', expiresAt: new Date(now.getTime() + ttlDays * DAY_MS) },
    );
  }
  await manager.update(
    BusinessLinkEntity,
    { caseId, revokedAt: IsNull(), purpose: Not('result_report') },
    { revokedAt: now },
  );
}

/**
 * The mediation ended (a result recorded, the request declined or lapsed, the case withdrawn or
 * reopened): its links stop. When it concluded (a result, a refusal, a lapse), a link still in force
 * narrows to reading the case and its record (Art 65: the record is the parties'), valid for a new
 * `ttlDays`; a withdrawal or a reopen ends those too.
 */
export async function endMediationLinks(
  manager: EntityManager,
  caseId: string,
  keepForRecord: boolean,
  ttlDays: number,
  now: Date,
): Promise<void> {
  if (keepForRecord) {
    await manager.update(
      BusinessLinkEntity,
      { caseId, revokedAt: IsNull(), purpose: 'mediation', expiresAt: MoreThan(now) },
      { purpose: 'mediation_record', expiresAt: new Date(now.getTime() + ttlDays * DAY_MS) },
    );
  }
  await manager.update(
    BusinessLinkEntity,
    { caseId, revokedAt: IsNull(), purpose: keepForRecord ? 'mediation' : In(['mediation', 'mediation_record']) },
    { revokedAt: now },
  );
}
