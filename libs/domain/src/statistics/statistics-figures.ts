import { REFUSAL_GROUNDS, type RefusalGround } from '../cases/case-state';
import { daysInMonth, type IsoDate, isoDate } from '../calendar/iso-date';
import type { DeadlineKind } from '../deadlines/deadline-kinds';
import {
  type DurationFigures,
  type StatisticsDimension,
  type StatisticsFigures,
  type StatisticsRow,
  STATISTICS_STAGES,
  type StatisticsStage,
  type TimelyResponseFigures,
} from './statistics-types';

/**
 * The business's own answers whose timeliness the department reports: the acknowledgement within
 * 3 wd (Law 19 Art 31.2) and the negotiation within 7 wd of the request (Art 57.2).
 */
export const BUSINESS_RESPONSE_CLOCK_KINDS = [
  'business_acknowledgement',
  'business_negotiation',
] as const satisfies readonly DeadlineKind[];

/** The longest period one statistics query may span. */
export const MAX_STATISTICS_PERIOD_YEARS = 5;

/** numerator / denominator rounded to 4 decimals; null when the denominator is 0 (nothing to measure). */
export function statisticsShare(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator / denominator) * 10_000) / 10_000;
}

/** Plan 126/KH-UBND indicator 1 (target 90%): complaints received and supported, (received − refused) / received. */
export function supportedShare(received: number, refused: number): number | null {
  return statisticsShare(received - refused, received);
}

/** Plan 126/KH-UBND indicator 2 (target above 80%): resolved successfully, resolved / (resolved + unresolved). */
export function resolvedSuccessShare(resolved: number, unresolved: number): number | null {
  return statisticsShare(resolved, resolved + unresolved);
}

/** The business's answers on time (Law 19 Art 31.2, Art 57.2): met / (met + breached). */
export function timelyResponse(met: number, breached: number): TimelyResponseFigures {
  return { met, breached, rate: statisticsShare(met, met + breached) };
}

/** A count for each Art 58 ground, 0 where none. */
export function refusalGroundCounts(
  counts: Partial<Record<RefusalGround, number>> = {},
): Record<RefusalGround, number> {
  return Object.fromEntries(REFUSAL_GROUNDS.map((g) => [g, counts[g] ?? 0])) as Record<RefusalGround, number>;
}

const NO_DURATIONS: DurationFigures = { cases: 0, median: null, p90: null };

/** The figures of a row without any case (e.g. a month with no complaint). */
export function emptyFigures(): StatisticsFigures {
  return {
    received: 0,
    accepted: 0,
    refused: 0,
    refusedByGround: refusalGroundCounts(),
    transferred: 0,
    inProgress: 0,
    resolved: 0,
    unresolved: 0,
    withdrawn: 0,
    supportedShare: null,
    resolvedSuccessShare: null,
    daysToClosure: NO_DURATIONS,
    daysPerStage: Object.fromEntries(STATISTICS_STAGES.map((s) => [s, NO_DURATIONS])) as Record<
      StatisticsStage,
      DurationFigures
    >,
    businessTimelyResponse: timelyResponse(0, 0),
    clocksBreachedByKind: {},
    moneyClaimedVnd: 0,
    moneyRecoveredVnd: 0,
  };
}

/** Every month (`YYYY-MM`) that a day of [from, to] falls in, in order. */
export function monthsOfPeriod(from: IsoDate, to: IsoDate): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number);
  const [lastYear, lastMonth] = to.split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/**
 * Whether [from, to] spans more than `years` years: `to` must come before the same day `years`
 * years after `from` (29 Feb → 28 Feb), so five whole years at most.
 */
export function periodTooLong(from: IsoDate, to: IsoDate, years = MAX_STATISTICS_PERIOD_YEARS): boolean {
  const [year, month, day] = from.split('-').map(Number);
  const limit = isoDate(year + years, month, Math.min(day, daysInMonth(year + years, month)));
  return to >= limit;
}

/** Rows by received, most first (ties by key), except months, which stay in calendar order. */
export function sortStatisticsRows<T extends Pick<StatisticsRow, 'key' | 'received'>>(
  rows: readonly T[],
  by: StatisticsDimension,
): T[] {
  const byKey = (a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return [...rows].sort(by === 'month' ? byKey : (a, b) => b.received - a.received || byKey(a, b));
}
