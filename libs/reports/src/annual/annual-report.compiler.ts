import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClockSettingsService } from '@app/cases';
import { type IsoDate, STATISTICS_DIMENSIONS, type StatisticsReport } from '@app/domain';
import { StatisticsQueryService } from '@app/statistics';
import { ecommerceShare, mediationOutcomesByOrganisation, topBusinesses } from '../queries/annual-report-queries';
import type { AnnualReportData } from './annual-report-data';
import { annualReportPdf } from './annual-report-pdf';
import { annualReportXlsx } from './annual-report-xlsx';

/** Steps after which progress is reported: every breakdown, mediation, e-commerce, businesses, the files. */
const STEPS = STATISTICS_DIMENSIONS.length + 4;

export interface CompiledReport {
  readonly xlsx: Buffer;
  readonly pdf: Buffer;
}

/**
 * Gathers the annual report's figures province-wide (the statistics core for the totals and every
 * breakdown, then mediation outcomes, the e-commerce share and the top businesses), reporting
 * progress after each step, and writes the XLSX and the PDF.
 */
@Injectable()
export class AnnualReportCompiler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly statistics: StatisticsQueryService,
    private readonly clocks: ClockSettingsService,
  ) {}

  async compile(
    request: { year: number; period: { from: IsoDate; to: IsoDate } },
    progress: (percent: number) => Promise<void>,
    now = new Date(),
  ): Promise<CompiledReport> {
    let done = 0;
    const step = async () => progress((++done / STEPS) * 100);
    const breakdowns: { by: (typeof STATISTICS_DIMENSIONS)[number]; report: StatisticsReport }[] = [];
    for (const by of STATISTICS_DIMENSIONS) {
      // The annual report is the province's: no unit scope.
      const report = await this.statistics.compute({ ...request.period, by }, {}, 'vi', now);
      breakdowns.push({ by, report });
      await step();
    }
    const { calendar } = await this.clocks.current();
    const mediation = await mediationOutcomesByOrganisation(this.dataSource, calendar, request.period);
    await step();
    const ecommerce = await ecommerceShare(this.dataSource, request.period);
    await step();
    const businesses = await topBusinesses(this.dataSource, request.period);
    await step();
    const data: AnnualReportData = {
      year: request.year,
      period: request.period,
      generatedAt: now,
      totals: breakdowns[0].report.totals,
      breakdowns,
      mediation,
      ecommerce,
      topBusinesses: businesses,
    };
    const [xlsx, pdf] = await Promise.all([annualReportXlsx(data), annualReportPdf(data)]);
    return { xlsx, pdf };
  }
}
