import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { CasesApiModule } from '../../cases/cases-api.module';
import { AttentionController } from './attention.controller';
import { AttentionService } from './attention.service';
import { MediationStatsService } from './mediation-stats.service';
import { PerformanceController } from './performance.controller';
import { PerformanceFollowUpService } from './performance-follow-up.service';
import { StatsController } from './stats.controller';

/** After a settlement: performance follow-up (Art 66) and outcome statistics. */
@Module({
  imports: [CasesModule, CasesApiModule],
  controllers: [PerformanceController, AttentionController, StatsController],
  providers: [PerformanceFollowUpService, AttentionService, MediationStatsService],
})
export class MediationFollowUpModule {}
