import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { JobQueueService } from '@app/queue';
import { withTimeout } from './with-timeout';

const REDIS_TIMEOUT_MS = 2_000;

/** Redis reachable, with each queue's depth and failed count (for operators and alerts). */
@Injectable()
export class QueuesHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly jobs: JobQueueService,
  ) {}

  async check(key: 'redis'): Promise<HealthIndicatorResult> {
    const session = this.health.check(key);
    try {
      const queues = await withTimeout(this.jobs.counts(), REDIS_TIMEOUT_MS);
      return session.up({ queues });
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : 'unreachable' });
    }
  }
}
