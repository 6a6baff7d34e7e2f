import type { RefusalGround } from '../cases/case-state';

/**
 * The department's statistics (issue 11 contract): what one row of figures holds, what it may be
 * grouped by, and which filters narrow it. Pure types; the SQL lives in the api.
 */
export const STATISTICS_DIMENSIONS = [
  'sector',
  'commune',
  'channel',
  'outcome',
  'vulnerable_group',
  'handling_org',
  'month',
] as const;
export type StatisticsDimension = (typeof STATISTICS_DIMENSIONS)[number];

/** The stages a case passes through, timed from entering one to entering the next (or closure). */
export const STATISTICS_STAGES = ['reception', 'consultation', 'negotiation', 'mediation'] as const;
export type StatisticsStage = (typeof STATISTICS_STAGES)[number];

/** Median and 90th percentile, in working days on the Vietnamese calendar; null when no case is known. */
export interface DurationFigures {
  readonly cases: number;
  readonly median: number | null;
  readonly p90: number | null;
}

/** The business's answers on time (Law 19 Art 31.2 acknowledgement, Art 57.2 negotiation). */
export interface TimelyResponseFigures {
  readonly met: number;
  readonly breached: number;
  /** met / (met + breached), 4 decimals; null when neither. */
  readonly rate: number | null;
}

/** The figures every row and the totals carry. Counts are of cases received in the period. */
export interface StatisticsFigures {
  readonly received: number;
  readonly accepted: number;
  readonly refused: number;
  readonly refusedByGround: Readonly<Record<RefusalGround, number>>;
  readonly transferred: number;
  readonly inProgress: number;
  readonly resolved: number;
  readonly unresolved: number;
  readonly withdrawn: number;
  /** Plan 126 indicator 1 (target 0.9): (received − refused) / received; null when none received. */
  readonly supportedShare: number | null;
  /** Plan 126 indicator 2 (target > 0.8): resolved / (resolved + unresolved); null when none concluded. */
  readonly resolvedSuccessShare: number | null;
  readonly daysToClosure: DurationFigures;
  readonly daysPerStage: Readonly<Record<StatisticsStage, DurationFigures>>;
  readonly businessTimelyResponse: TimelyResponseFigures;
  /** Legal clocks breached, by deadline kind (only kinds with at least one breach). */
  readonly clocksBreachedByKind: Readonly<Record<string, number>>;
  readonly moneyClaimedVnd: number;
  readonly moneyRecoveredVnd: number;
}

export interface StatisticsFilters {
  readonly sector?: string;
  readonly commune?: string;
  readonly channel?: string;
  readonly vulnerable?: boolean;
  readonly handlingOrg?: string;
}

export interface StatisticsQuery extends StatisticsFilters {
  /** Local dates (Asia/Ho_Chi_Minh), inclusive: cases whose receipt falls in [from, to]. */
  readonly from: string;
  readonly to: string;
  readonly by?: StatisticsDimension;
}

export interface StatisticsRow extends StatisticsFigures {
  /** The dimension's value: a sector code, commune code, channel, outcome code, group, org id, `YYYY-MM`; `none` for no value. */
  readonly key: string;
  /** The key in the caller's language. */
  readonly label: string;
  /** by=commune only: the commune's inhabitants as an admin set them; null when not known. */
  readonly population?: number | null;
  /** by=commune only: received × 10,000 / population, 1 decimal (`ratePer10k`); null without a population. */
  readonly receivedPer10k?: number | null;
}

export interface StatisticsReport {
  readonly period: { readonly from: string; readonly to: string };
  readonly by: StatisticsDimension | null;
  readonly filters: StatisticsFilters;
  readonly totals: StatisticsFigures;
  readonly rows: readonly StatisticsRow[];
  /** by=commune only: the codes of the province's communes whose population is not known, in code order. */
  readonly communesWithoutPopulation?: readonly string[];
  /** When the figures were computed (or the rollup they come from was refreshed), ISO 8601. */
  readonly freshAsOf: string;
}

/** Plan 126/KH-UBND targets the report compares the indicators with. */
export const PLAN_126_TARGETS = { supportedShare: 0.9, resolvedSuccessShare: 0.8 } as const;
