import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { StatisticsModule } from '@app/statistics';
import { AnnualReportCompiler } from './annual/annual-report.compiler';
import { ReportStore } from './report-store';

/** Reports compiled by the worker (the Plan 126 annual report) and their store, for the api and the worker. */
@Module({
  imports: [CasesModule, StatisticsModule],
  providers: [ReportStore, AnnualReportCompiler],
  exports: [ReportStore, AnnualReportCompiler],
})
export class ReportsModule {}
