import { Injectable } from '@nestjs/common';
import { DelayedError, Job } from 'bullmq';
import { ClockScheduler, DeadlineFiringService } from '@app/cases';
import { JobHandler, JobHandlerContract, JobPayloads, JobResult } from '@app/queue';

/**
 * Fires what is due of one clock, then keeps the same job (id = the deadline's id) waiting for the
 * clock's next step (reminder → breach → department) when that step is within the scheduler's
 * horizon; a step further ahead is left to the sweep, and the job ends.
 */
@Injectable()
@JobHandler('deadline.fire')
export class DeadlineFireHandler implements JobHandlerContract<'deadline.fire'> {
  constructor(
    private readonly firing: DeadlineFiringService,
    private readonly scheduler: ClockScheduler,
  ) {}

  async handle({ deadlineId }: JobPayloads['deadline.fire'], job: Job, token?: string): Promise<JobResult> {
    const { fired, next } = await this.firing.fire(deadlineId);
    if (next && token && this.scheduler.withinHorizon(next)) {
      await job.moveToDelayed(Math.max(next.getTime(), Date.now()), token);
      throw new DelayedError();
    }
    return fired.length > 0 ? { status: 'done', detail: { fired } } : { status: 'skipped', reason: 'nothing due' };
  }
}
