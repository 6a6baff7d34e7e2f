import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { StatisticsModule } from '@app/statistics';
import { StatisticsController } from './statistics.controller';
import { StatisticsReferencesPipe } from './statistics-references.pipe';
import { WorkingDaysAtStartup } from './working-days-at-startup';

/** `GET /api/v1/statistics`: the department's figures (issue 11). */
@Module({
  imports: [StatisticsModule, CasesModule],
  controllers: [StatisticsController],
  providers: [StatisticsReferencesPipe, WorkingDaysAtStartup],
})
export class StatisticsApiModule {}
