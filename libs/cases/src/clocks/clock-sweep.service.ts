import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK_JOB_OPTIONS, JobQueueService } from '@app/queue';

/** Rows per round trip of the sweep. */
const SWEEP_BATCH = 1_000;
export interface SweepResult {
  clocks: number;
}

/**
 * The safety net, run every DEADLINE_SWEEP_INTERVAL: queues a firing for every clock step due. Job
 * ids are the deadlines' ids, so what is already on the queue is not added twice; what Redis lost
 * (or a scheduling never wrote) is added again. (Notifications need no sweep: the worker drains
 * them from the database.)
 */
@Injectable()
export class ClockSweepService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueueService,
  ) {}

  async sweep(now = new Date()): Promise<SweepResult> {
    const clocks = await this.each(
      `SELECT id FROM case_deadlines WHERE next_action_at <= $1 AND id > $2 ORDER BY id LIMIT ${SWEEP_BATCH}`,
      [now],
      (ids) =>
        this.jobs.enqueueMany(
          'deadline.fire',
          ids.map((deadlineId) => ({ payload: { deadlineId }, jobId: deadlineId })),
          CLOCK_JOB_OPTIONS,
        ),
    );
    return { clocks };
  }

  private async each(sql: string, parameters: unknown[], queue: (ids: string[]) => Promise<void>): Promise<number> {
    let after = '00000000-0000-0000-0000-000000000000';
    let total = 0;
    for (;;) {
      const rows = await this.dataSource.query<{ id: string }[]>(sql, [...parameters, after]);
      if (rows.length === 0) return total;
      await queue(rows.map((row) => row.id));
      total += rows.length;
      after = rows[rows.length - 1].id;
    }
  }
}
