/**
 * Requests of the data subject under Law 91/2025/QH15 Art 4 (erasure, restriction of processing,
 * objection; anything else in "other"), and how staff decide them.
 */
export const DATA_REQUEST_KINDS = ['erasure', 'restriction', 'objection', 'other'] as const;
export type DataRequestKind = (typeof DATA_REQUEST_KINDS)[number];

export const DATA_REQUEST_STATUSES = ['received', 'answered', 'completed', 'refused'] as const;
export type DataRequestStatus = (typeof DATA_REQUEST_STATUSES)[number];

/** What staff decide: a first answer (handled, not finished), done, or refused with a reason. */
export const DATA_REQUEST_DECISIONS = ['answered', 'completed', 'refused'] as const;
export type DataRequestDecision = (typeof DATA_REQUEST_DECISIONS)[number];

/** Why a decision is refused: the request is closed already, or a refusal lacks its reason. */
export type DataRequestDecisionRefusal = 'request_closed' | 'reason_required';

const OPEN: readonly DataRequestStatus[] = ['received', 'answered'];

export function isOpenDataRequest(status: DataRequestStatus): boolean {
  return OPEN.includes(status);
}

/**
 * Whether `decision` may be taken on a request in `status`: only on an open request, an "answered"
 * only once (from received), and a refusal only with its reason (the data subject is told why).
 */
export function dataRequestDecisionRefusal(
  status: DataRequestStatus,
  decision: DataRequestDecision,
  reason: string | null | undefined,
): DataRequestDecisionRefusal | null {
  if (!isOpenDataRequest(status)) return 'request_closed';
  if (decision === 'answered' && status !== 'received') return 'request_closed';
  if (decision === 'refused' && !(reason ?? '').trim()) return 'reason_required';
  return null;
}

/** The next clock of a request once decided: the completion clock after a first answer, none once closed. */
export function nextDataRequestDue(decision: DataRequestDecision, dueDates: { completeDueAt: Date }): Date | null {
  return decision === 'answered' ? dueDates.completeDueAt : null;
}

/**
 * An erasure request accepted marks the case for erasure; the case file is kept while the law
 * keeps it (Law 19/2023/QH15 on the handling of complaints), and the personal data is erased then.
 */
export function marksCaseForErasure(kind: DataRequestKind, decision: DataRequestDecision): boolean {
  return kind === 'erasure' && decision === 'completed';
}
