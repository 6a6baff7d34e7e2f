import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { StatisticsModule } from '@app/statistics';
import { StatisticsExportController } from './statistics-export.controller';
import { StatisticsExportService } from './statistics-export.service';

/** `GET /api/v1/statistics/export`: the department's figures as CSV or XLSX (issue 11). */
@Module({
  imports: [StatisticsModule, CasesModule],
  controllers: [StatisticsExportController],
  providers: [StatisticsExportService],
})
export class StatisticsExportModule {}
