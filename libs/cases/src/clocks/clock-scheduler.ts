import { Injectable, Logger } from '@nestjs/common';
import { CLOCK_JOB_OPTIONS, JobQueueService } from '@app/queue';

/** A clock's next step and when it is due. */
export interface ScheduledStep {
  id: string;
  at: Date;
}

/**
 * After commit: a delayed job per clock fires its next step on time; the job id is the deadline's
 * id, so scheduling twice is harmless. If Redis is down or loses it, the sweep fires it instead.
 */
@Injectable()
export class ClockScheduler {
  private readonly logger = new Logger(ClockScheduler.name);

  constructor(private readonly jobs: JobQueueService) {}

  async schedule(steps: readonly ScheduledStep[]): Promise<void> {
    if (steps.length === 0) return;
    const now = Date.now();
    try {
      await this.jobs.enqueueMany(
        'deadline.fire',
        steps.map((step) => ({ payload: { deadlineId: step.id }, jobId: step.id, delayMs: step.at.getTime() - now })),
        CLOCK_JOB_OPTIONS,
      );
    } catch (error) {
      this.logger.warn({ count: steps.length, error: (error as Error).message }, 'clock steps left to the sweep');
    }
  }

  /**
   * After commit, for clocks whose due time moved (an extension): a delayed job waiting for the old
   * step is moved to the new one; a clock without a job gets one. A job running or about to run is
   * left alone: it re-reads the clock and waits for the step then due.
   */
  async reschedule(steps: readonly ScheduledStep[]): Promise<void> {
    const missing: ScheduledStep[] = [];
    try {
      const queue = this.jobs.queue('deadlines');
      for (const step of steps) {
        const job = await queue.getJob(step.id);
        if (!job) missing.push(step);
        else if (await job.isDelayed()) await job.changeDelay(Math.max(0, step.at.getTime() - Date.now()));
      }
    } catch (error) {
      this.logger.warn({ count: steps.length, error: (error as Error).message }, 'clock steps left to the sweep');
      return;
    }
    await this.schedule(missing);
  }
}
