import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, ConfigModule } from '@app/config';
import { MailModule } from '@app/mail';
import { loggerModule } from '@app/observability';
import { dataSourceOptions, installDataKeys } from '@app/persistence';
import { QueueModule } from '@app/queue';
import { CasesModule } from '@app/cases';
import { ReportsModule } from '@app/reports';
import { StatisticsModule } from '@app/statistics';
import { BreachRemindHandler } from './handlers/breach-remind.handler';
import { DataRequestRemindHandler } from './handlers/data-request-remind.handler';
import { DeadlineFireHandler } from './handlers/deadline-fire.handler';
import { DeadlineSweepHandler } from './handlers/deadline-sweep.handler';
import { MailSendHandler } from './handlers/mail-send.handler';
import { ReportAnnualHandler } from './handlers/report-annual.handler';
import { RetentionApplyHandler } from './handlers/retention-apply.handler';
import { StatisticsRollupHandler } from './handlers/statistics-rollup.handler';
import { WarningArchiveHandler } from './handlers/warning-archive.handler';
import { JobRunnerService } from './job-runner.service';
import { NotificationDeliveryService } from './notifications/notification-delivery.service';
import { NotificationRows } from './notifications/notification-rows';
import { OutboxDrainService } from './notifications/outbox-drain.service';
import { SweepScheduleService } from './sweep-schedule.service';

/** The worker: no HTTP; queue processors and the outbox's drain. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    // The encrypted columns' keys (TypeORM transformers are static): installed before any query.
    installDataKeys(config.dataEncryption);
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        loggerModule(),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.database.url, config.database),
          retryAttempts: 2,
          retryDelay: 1_000,
        }),
        DiscoveryModule,
        QueueModule,
        MailModule,
        CasesModule,
        ReportsModule,
        StatisticsModule,
      ],
      providers: [
        JobRunnerService,
        SweepScheduleService,
        NotificationDeliveryService,
        NotificationRows,
        OutboxDrainService,
        MailSendHandler,
        DeadlineFireHandler,
        DeadlineSweepHandler,
        WarningArchiveHandler,
        ReportAnnualHandler,
        BreachRemindHandler,
        DataRequestRemindHandler,
        RetentionApplyHandler,
        StatisticsRollupHandler,
      ],
    };
  }
}
