import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { JobQueueService } from '@app/queue';
import { indicate } from './with-timeout';

const REDIS_TIMEOUT_MS = 2_000;

/** Redis reachable, with each queue's depth and failed count (for operators and alerts). */
@Injectable()
export class QueuesHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly jobs: JobQueueService,
  ) {}

  check(key: 'redis'): Promise<HealthIndicatorResult> {
    const queues = this.jobs.counts().then((counts) => ({ queues: counts }));
    return indicate(this.health.check(key), queues, REDIS_TIMEOUT_MS);
  }
}
