import { Injectable } from '@nestjs/common';
import { RetentionService } from '@app/cases';
import { JobHandler, JobHandlerContract, JobResult } from '@app/queue';

/**
 * Applies the retention policy (issue 12 item 12; Law 91/2025/QH15 Art 3): everything due now, a
 * case at a time, each run recorded in retention_runs. Idempotent: a second run (or a second
 * worker at once) finds nothing left to do.
 */
@Injectable()
@JobHandler('retention.apply')
export class RetentionApplyHandler implements JobHandlerContract<'retention.apply'> {
  constructor(private readonly retention: RetentionService) {}

  async handle(): Promise<JobResult> {
    const run = await this.retention.apply(new Date());
    if (run.error) throw new Error(`retention run stopped: ${run.error}`);
    const total = Object.values(run.counts).reduce((sum, n) => sum + n, 0);
    return total > 0 ? { status: 'done', detail: { ...run.counts } } : { status: 'skipped', reason: 'nothing due' };
  }
}
