import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK_JOB_OPTIONS, JobQueueService } from '@app/queue';
import { ClockScheduler } from './clock-scheduler';

/** Rows per round trip of the sweep. */
const SWEEP_BATCH = 1_000;
export interface SweepResult {
  clocks: number;
}

/**
 * Run every DEADLINE_SWEEP_INTERVAL: puts on the queue every clock step due within the horizon
 * (ClockScheduler), delayed until its time. Steps further ahead wait in PostgreSQL until a later
 * sweep. Job ids are the deadlines' ids, so what is already on the queue is not added twice; what
 * Redis lost (or a scheduling never wrote) is added again, before it is due. (Notifications need no
 * sweep: the worker drains them from the database.)
 */
@Injectable()
export class ClockSweepService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueueService,
    private readonly scheduler: ClockScheduler,
  ) {}

  /** `now`: the instant the horizon is counted from (a test may move it); delays count from the clock. */
  async sweep(now = new Date()): Promise<SweepResult> {
    const until = new Date(now.getTime() + this.scheduler.horizonMs);
    let after = '00000000-0000-0000-0000-000000000000';
    let clocks = 0;
    for (;;) {
      const rows = await this.dataSource.query<{ id: string; next_action_at: Date }[]>(
        `SELECT id, next_action_at FROM case_deadlines WHERE next_action_at <= $1 AND id > $2 ORDER BY id LIMIT ${SWEEP_BATCH}`,
        [until, after],
      );
      if (rows.length === 0) return { clocks };
      const at = Date.now();
      await this.jobs.enqueueMany(
        'deadline.fire',
        rows.map((row) => ({
          payload: { deadlineId: row.id },
          jobId: row.id,
          delayMs: row.next_action_at.getTime() - at,
        })),
        CLOCK_JOB_OPTIONS,
      );
      clocks += rows.length;
      after = rows[rows.length - 1].id;
    }
  }
}
