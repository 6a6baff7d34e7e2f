import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { CLOCK_JOB_OPTIONS, JobQueueService } from '@app/queue';

/** A clock's next step and when it is due. */
export interface ScheduledStep {
  id: string;
  at: Date;
}

/** The shortest horizon: steps due within it wait on Redis as delayed jobs. */
export const MIN_CLOCK_HORIZON_MS = 15 * 60_000;

/**
 * How far ahead a clock's step waits on Redis: 15 minutes, or two sweep intervals if longer, so that
 * the sweep always puts a step on the queue before it falls due.
 */
export const clockHorizonMs = (sweepIntervalMs: number): number => Math.max(MIN_CLOCK_HORIZON_MS, 2 * sweepIntervalMs);

/**
 * After commit: a delayed job fires a clock's next step on time when that step is due within the
 * horizon; a step further ahead (most of them: days of a legal period) waits in PostgreSQL only, and
 * the sweep puts it on the queue once it comes within the horizon. Redis then holds minutes of work,
 * not months, and an intake writes nothing there. The job id is the deadline's id, so scheduling
 * twice is harmless. If Redis is down or loses a job, the sweep adds it again.
 */
@Injectable()
export class ClockScheduler {
  private readonly logger = new Logger(ClockScheduler.name);
  readonly horizonMs: number;

  constructor(
    private readonly jobs: JobQueueService,
    config: AppConfig,
  ) {
    this.horizonMs = clockHorizonMs(config.deadlineSweepIntervalMs);
  }

  /** Whether a step due at `at` waits on Redis now. */
  withinHorizon(at: Date, now = Date.now()): boolean {
    return at.getTime() - now <= this.horizonMs;
  }

  async schedule(steps: readonly ScheduledStep[]): Promise<void> {
    const now = Date.now();
    const soon = steps.filter((step) => this.withinHorizon(step.at, now));
    if (soon.length === 0) return;
    try {
      await this.jobs.enqueueMany(
        'deadline.fire',
        soon.map((step) => ({ payload: { deadlineId: step.id }, jobId: step.id, delayMs: step.at.getTime() - now })),
        CLOCK_JOB_OPTIONS,
      );
    } catch (error) {
      this.logger.warn({ count: soon.length, error: (error as Error).message }, 'clock steps left to the sweep');
    }
  }

  /**
   * After commit, for clocks whose due time moved (an extension): a delayed job waiting for the old
   * step is moved to the new one, or removed when the new step is beyond the horizon (the sweep adds
   * it later); a clock without a job gets one if its step is near. A job running or about to run is
   * left alone: it re-reads the clock and waits for the step then due.
   */
  async reschedule(steps: readonly ScheduledStep[]): Promise<void> {
    const missing: ScheduledStep[] = [];
    try {
      const queue = this.jobs.queue('deadlines');
      for (const step of steps) {
        const job = await queue.getJob(step.id);
        if (!job) missing.push(step);
        else if (!(await job.isDelayed())) continue;
        else if (this.withinHorizon(step.at)) await job.changeDelay(Math.max(0, step.at.getTime() - Date.now()));
        else await job.remove();
      }
    } catch (error) {
      this.logger.warn({ count: steps.length, error: (error as Error).message }, 'clock steps left to the sweep');
      return;
    }
    await this.schedule(missing);
  }
}
