import {
  type IsoDate,
  PLAN_126_TARGETS,
  type StatisticsDimension,
  type StatisticsFigures,
  type StatisticsReport,
} from '@app/domain';

/** Mediation outcomes of one organisation over the period (libs/domain `mediationStats`). */
export interface MediationOutcomeRow {
  readonly organisationId: string;
  readonly name: string;
  readonly assigned: number;
  readonly concluded: number;
  readonly successes: number;
  readonly successRate: number | null;
  readonly medianWorkingDays: number | null;
}

/**
 * Cases about e-commerce: the sector is e-commerce, or the purchase was made on a platform or a
 * social network (libs/domain PURCHASE_CHANNELS), whatever the sector.
 */
export interface EcommerceShare {
  readonly received: number;
  readonly ecommerce: number;
  readonly ecommerceSector: number;
  readonly onlinePurchase: number;
  /** ecommerce / received, 4 decimals; null when nothing was received. */
  readonly share: number | null;
}

/**
 * A business with substantiated complaints: cases received in the period that ended with a remedy
 * from it (resolved with monetary or non-monetary relief), or unresolved after negotiation or
 * mediation with it. Grouped by tax code, or by name when none was given. No consumer data.
 */
export interface TopBusinessRow {
  readonly name: string;
  readonly taxCode: string | null;
  readonly substantiated: number;
  readonly resolved: number;
  readonly unresolved: number;
}

/** Everything the annual report prints, gathered by the worker; the XLSX and PDF writers only lay it out. */
export interface AnnualReportData {
  readonly year: number;
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  readonly generatedAt: Date;
  readonly totals: StatisticsFigures;
  /** One per dimension, in STATISTICS_DIMENSIONS order. */
  readonly breakdowns: readonly { readonly by: StatisticsDimension; readonly report: StatisticsReport }[];
  readonly mediation: { readonly organisations: readonly MediationOutcomeRow[]; readonly total: MediationOutcomeRow };
  readonly ecommerce: EcommerceShare;
  readonly topBusinesses: readonly TopBusinessRow[];
}

export type IndicatorVerdict = 'met' | 'not_met' | 'no_data';

export interface Plan126Indicator {
  readonly key: 'supportedShare' | 'resolvedSuccessShare';
  readonly value: number | null;
  readonly target: number;
  /** Indicator 1 must reach its target (≥ 90%); indicator 2 must exceed it (> 80%). */
  readonly comparison: '>=' | '>';
  readonly verdict: IndicatorVerdict;
}

/** Plan 126/KH-UBND: the share received and supported (target 90%) and the share resolved successfully (> 80%). */
export function plan126Indicators(totals: StatisticsFigures): Plan126Indicator[] {
  const verdict = (value: number | null, met: (v: number) => boolean): IndicatorVerdict =>
    value === null ? 'no_data' : met(value) ? 'met' : 'not_met';
  return [
    {
      key: 'supportedShare',
      value: totals.supportedShare,
      target: PLAN_126_TARGETS.supportedShare,
      comparison: '>=',
      verdict: verdict(totals.supportedShare, (v) => v >= PLAN_126_TARGETS.supportedShare),
    },
    {
      key: 'resolvedSuccessShare',
      value: totals.resolvedSuccessShare,
      target: PLAN_126_TARGETS.resolvedSuccessShare,
      comparison: '>',
      verdict: verdict(totals.resolvedSuccessShare, (v) => v > PLAN_126_TARGETS.resolvedSuccessShare),
    },
  ];
}

/** The report's breakdown by `by`. */
export function breakdownOf(data: AnnualReportData, by: StatisticsDimension): StatisticsReport {
  const found = data.breakdowns.find((b) => b.by === by);
  if (!found) throw new Error(`annual report: no breakdown by ${by}`);
  return found.report;
}
