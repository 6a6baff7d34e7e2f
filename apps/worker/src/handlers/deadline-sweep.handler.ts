import { Injectable } from '@nestjs/common';
import { ClockSweepService } from '@app/cases';
import { JobHandler, JobHandlerContract, JobResult } from '@app/queue';

/** The periodic sweep (a BullMQ job scheduler): queues the clock steps due that are not on the queue. */
@Injectable()
@JobHandler('deadline.sweep')
export class DeadlineSweepHandler implements JobHandlerContract<'deadline.sweep'> {
  constructor(private readonly sweeper: ClockSweepService) {}

  async handle(): Promise<JobResult> {
    const { clocks } = await this.sweeper.sweep();
    return { status: 'done', detail: { clocks } };
  }
}
