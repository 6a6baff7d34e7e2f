import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import type IORedis from 'ioredis';
import { AppConfig } from '@app/config';
import { JOB_CATALOGUE_TOKEN, JobCatalogue, JobName, JobPayloads, QUEUE_NAMES, QueueName } from './job-catalogue';
import { createRedisConnection } from './redis-connection';
import { DEFAULT_JOB_OPTIONS } from './retry-policy';

export interface QueueCounts {
  queue: QueueName;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

/** Puts typed jobs on their queues. Used by the api and by the worker (for follow-up jobs). */
@Injectable()
export class JobQueueService implements OnApplicationShutdown {
  private readonly connection: IORedis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly config: AppConfig,
    @Inject(JOB_CATALOGUE_TOKEN) private readonly catalogue: JobCatalogue,
  ) {
    this.connection = createRedisConnection(config.redis.url);
    // Unreachable Redis shows in /health/ready; the connection keeps retrying quietly meanwhile.
    this.connection.on('error', () => undefined);
  }

  /** `jobId` makes enqueueing idempotent: a second job with the same id is ignored by BullMQ. */
  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: JobsOptions = {}): Promise<string> {
    const job = await this.queue(this.catalogue[name].queue).add(name, payload, { ...DEFAULT_JOB_OPTIONS, ...options });
    return job.id ?? '';
  }

  /** Many jobs of one type in one round trip; each with its own id (duplicates are ignored) and delay. */
  async enqueueMany<N extends JobName>(
    name: N,
    jobs: { payload: JobPayloads[N]; jobId: string; delayMs?: number }[],
    options: JobsOptions = {},
  ): Promise<void> {
    if (jobs.length === 0) return;
    const queue = this.queue(this.catalogue[name].queue);
    const bulk = jobs.map((job) => ({
      name,
      data: job.payload,
      opts: { ...DEFAULT_JOB_OPTIONS, ...options, jobId: job.jobId, delay: Math.max(0, job.delayMs ?? 0) },
    }));
    // One job (an intake's email, its clock): one script call, without addBulk's MULTI/EXEC around it.
    if (bulk.length === 1) await queue.add(name, bulk[0].data, bulk[0].opts);
    else await queue.addBulk(bulk);
  }

  async counts(): Promise<QueueCounts[]> {
    return Promise.all(
      QUEUE_NAMES.map(async (queue) => {
        const c = await this.queue(queue).getJobCounts('waiting', 'active', 'delayed', 'failed');
        return {
          queue,
          waiting: c.waiting ?? 0,
          active: c.active ?? 0,
          delayed: c.delayed ?? 0,
          failed: c.failed ?? 0,
        };
      }),
    );
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.config.redis.prefix });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.connection.status !== 'ready') {
      this.connection.disconnect();
      return;
    }
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    await this.connection.quit().catch(() => undefined);
  }
}
