import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Job, Worker } from 'bullmq';
import type IORedis from 'ioredis';
import { AppConfig } from '@app/config';
import {
  assertHandlersCoverCatalogue,
  createRedisConnection,
  JOB_CATALOGUE_TOKEN,
  JOB_HANDLER_METADATA,
  JobCatalogue,
  JobName,
  JobResult,
  JOB_LOCK_MS,
  MAX_STALLED_COUNT,
  STALLED_CHECK_INTERVAL_MS,
} from '@app/queue';

/** A handler as the dispatcher sees it: payloads were typed when enqueued. */
interface AnyJobHandler {
  handle(payload: unknown, job: Job, token?: string): Promise<JobResult>;
}

/** How many jobs of one queue a worker process runs at once. */
export const WORKER_CONCURRENCY = 10;

/**
 * Finds every @JobHandler provider, refuses to start if a job type has none, and runs one
 * BullMQ worker per queue. On shutdown it waits for the jobs in flight.
 */
@Injectable()
export class JobRunnerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRunnerService.name);
  private readonly workers: Worker[] = [];
  private connection?: IORedis;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
    @Inject(JOB_CATALOGUE_TOKEN) private readonly catalogue: JobCatalogue,
  ) {}

  onApplicationBootstrap(): void {
    // Throws (and so stops start-up) when a job type has no handler, or two.
    const handlers = this.findHandlers();
    const queues = [...new Set(Object.values(this.catalogue).map((entry) => entry.queue))];
    this.connection = createRedisConnection(this.config.redis.url);
    for (const queue of queues) {
      const worker = new Worker(queue, (job: Job, token?: string) => this.dispatch(handlers, job, token), {
        connection: this.connection,
        prefix: this.config.redis.prefix,
        concurrency: WORKER_CONCURRENCY,
        // A worker that died (SIGKILL) leaves its jobs active: another takes them over after the lock.
        lockDuration: JOB_LOCK_MS,
        stalledInterval: STALLED_CHECK_INTERVAL_MS,
        maxStalledCount: MAX_STALLED_COUNT,
      });
      // The error's code only: an SMTP server's answer can quote the recipient's address.
      worker.on('failed', (job, error: Error & { code?: string; responseCode?: number }) =>
        this.logger.warn(
          {
            jobId: job?.id,
            job: job?.name,
            attempt: job?.attemptsMade,
            error: error.code ?? error.name,
            responseCode: error.responseCode,
          },
          'job failed',
        ),
      );
      worker.on('error', (error) => this.logger.error({ queue, error: error.message }, 'worker error'));
      this.workers.push(worker);
    }
    this.logger.log({ queues, jobTypes: [...handlers.keys()] }, 'worker ready');
  }

  async onApplicationShutdown(): Promise<void> {
    // close() lets the active jobs finish before it resolves.
    await Promise.all(this.workers.map((worker) => worker.close()));
    await this.connection?.quit().catch(() => undefined);
  }

  private findHandlers(): Map<string, AnyJobHandler> {
    const handlers = new Map<string, AnyJobHandler>();
    const names: string[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const name = wrapper.metatype
        ? this.reflector.get<JobName | undefined>(JOB_HANDLER_METADATA, wrapper.metatype)
        : undefined;
      if (!name) continue;
      names.push(name);
      handlers.set(name, wrapper.instance as AnyJobHandler);
    }
    assertHandlersCoverCatalogue(Object.keys(this.catalogue), names);
    return handlers;
  }

  private async dispatch(handlers: Map<string, AnyJobHandler>, job: Job<unknown>, token?: string): Promise<JobResult> {
    const handler = handlers.get(job.name);
    if (!handler) throw new Error(`No handler for job type ${job.name}`);
    const result = await handler.handle(job.data, job, token);
    this.logger.log({ jobId: job.id, job: job.name, status: result.status }, 'job processed');
    return result;
  }
}
