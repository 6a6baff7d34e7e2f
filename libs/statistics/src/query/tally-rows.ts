import type { DayHistogram, RefusalGround, StatisticsTally, TallyDuration } from '@app/domain';

/** One row of `tallySql` or of statistics_cells, as pg returns it (numeric as a string). */
export interface TallySqlRow {
  dimension: string;
  key: string;
  received: number;
  accepted: number;
  refused: number;
  refused_by_ground: Partial<Record<RefusalGround, number>>;
  transferred: number;
  in_progress: number;
  resolved: number;
  unresolved: number;
  withdrawn: number;
  money_claimed: string | number;
  money_recovered: string | number;
  durations: Partial<Record<TallyDuration, DayHistogram>>;
  clocks: Record<string, [number, number]>;
}

/** The columns of a tally, in the order statistics_cells and `tallySql` hold them. */
export const TALLY_COLUMNS = [
  'received',
  'accepted',
  'refused',
  'refused_by_ground',
  'transferred',
  'in_progress',
  'resolved',
  'unresolved',
  'withdrawn',
  'money_claimed',
  'money_recovered',
  'durations',
  'clocks',
] as const;

export function tallyOfRow(row: TallySqlRow): StatisticsTally {
  return {
    received: row.received,
    accepted: row.accepted,
    refused: row.refused,
    refusedByGround: row.refused_by_ground,
    transferred: row.transferred,
    inProgress: row.in_progress,
    resolved: row.resolved,
    unresolved: row.unresolved,
    withdrawn: row.withdrawn,
    moneyClaimedVnd: Number(row.money_claimed),
    moneyRecoveredVnd: Number(row.money_recovered),
    durations: row.durations,
    clocks: row.clocks,
  };
}
