import { addDays, daysInMonth, type IsoDate, isoDate, yearOf } from '../calendar/iso-date';

/** The day of the year a reporting period starts on (it ends the day before, twelve months later). */
export interface ReportingPeriodStart {
  readonly day: number;
  readonly month: number;
}

/**
 * Plan 126/KH-UBND: units report to the Department of Industry and Trade before 15 November, so the
 * year's figures run from 15 November of the previous year to 14 November (domain.md §7). Policy,
 * not statute: operators may move the start (REPORT_START_DAY, REPORT_START_MONTH).
 */
export const PLAN_126_PERIOD_START: ReportingPeriodStart = { day: 15, month: 11 };

/**
 * Why a start cannot be used, or null. 29 February is refused: it does not exist every year, and a
 * period must start on the same day each year.
 */
export function reportingPeriodStartProblem(start: ReportingPeriodStart): string | null {
  const { day, month } = start;
  if (!Number.isInteger(month) || month < 1 || month > 12) return 'month must be a whole number from 1 to 12';
  // 2025 is not a leap year: February has 28 days there.
  const last = daysInMonth(2025, month);
  if (!Number.isInteger(day) || day < 1 || day > last) return `day must be a whole number from 1 to ${last}`;
  return null;
}

/**
 * The reporting period of `year`: the twelve months that end in `year` on the day before the start.
 * Plan 126 default: 15 Nov (year − 1) – 14 Nov (year). A start of 1 January gives the calendar year.
 */
export function annualReportingPeriod(
  year: number,
  start: ReportingPeriodStart = PLAN_126_PERIOD_START,
): { from: IsoDate; to: IsoDate } {
  const problem = reportingPeriodStartProblem(start);
  if (problem !== null) throw new RangeError(`reporting period start: ${problem}`);
  if (!Number.isInteger(year) || year < 1 || year > 9998) throw new RangeError(`year must be 1–9998, got ${year}`);
  const startIn = (y: number) => isoDate(y, start.month, start.day);
  // The period ends the day before this year's start, unless that day falls in the previous year
  // (a start on 1 January): then it ends the day before next year's start.
  const endsBeforeThisYearsStart = yearOf(addDays(startIn(year), -1)) === year;
  const from = endsBeforeThisYearsStart ? startIn(year - 1) : startIn(year);
  const to = addDays(endsBeforeThisYearsStart ? startIn(year) : startIn(year + 1), -1);
  return { from, to };
}
