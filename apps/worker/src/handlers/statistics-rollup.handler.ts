import { Injectable } from '@nestjs/common';
import { JobHandler, JobHandlerContract, JobResult } from '@app/queue';
import { StatisticsRollupService } from '@app/statistics';

/**
 * Counts again the statistics' month cells whose cases changed (issue 11 "Scale and correctness").
 * Idempotent: a second run (or a second worker at once) finds nothing left, or skips the months the
 * other holds. Until a month is counted, the answers count it from the facts.
 */
@Injectable()
@JobHandler('statistics.rollup')
export class StatisticsRollupHandler implements JobHandlerContract<'statistics.rollup'> {
  constructor(private readonly rollups: StatisticsRollupService) {}

  async handle(): Promise<JobResult> {
    const run = await this.rollups.rollUp();
    return run.built.length > 0 || run.skipped.length > 0
      ? { status: 'done', detail: { built: run.built.length, skipped: run.skipped.length } }
      : { status: 'skipped', reason: 'no month changed' };
  }
}
