import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, ConfigModule } from '@app/config';
import { MailModule } from '@app/mail';
import { loggerModule } from '@app/observability';
import { dataSourceOptions } from '@app/persistence';
import { QueueModule } from '@app/queue';
import { MailSendHandler } from './handlers/mail-send.handler';
import { JobRunnerService } from './job-runner.service';

/** The worker: no HTTP, only queue processors. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        loggerModule(),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.database.url), retryAttempts: 2, retryDelay: 1_000 }),
        DiscoveryModule,
        QueueModule,
        MailModule,
      ],
      providers: [JobRunnerService, MailSendHandler],
    };
  }
}
