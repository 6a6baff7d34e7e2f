import {
  BUSINESS_RESPONSE_CLOCK_KINDS,
  type DurationFigures,
  REFUSAL_GROUNDS,
  refusalGroundCounts,
  resolvedSuccessShare,
  STATISTICS_STAGES,
  type StatisticsFigures,
  type StatisticsStage,
  supportedShare,
  timelyResponse,
} from '@app/domain';

/** `count` and percentile_cont(ARRAY[0.5, 0.9]) of one duration: null when no case was measured. */
type DurationColumns<P extends string> = Record<`${P}_cases`, number> & Record<`${P}_pct`, (number | null)[] | null>;

/** One group of `figuresSql`: counts as int, medians and money as float8 (pg parses both). */
export type FiguresSqlRow = {
  total: boolean;
  key: string | null;
  label: string | null;
  received: number;
  accepted: number;
  refused: number;
  transferred: number;
  in_progress: number;
  resolved: number;
  unresolved: number;
  withdrawn: number;
  money_claimed: number;
  money_recovered: number;
} & Record<`refused_${(typeof REFUSAL_GROUNDS)[number]}`, number> &
  DurationColumns<'closure' | StatisticsStage>;

/** One (group, clock kind) of `clocksSql`. */
export interface ClocksSqlRow {
  total: boolean;
  key: string | null;
  kind: string;
  met: number;
  breached: number;
}

/** Working days to 1 decimal, half away from zero (as SQL's round); 15 significant digits first, so 2.45 stays 2.45. */
function oneDecimal(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const exact = Number(value.toPrecision(15));
  return (Math.sign(exact) * Math.round(Math.abs(exact) * 10)) / 10;
}

function durations<P extends string>(row: DurationColumns<P>, prefix: P): DurationFigures {
  const r = row as unknown as Record<string, number & (number | null)[]>;
  const [median, p90] = r[`${prefix}_pct`] ?? [null, null];
  return { cases: r[`${prefix}_cases`] ?? 0, median: oneDecimal(median), p90: oneDecimal(p90) };
}

/** A group's figures from its SQL row and its clocks. */
export function toFigures(row: FiguresSqlRow, clocks: readonly ClocksSqlRow[]): StatisticsFigures {
  const responses = clocks.filter((c) => (BUSINESS_RESPONSE_CLOCK_KINDS as readonly string[]).includes(c.kind));
  const breachedByKind = Object.fromEntries(
    clocks
      .filter((c) => c.breached > 0)
      .sort((a, b) => a.kind.localeCompare(b.kind))
      .map((c) => [c.kind, c.breached]),
  );
  return {
    received: row.received,
    accepted: row.accepted,
    refused: row.refused,
    refusedByGround: refusalGroundCounts(Object.fromEntries(REFUSAL_GROUNDS.map((g) => [g, row[`refused_${g}`]]))),
    transferred: row.transferred,
    inProgress: row.in_progress,
    resolved: row.resolved,
    unresolved: row.unresolved,
    withdrawn: row.withdrawn,
    supportedShare: supportedShare(row.received, row.refused),
    resolvedSuccessShare: resolvedSuccessShare(row.resolved, row.unresolved),
    daysToClosure: durations(row, 'closure'),
    daysPerStage: Object.fromEntries(STATISTICS_STAGES.map((s) => [s, durations(row, s)])) as Record<
      StatisticsStage,
      DurationFigures
    >,
    businessTimelyResponse: timelyResponse(
      responses.reduce((sum, c) => sum + c.met, 0),
      responses.reduce((sum, c) => sum + c.breached, 0),
    ),
    clocksBreachedByKind: breachedByKind,
    moneyClaimedVnd: row.money_claimed,
    moneyRecoveredVnd: row.money_recovered,
  };
}
