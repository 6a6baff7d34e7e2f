import type { CaseEntity } from '@app/persistence';
import type { CaseBadge } from './dto/case.dto';

type BadgeFacts = Pick<
  CaseEntity,
  'vulnerable' | 'overdueSince' | 'nextDueAt' | 'possibleDuplicateOf' | 'attentionReason'
>;

/**
 * The badges of a queue row, in this order: a vulnerable consumer (Law 19 Art 8.2.đ: handled first),
 * a legal clock run out and not met (or still running past its due time, a moment before the worker
 * marks it: the same rule as the `overdue` filter), a possible duplicate, a follow-up needing someone.
 */
export function caseBadges(c: BadgeFacts, now: Date): CaseBadge[] {
  const badges: CaseBadge[] = [];
  if (c.vulnerable) badges.push('vulnerable');
  if (c.overdueSince !== null || (c.nextDueAt !== null && c.nextDueAt.getTime() < now.getTime())) {
    badges.push('overdue');
  }
  if (c.possibleDuplicateOf !== null) badges.push('possible_duplicate');
  if (c.attentionReason !== null) badges.push('attention');
  return badges;
}
