import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { StatisticsQueryService } from './statistics-query.service';
import { WorkingDaysRefresher } from './working-days/working-days.refresher';

/**
 * The statistics core for the api and the worker: figures computed in SQL, and the working-day
 * table they count durations with. Needs only the database and the clocks' calendar (CasesModule).
 */
@Module({
  imports: [CasesModule],
  providers: [StatisticsQueryService, WorkingDaysRefresher],
  exports: [StatisticsQueryService, WorkingDaysRefresher],
})
export class StatisticsModule {}
