import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { StatisticsModule } from '@app/statistics';
import { OpenDataController } from './open-data/open-data.controller';
import { OpenDataKeys } from './open-data/open-data-keys';
import { OpenDataService } from './open-data/open-data.service';
import { PublicStatisticsController } from './statistics/public-statistics.controller';
import { PublicStatisticsService } from './statistics/public-statistics.service';
import { PublicWarningsController } from './warnings/public-warnings.controller';
import { WarningsController } from './warnings/warnings.controller';
import { WarningsService } from './warnings/warnings.service';

/** What the public may see (issue 11): yearly statistics, business warnings (and their staff workflow), open data. */
@Module({
  imports: [CasesModule, StatisticsModule],
  controllers: [PublicStatisticsController, WarningsController, PublicWarningsController, OpenDataController],
  providers: [PublicStatisticsService, WarningsService, OpenDataService, OpenDataKeys],
})
export class PublicDataModule {}
