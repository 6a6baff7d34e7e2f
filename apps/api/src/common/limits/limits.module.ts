import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '@app/config';
import { throttlerOptions } from './throttler-options';
import { RateLimitGuard } from './rate-limit.guard';

/**
 * Abuse limits (issue 12 item 1), counted in Redis under the deployment's prefix so that every api
 * replica shares them. The routes say which limits they count against with @Limit().
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        throttlerOptions(config, new ThrottlerStorageRedisService(config.redis.url, { maxRetriesPerRequest: 1 })),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class LimitsModule {}
