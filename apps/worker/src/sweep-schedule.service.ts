import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { JOB_CATALOGUE, JobName, JobQueueService } from '@app/queue';

export const SWEEP_SCHEDULER_ID = 'deadline-sweep';
/** Archives business warnings past their 30 days, on the same interval (the public list never waits for it). */
export const WARNING_ARCHIVE_SCHEDULER_ID = 'warning-archive';
/** Reminds the admins of personal-data breaches not yet reported (72 h, Law 91/2025 Art 23), on the same interval. */
export const BREACH_REMIND_SCHEDULER_ID = 'breach-remind';
/** Applies the retention policy (Law 91/2025 Art 3), every RETENTION_INTERVAL seconds (daily by default). */
export const RETENTION_APPLY_SCHEDULER_ID = 'retention-apply';
/** Reminds the handling unit of personal-data requests on their clocks (Law 91/2025 Art 4), on the sweep's interval. */
export const DATA_REQUEST_REMIND_SCHEDULER_ID = 'data-request-remind';
/** Counts again the statistics' month cells whose cases changed, every STATISTICS_ROLLUP_INTERVAL seconds. */
export const STATISTICS_ROLLUP_SCHEDULER_ID = 'statistics-rollup';

/**
 * Keeps the sweep's job scheduler in Redis. Redis here keeps nothing on disk: if it loses the
 * scheduler (a restart, FLUSHALL), the check below puts it back within one interval.
 */
@Injectable()
export class SweepScheduleService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SweepScheduleService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly jobs: JobQueueService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.install();
    this.timer = setInterval(() => void this.ensure(), this.config.deadlineSweepIntervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Every periodic job: its scheduler id, job and interval. */
  private schedules(): { id: string; job: JobName; everyMs: number }[] {
    const sweep = this.config.deadlineSweepIntervalMs;
    return [
      { id: SWEEP_SCHEDULER_ID, job: 'deadline.sweep', everyMs: sweep },
      { id: WARNING_ARCHIVE_SCHEDULER_ID, job: 'warning.archive', everyMs: sweep },
      { id: BREACH_REMIND_SCHEDULER_ID, job: 'breach.remind', everyMs: sweep },
      { id: RETENTION_APPLY_SCHEDULER_ID, job: 'retention.apply', everyMs: this.config.retention.intervalMs },
      { id: DATA_REQUEST_REMIND_SCHEDULER_ID, job: 'data-request.remind', everyMs: sweep },
      { id: STATISTICS_ROLLUP_SCHEDULER_ID, job: 'statistics.rollup', everyMs: this.config.statisticsRollupIntervalMs },
    ];
  }

  private async ensure(): Promise<void> {
    try {
      const schedules = this.schedules();
      const present = await Promise.all(
        schedules.map((s) => this.jobs.queue(JOB_CATALOGUE[s.job].queue).getJobScheduler(s.id)),
      );
      const missing = schedules.filter((_, index) => !present[index]).map((s) => s.id);
      if (missing.length > 0) {
        this.logger.warn({ scheduler: missing.join(',') }, 'sweep scheduler missing from Redis: installing it again');
        await this.install();
      }
    } catch (error) {
      this.logger.warn({ error: (error as Error).message }, 'sweep scheduler not checked');
    }
  }

  private async install(): Promise<void> {
    for (const { id, job, everyMs } of this.schedules()) {
      await this.jobs
        .queue(JOB_CATALOGUE[job].queue)
        .upsertJobScheduler(
          id,
          { every: everyMs },
          { name: job, data: {}, opts: { removeOnComplete: true, removeOnFail: { age: 24 * 3600 } } },
        );
    }
  }
}
