import { Injectable } from '@nestjs/common';
import { StatisticsQueryService } from '@app/statistics';
import {
  type PublicFigureSource,
  SMALL_CELL_THRESHOLD,
  type StatisticsFigures,
  suppressBreakdown,
  suppressTotals,
  toLocalDate,
} from '@app/domain';
import type { Language } from '../../common/validation/messages';
import { fieldErrors } from '../../complaints/field-errors';
import { PUBLIC_BREAKDOWNS, type PublicBreakdownsDto, type PublicStatisticsDto } from './public-statistics.dto';

/** The first year the system holds figures for. */
export const FIRST_PUBLIC_YEAR = 2025;

const source = (f: StatisticsFigures): PublicFigureSource => ({
  received: f.received,
  resolved: f.resolved,
  supportedShare: f.supportedShare,
  resolvedSuccessShare: f.resolvedSuccessShare,
  moneyRecoveredVnd: f.moneyRecoveredVnd,
  medianDaysToClosure: f.daysToClosure.median,
});

/**
 * The public figures of a calendar year (issue 11 "Public"): the department's figures for the whole
 * province, cut down to what may be published — a few counts and shares, suppressed where small.
 */
@Injectable()
export class PublicStatisticsService {
  constructor(private readonly statistics: StatisticsQueryService) {}

  async year(year: number | undefined, language: Language, now = new Date()): Promise<PublicStatisticsDto> {
    const today = toLocalDate(now);
    const currentYear = Number(today.slice(0, 4));
    const asked = year ?? currentYear;
    if (asked < FIRST_PUBLIC_YEAR) throw fieldErrors([{ field: 'year', rule: 'min' }], [FIRST_PUBLIC_YEAR]);
    if (asked > currentYear) throw fieldErrors([{ field: 'year', rule: 'max' }], [currentYear]);
    const from = `${asked}-01-01`;
    const to = asked === currentYear ? today : `${asked}-12-31`;
    const breakdowns: Partial<Record<keyof PublicBreakdownsDto, PublicBreakdownsDto['sector']>> = {};
    let totals: StatisticsFigures | undefined;
    let freshAsOf = now.toISOString();
    // One after the other: each call makes sure the working-day table is fresh first.
    for (const by of PUBLIC_BREAKDOWNS) {
      const report = await this.statistics.compute({ from, to, by }, {}, language, now);
      totals ??= report.totals;
      freshAsOf = report.freshAsOf;
      breakdowns[by] = suppressBreakdown(
        report.rows.map((row) => ({ key: row.key, label: row.label, ...source(row) })),
      );
    }
    return {
      year: asked,
      period: { from, to },
      smallCellThreshold: SMALL_CELL_THRESHOLD,
      totals: suppressTotals(source(totals as StatisticsFigures)),
      breakdowns: breakdowns as PublicBreakdownsDto,
      freshAsOf,
    };
  }
}
