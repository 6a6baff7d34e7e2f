import { daysInMonth, type IsoDate, isoDate, toDayNumber } from '../calendar/iso-date';

/** Civil Code Arts 429, 588: three years from when the consumer knew or should have known. */
export const LIMITATION_PERIOD_YEARS = 3;
/** Law 19 Art 70.2: summary court procedure for transactions under 100,000,000 VND. */
export const SUMMARY_PROCEDURE_LIMIT_VND = 100_000_000;

export const INTAKE_WARNINGS = ['limitation_period', 'summary_procedure_eligible', 'possible_duplicate'] as const;
export type IntakeWarning = (typeof INTAKE_WARNINGS)[number];

/** Kept on the case for staff only: a possible duplicate is a hint for triage, not for the consumer. */
export const STAFF_ONLY_WARNINGS: readonly IntakeWarning[] = ['possible_duplicate'];

/** The stored warnings the consumer is shown (Civil Code Arts 429, 588; Law 19 Art 70.2). */
export function consumerWarnings(warnings: readonly IntakeWarning[]): IntakeWarning[] {
  return warnings.filter((w) => !STAFF_ONLY_WARNINGS.includes(w));
}

/** The same day `years` earlier; 29 February falls back to 28 February. */
function sameDayYearsBefore(day: IsoDate, years: number): IsoDate {
  const [y, m, d] = day.split('-').map(Number);
  const year = y - years;
  return isoDate(year, m, Math.min(d, daysInMonth(year, m)));
}

/**
 * Civil Code Arts 429, 588 (counted per Art 147: from the day after the purchase): a purchase more
 * than three years before `today` may be time-barred. Only a warning: the period runs from when
 * the consumer knew or should have known, which may be later than the purchase.
 */
export function isBeyondLimitationPeriod(purchaseDate: IsoDate, today: IsoDate): boolean {
  return toDayNumber(purchaseDate) < toDayNumber(sameDayYearsBefore(today, LIMITATION_PERIOD_YEARS));
}

/** Law 19 Art 70.2: the dispute may go through the summary procedure. */
export function isSummaryProcedureEligible(amountVnd: number): boolean {
  return amountVnd < SUMMARY_PROCEDURE_LIMIT_VND;
}

export interface WarningFacts {
  purchaseDate: IsoDate | null;
  amountVnd: number | null;
  possibleDuplicate: boolean;
}

/** What the intake answer tells the consumer (and staff) to look at; nothing here refuses a complaint. */
export function intakeWarnings(facts: WarningFacts, today: IsoDate): IntakeWarning[] {
  const warnings: IntakeWarning[] = [];
  if (facts.purchaseDate !== null && isBeyondLimitationPeriod(facts.purchaseDate, today)) {
    warnings.push('limitation_period');
  }
  if (facts.amountVnd !== null && isSummaryProcedureEligible(facts.amountVnd))
    warnings.push('summary_procedure_eligible');
  if (facts.possibleDuplicate) warnings.push('possible_duplicate');
  return warnings;
}
