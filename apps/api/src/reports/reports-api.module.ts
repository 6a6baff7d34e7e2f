import { Module } from '@nestjs/common';
import { ReportsModule } from '@app/reports';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** The annual report: request, progress, files (the worker compiles it). */
@Module({
  imports: [ReportsModule],
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsApiModule {}
