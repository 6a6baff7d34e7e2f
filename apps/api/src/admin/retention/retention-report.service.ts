import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RetentionService } from '@app/cases';
import { RETENTION_BASIS, RETENTION_KINDS } from '@app/domain';
import type { RetentionReportDto } from './retention-report.dto';

const LAST_RUNS = 20;

/** The admin's view of retention (issue 12 item 12): the policy in force, what is due now, the last runs. */
@Injectable()
export class RetentionReportService {
  constructor(
    private readonly retention: RetentionService,
    private readonly config: AppConfig,
  ) {}

  async report(now = new Date()): Promise<RetentionReportDto> {
    const [due, runs] = await Promise.all([this.retention.due(now), this.retention.lastRuns(LAST_RUNS)]);
    const policy = this.retention.policy;
    return {
      policy: RETENTION_KINDS.map((kind) => ({ kind, ...policy[kind], ...RETENTION_BASIS[kind], dueNow: due[kind] })),
      intervalSeconds: this.config.retention.intervalMs / 1000,
      runs: runs.map(({ id, startedAt, finishedAt, counts, error }) => ({ id, startedAt, finishedAt, counts, error })),
    };
  }
}
