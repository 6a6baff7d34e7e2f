import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, ConfigModule } from '@app/config';
import { loggerModule } from '@app/observability';
import { dataSourceOptions, installDataKeys } from '@app/persistence';
import { QueueModule } from '@app/queue';
import { AccountsModule } from './accounts/accounts.module';
import { AdminModule } from './admin/admin.module';
import { AuthModule } from './auth/auth.module';
import { BusinessModule } from './business/business.module';
import { LimitsModule } from './common/limits/limits.module';
import { CasesApiModule } from './cases/cases-api.module';
import { ComplaintsModule } from './complaints/complaints.module';
import { DataRightsModule } from './data-rights/data-rights.module';
import { FilesModule } from './files/files.module';
import { HealthModule } from './health/health.module';
import { MeModule } from './me/me.module';
import { MediationApiModule } from './mediation/mediation-api.module';
import { PublicDataModule } from './public/public-data.module';
import { ReferenceModule } from './reference/reference.module';
import { ReportsApiModule } from './reports/reports-api.module';
import { StatisticsApiModule } from './statistics/statistics-api.module';
import { StatisticsExportModule } from './statistics/export/statistics-export.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    // The encrypted columns' keys (TypeORM transformers are static): installed before any query.
    installDataKeys(config.dataEncryption);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        loggerModule(),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.database.url, config.database),
          retryAttempts: 2,
          retryDelay: 1_000,
        }),
        QueueModule,
        LimitsModule,
        HealthModule,
        AuthModule,
        AccountsModule,
        ReferenceModule,
        AdminModule,
        ComplaintsModule,
        DataRightsModule,
        CasesApiModule,
        BusinessModule,
        FilesModule,
        MeModule,
        MediationApiModule,
        PublicDataModule,
        StatisticsApiModule,
        StatisticsExportModule,
        ReportsApiModule,
      ],
    };
  }
}
