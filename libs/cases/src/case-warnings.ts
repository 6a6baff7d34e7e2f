import { type IntakeWarning, intakeWarnings, toLocalDate } from '@app/domain';
import type { CaseEntity } from '@app/persistence';
import { toCaseState } from './case-state.mapper';

/**
 * The intake warnings kept on the case (Civil Code Arts 429, 588; Law 19 Art 70.2; a possible
 * duplicate). A case filed before they were kept gets them as intake would have given them, on
 * the day it was filed.
 */
export function caseWarnings(c: CaseEntity): IntakeWarning[] {
  const stored = toCaseState(c).warnings;
  if (stored !== undefined) return [...stored];
  const facts = {
    purchaseDate: c.purchaseDate,
    amountVnd: c.amountVnd,
    possibleDuplicate: c.possibleDuplicateOf !== null,
  };
  return intakeWarnings(facts, toLocalDate(c.submittedAt));
}
