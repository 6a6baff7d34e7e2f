// GET /api/v1/statistics (libs/domain/src/statistics/statistics-types.ts) and GET /api/v1/mediation/stats.

export const DIMENSIONS = ['sector', 'commune', 'channel', 'outcome', 'vulnerable_group', 'handling_org'] as const;
export type Dimension = (typeof DIMENSIONS)[number] | 'month';

export const CHANNELS = ['web', 'phone', 'email', 'in_person', 'post', 'hotline_referral'] as const;

export interface DurationFigures {
  cases: number;
  median: number | null;
  p90: number | null;
}

export interface StatisticsFigures {
  received: number;
  accepted: number;
  refused: number;
  refusedByGround: Record<string, number>;
  transferred: number;
  inProgress: number;
  resolved: number;
  unresolved: number;
  withdrawn: number;
  supportedShare: number | null;
  resolvedSuccessShare: number | null;
  daysToClosure: DurationFigures;
  daysPerStage: Record<string, DurationFigures>;
  businessTimelyResponse: { met: number; breached: number; rate: number | null };
  clocksBreachedByKind: Record<string, number>;
  moneyClaimedVnd: number;
  moneyRecoveredVnd: number;
}

export interface StatisticsRow extends StatisticsFigures {
  key: string;
  label: string;
  /** by=commune only: inhabitants as an admin set them (null: not known). */
  population?: number | null;
  /** by=commune only: received × 10,000 / population, 1 decimal (null: no population). */
  receivedPer10k?: number | null;
}

export interface StatisticsReport {
  period: { from: string; to: string };
  by: Dimension | null;
  totals: StatisticsFigures;
  rows: StatisticsRow[];
  /** by=commune only: the communes whose population is not known. */
  communesWithoutPopulation?: string[];
  freshAsOf: string;
}

export interface OutcomeFigures {
  assigned: number;
  concluded: number;
  successes: number;
  successRate: number | null;
  medianWorkingDays: number | null;
}

export interface MediationStats {
  from: string;
  to: string;
  total: OutcomeFigures;
  organisations: (OutcomeFigures & {
    organisationId: string;
    name: string | null;
    mediators: (OutcomeFigures & { mediatorId: string; name: string | null })[];
  })[];
}

/** GET /api/v1/reports/{id}. */
export interface ReportStatus {
  id: string;
  year: number;
  period: { from: string; to: string };
  status: 'queued' | 'running' | 'done' | 'failed';
  percent: number;
  error?: string;
}
