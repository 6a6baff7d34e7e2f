import { REFUSAL_GROUNDS, type RefusalGround } from '../cases/case-state';
import {
  BUSINESS_RESPONSE_CLOCK_KINDS,
  refusalGroundCounts,
  resolvedSuccessShare,
  supportedShare,
  timelyResponse,
} from './statistics-figures';
import {
  type DurationFigures,
  STATISTICS_STAGES,
  type StatisticsFigures,
  type StatisticsStage,
} from './statistics-types';

/** The durations a tally keeps: to closure and per stage. */
export const TALLY_DURATIONS = ['closure', ...STATISTICS_STAGES] as const;
export type TallyDuration = (typeof TALLY_DURATIONS)[number];

/** How many cases took each whole number of working days: {days: cases}. */
export type DayHistogram = Readonly<Record<string, number>>;

/**
 * What a group of cases adds up to, in a form that adds: counts, money, durations as histograms of
 * whole working days, clocks by kind as [met, breached]. The rollups store one per month and group;
 * a period's figures are the sum of its months' tallies (statistics-tally.ts `addTallies`), and the
 * medians come from the summed histograms, exactly as from the cases themselves.
 */
export interface StatisticsTally {
  readonly received: number;
  readonly accepted: number;
  readonly refused: number;
  readonly refusedByGround: Readonly<Partial<Record<RefusalGround, number>>>;
  readonly transferred: number;
  readonly inProgress: number;
  readonly resolved: number;
  readonly unresolved: number;
  readonly withdrawn: number;
  readonly moneyClaimedVnd: number;
  readonly moneyRecoveredVnd: number;
  readonly durations: Readonly<Partial<Record<TallyDuration, DayHistogram>>>;
  readonly clocks: Readonly<Record<string, readonly [met: number, breached: number]>>;
}

export function emptyTally(): StatisticsTally {
  return {
    received: 0,
    accepted: 0,
    refused: 0,
    refusedByGround: {},
    transferred: 0,
    inProgress: 0,
    resolved: 0,
    unresolved: 0,
    withdrawn: 0,
    moneyClaimedVnd: 0,
    moneyRecoveredVnd: 0,
    durations: {},
    clocks: {},
  };
}

function addCounts<K extends string>(
  a: Readonly<Partial<Record<K, number>>>,
  b: Readonly<Partial<Record<K, number>>>,
): Partial<Record<K, number>> {
  const sum: Partial<Record<K, number>> = { ...a };
  for (const [key, n] of Object.entries(b) as [K, number][]) sum[key] = (sum[key] ?? 0) + n;
  return sum;
}

/** The tally of two disjoint groups of cases together. */
export function addTallies(a: StatisticsTally, b: StatisticsTally): StatisticsTally {
  const durations: Partial<Record<TallyDuration, DayHistogram>> = { ...a.durations };
  for (const [stage, histogram] of Object.entries(b.durations) as [TallyDuration, DayHistogram][]) {
    durations[stage] = addCounts(durations[stage] ?? {}, histogram) as DayHistogram;
  }
  const clocks: Record<string, readonly [number, number]> = { ...a.clocks };
  for (const [kind, [met, breached]] of Object.entries(b.clocks)) {
    const [m, br] = clocks[kind] ?? [0, 0];
    clocks[kind] = [m + met, br + breached];
  }
  return {
    received: a.received + b.received,
    accepted: a.accepted + b.accepted,
    refused: a.refused + b.refused,
    refusedByGround: addCounts(a.refusedByGround, b.refusedByGround),
    transferred: a.transferred + b.transferred,
    inProgress: a.inProgress + b.inProgress,
    resolved: a.resolved + b.resolved,
    unresolved: a.unresolved + b.unresolved,
    withdrawn: a.withdrawn + b.withdrawn,
    moneyClaimedVnd: a.moneyClaimedVnd + b.moneyClaimedVnd,
    moneyRecoveredVnd: a.moneyRecoveredVnd + b.moneyRecoveredVnd,
    durations,
    clocks,
  };
}

/**
 * The `fraction` percentile of the values a histogram counts, by linear interpolation between the
 * two nearest ranks (SQL's percentile_cont): position fraction × (n − 1) in the sorted values.
 * Null when the histogram is empty.
 */
export function histogramPercentile(histogram: DayHistogram, fraction: number): number | null {
  const bins = Object.entries(histogram)
    .map(([days, n]) => [Number(days), n] as const)
    .filter(([, n]) => n > 0)
    .sort((x, y) => x[0] - y[0]);
  const n = bins.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return null;
  const position = fraction * (n - 1);
  const lower = Math.floor(position);
  const valueAt = (rank: number): number => {
    let seen = 0;
    for (const [days, count] of bins) {
      seen += count;
      if (rank < seen) return days;
    }
    return bins[bins.length - 1][0];
  };
  const low = valueAt(lower);
  const high = valueAt(Math.ceil(position));
  return low + (high - low) * (position - lower);
}

/** Working days to 1 decimal, half away from zero (as SQL's round); 15 significant digits first, so 2.45 stays 2.45. */
function oneDecimal(value: number | null): number | null {
  if (value === null) return null;
  const exact = Number(value.toPrecision(15));
  return (Math.sign(exact) * Math.round(Math.abs(exact) * 10)) / 10;
}

/** Median and 90th percentile of a histogram, 1 decimal. */
export function durationFigures(histogram: DayHistogram = {}): DurationFigures {
  const cases = Object.values(histogram).reduce((sum, n) => sum + n, 0);
  return {
    cases,
    median: oneDecimal(histogramPercentile(histogram, 0.5)),
    p90: oneDecimal(histogramPercentile(histogram, 0.9)),
  };
}

/** The figures of the issue 11 contract from a tally. */
export function figuresOfTally(tally: StatisticsTally): StatisticsFigures {
  const responses = Object.entries(tally.clocks).filter(([kind]) =>
    (BUSINESS_RESPONSE_CLOCK_KINDS as readonly string[]).includes(kind),
  );
  const breachedByKind = Object.fromEntries(
    Object.entries(tally.clocks)
      .filter(([, [, breached]]) => breached > 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, [, breached]]) => [kind, breached]),
  );
  return {
    received: tally.received,
    accepted: tally.accepted,
    refused: tally.refused,
    refusedByGround: refusalGroundCounts(
      Object.fromEntries(REFUSAL_GROUNDS.map((g) => [g, tally.refusedByGround[g] ?? 0])),
    ),
    transferred: tally.transferred,
    inProgress: tally.inProgress,
    resolved: tally.resolved,
    unresolved: tally.unresolved,
    withdrawn: tally.withdrawn,
    supportedShare: supportedShare(tally.received, tally.refused),
    resolvedSuccessShare: resolvedSuccessShare(tally.resolved, tally.unresolved),
    daysToClosure: durationFigures(tally.durations.closure),
    daysPerStage: Object.fromEntries(STATISTICS_STAGES.map((s) => [s, durationFigures(tally.durations[s])])) as Record<
      StatisticsStage,
      DurationFigures
    >,
    businessTimelyResponse: timelyResponse(
      responses.reduce((sum, [, [met]]) => sum + met, 0),
      responses.reduce((sum, [, [, breached]]) => sum + breached, 0),
    ),
    clocksBreachedByKind: breachedByKind,
    moneyClaimedVnd: tally.moneyClaimedVnd,
    moneyRecoveredVnd: tally.moneyRecoveredVnd,
  };
}
