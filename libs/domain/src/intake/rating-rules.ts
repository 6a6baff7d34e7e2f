import type { FieldViolation } from '../cases/domain-error';
import { type CaseStatus, isFinalStatus } from '../cases/case-status';

export const RATING_MIN = 1;
export const RATING_MAX = 5;

/** The consumer rates the outcome once, after the case is closed (domain.md §1). Null when allowed. */
export function ratingRefusal(status: CaseStatus, alreadyRated: boolean): FieldViolation | null {
  if (!isFinalStatus(status)) return { field: 'status', rule: 'rating_requires_closed_case' };
  if (alreadyRated) return { field: 'rating', rule: 'already_rated' };
  return null;
}
