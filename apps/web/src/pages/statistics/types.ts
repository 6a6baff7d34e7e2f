// GET /api/v1/public/statistics?year= (apps/api/src/public/statistics/public-statistics.dto.ts).

/** A published count: the number, or "< 5" when 1 to 4 cases (small-cell suppression). */
export type PublicCount = number | '< 5';

export interface PublicFigures {
  received: PublicCount;
  resolved: PublicCount;
  /** Plan 126 indicator 1 (target 90%), 0–1; null when withheld or nothing received. */
  supportedShare: number | null;
  /** Plan 126 indicator 2 (target above 80%), 0–1; null when withheld or nothing concluded. */
  resolvedSuccessShare: number | null;
  moneyRecoveredVnd: number | null;
  medianDaysToClosure: number | null;
  /** The group is too small: its shares, money and median are withheld. */
  suppressed: boolean;
}

export interface PublicRow extends PublicFigures {
  key: string;
  label: string;
}

export const PUBLIC_BREAKDOWNS = ['month', 'sector', 'channel', 'outcome', 'commune'] as const;
export type PublicBreakdown = (typeof PUBLIC_BREAKDOWNS)[number];

export interface PublicStatistics {
  year: number;
  period: { from: string; to: string };
  smallCellThreshold: number;
  totals: PublicFigures;
  breakdowns: Record<PublicBreakdown, PublicRow[]>;
  freshAsOf: string;
}

/** Plan 126/KH-UBND targets (libs/domain PLAN_126_TARGETS): at least 90% supported, above 80% resolved. */
export const TARGETS = { supportedShare: 0.9, resolvedSuccessShare: 0.8 } as const;

/** The first year the system holds figures for (the api refuses earlier years). */
export const FIRST_YEAR = 2025;
