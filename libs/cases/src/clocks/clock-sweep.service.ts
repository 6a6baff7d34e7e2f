import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK_JOB_OPTIONS, JobQueueService } from '@app/queue';

/** Rows per round trip of the sweep. */
const SWEEP_BATCH = 1_000;
/** A notification younger than this is left to the relay of the request that wrote it. */
const RELAY_GRACE_MS = 2_000;

export interface SweepResult {
  clocks: number;
  notifications: number;
}

/**
 * The safety net, run every DEADLINE_SWEEP_INTERVAL: queues a firing for every clock step due and a
 * send for every notification still queued. Job ids are the rows' ids, so what is already on the
 * queue is not added twice; what Redis lost (or a relay never wrote) is added again.
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
    const notifications = await this.each(
      `SELECT id FROM notifications WHERE status = 'queued' AND created_at <= $1 AND id > $2 ORDER BY id LIMIT ${SWEEP_BATCH}`,
      [new Date(now.getTime() - RELAY_GRACE_MS)],
      (ids) =>
        this.jobs.enqueueMany(
          'notification.send',
          ids.map((notificationId) => ({ payload: { notificationId }, jobId: notificationId })),
        ),
    );
    return { clocks, notifications };
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
