import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { StatisticsRollupService } from './rollup/statistics-rollup.service';
import { StatisticsQueryService } from './statistics-query.service';
import { WorkingDaysRefresher } from './working-days/working-days.refresher';

/**
 * The statistics core for the api and the worker: figures computed in SQL from the rollups and the
 * facts, the rollups' upkeep (the worker's), and the working-day table they count durations with.
 * Needs only the database and the clocks' calendar (CasesModule).
 */
@Module({
  imports: [CasesModule],
  providers: [StatisticsQueryService, StatisticsRollupService, WorkingDaysRefresher],
  exports: [StatisticsQueryService, StatisticsRollupService, WorkingDaysRefresher],
})
export class StatisticsModule {}
