import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { StatisticsModule } from '@app/statistics';
import { AccessLogController } from './access-log.controller';
import { AccessLogService } from './access-log.service';
import { BreachExportService } from './breaches/breach-export.service';
import { BreachesController } from './breaches/breaches.controller';
import { BreachesService } from './breaches/breaches.service';
import { CalendarYearsController } from './clock-settings/calendar-years.controller';
import { CalendarYearsService } from './clock-settings/calendar-years.service';
import { DeadlinePoliciesController } from './clock-settings/deadline-policies.controller';
import { DeadlinePoliciesService } from './clock-settings/deadline-policies.service';
import { CommunePopulationController } from './communes/commune-population.controller';
import { CommunePopulationService } from './communes/commune-population.service';
import { CsvBodyMiddleware } from './communes/population-csv';
import { MailCheckController } from './mail-check.controller';
import { MailCheckService } from './mail-check.service';
import { RetentionReportService } from './retention/retention-report.service';
import { RetentionController } from './retention/retention.controller';
import { RoutingRulesController } from './routing-rules.controller';
import { RoutingRulesService } from './routing-rules.service';

@Module({
  imports: [CasesModule, StatisticsModule],
  controllers: [
    AccessLogController,
    MailCheckController,
    RoutingRulesController,
    CalendarYearsController,
    DeadlinePoliciesController,
    BreachesController,
    RetentionController,
    CommunePopulationController,
  ],
  providers: [
    AccessLogService,
    MailCheckService,
    RoutingRulesService,
    CalendarYearsService,
    DeadlinePoliciesService,
    BreachesService,
    BreachExportService,
    RetentionReportService,
    CommunePopulationService,
  ],
})
export class AdminModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // The population import also takes its CSV as a text/csv body.
    consumer
      .apply(CsvBodyMiddleware)
      .forRoutes({ path: 'admin/communes/population/import', method: RequestMethod.POST });
  }
}
