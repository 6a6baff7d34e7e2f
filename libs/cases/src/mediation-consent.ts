import { EntityManager, In } from 'typeorm';
import { CaseDeadlineEntity, EvidenceFileEntity } from '@app/persistence';
import { CaseActionError } from './case-action.error';
import { isUuid } from './ids';

/**
 * A consent to mediation given on paper (Law 19 Art 61) is recorded with the documents that show
 * it: files staff uploaded to this very case. Any other id is a 422; a missing list is left to the
 * domain rule, which names it.
 */
export async function consentDocuments(m: EntityManager, caseId: string, given: unknown): Promise<unknown> {
  if (!Array.isArray(given) || given.length === 0) return given;
  const ids = [...new Set(given)];
  const uuids = ids.filter((id): id is string => typeof id === 'string' && isUuid(id));
  const found =
    uuids.length === ids.length
      ? await m.countBy(EvidenceFileEntity, { id: In(uuids), caseId, uploadedBy: 'staff' })
      : 0;
  if (found !== ids.length) {
    throw new CaseActionError('rule_violated', [{ field: 'documentIds', rule: 'unknown_consent_document' }]);
  }
  return uuids;
}

/** When the business's latest consent period (Art 61, policy) ends or ended; undefined without one. */
export async function consentDueAt(m: EntityManager, caseId: string): Promise<Date | undefined> {
  const clock = await m.findOne(CaseDeadlineEntity, {
    where: { caseId, kind: 'business_mediation_consent' },
    order: { startedAt: 'DESC' },
  });
  return clock?.dueAt;
}
