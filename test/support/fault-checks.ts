import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import type { ParsedMail } from 'mailparser';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { CLOCK_JOB_OPTIONS } from '@app/queue';
import { complaintBody } from './lifecycle-client';
import type { SmtpSink } from './smtp-sink';
import { readUntil } from './wait';

// What the fault and replica tests (test/e2e/replicas, fault-api-killed, fault-services-restart)
// check after the fault: complaints once, emails once, clock steps once, read from PostgreSQL and
// the SMTP sink rather than from what the processes say of themselves.

export const keyOf = (mail: ParsedMail): string => {
  const key = mail.headers.get('x-message-key');
  return typeof key === 'string' ? key : '';
};

/** A complaint body of its own (the consumer's email names it). */
export const bodyFor = (tag: string): Record<string, unknown> =>
  complaintBody({ consumer: { ...(complaintBody().consumer as object), email: `${tag}@example.vn` } });

export interface Answer {
  status: number;
  id?: string;
  trackingCode?: string;
  accessKey?: string;
}

/** POSTs a complaint to an api at `baseUrl`; a refused connection or a reset answers status 0. */
export async function postComplaint(baseUrl: string, key: string, body: object): Promise<Answer> {
  try {
    // A request held by a server that is down gives up after a while and is retried (same key), as
    // a real client would: a client waiting for ever would hang the test instead.
    const res = await request(baseUrl)
      .post('/api/v1/complaints')
      .timeout({ response: 15_000, deadline: 30_000 })
      .set('Idempotency-Key', key)
      .send(body);
    const { id, trackingCode, accessKey } = (res.body ?? {}) as Answer;
    return { status: res.status, id, trackingCode, accessKey };
  } catch {
    return { status: 0 };
  }
}

/** Runs `task(i)` for i < count, `concurrency` at a time, and returns the results in order. */
export async function inPool<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const i = next;
      next += 1;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return results;
}

export const notificationRows = (dataSource: DataSource) =>
  dataSource.query<{ id: string; template: string; status: string; case_id: string | null; message_key: string }[]>(
    `SELECT id, template, status, case_id, message_key FROM notifications`,
  );

/** Waits until every notification in the outbox is sent (none queued or failed). */
export const allSent = (dataSource: DataSource, what: string, timeoutMs?: number) =>
  readUntil(
    what,
    async () => {
      const rows = await notificationRows(dataSource);
      return { total: rows.length, unsent: rows.filter((row) => row.status !== 'sent').length };
    },
    (seen) => seen.unsent === 0,
    { timeoutMs },
  );

/**
 * Every notification in the outbox was received exactly once: the sink's X-Message-Key headers
 * are the notifications' ids, none twice, none missing, none extra. Returns the count.
 */
export async function expectEachEmailOnce(dataSource: DataSource, smtp: SmtpSink): Promise<number> {
  const rows = await notificationRows(dataSource);
  expect(rows.filter((row) => row.status !== 'sent')).toEqual([]);
  const keys = smtp.messages.map(keyOf);
  const twice = keys.filter((key, i) => keys.indexOf(key) !== i);
  expect(twice).toEqual([]);
  expect([...keys].sort()).toEqual(rows.map((row) => row.id).sort());
  return keys.length;
}

/**
 * Makes the triage clocks of these cases step as time would make them: first the reminder (due
 * in an hour, the reminder time passed), then the breach (due time passed). The database says
 * when; the job of each clock is promoted (or added, its step having been beyond the scheduler's
 * horizon) so that a worker runs it now.
 */
export class ClockDriver {
  private readonly connection: IORedis;
  private readonly queue: Queue;

  constructor(
    private readonly dataSource: DataSource,
    redisUrl: string,
    prefix: string,
  ) {
    this.connection = new IORedis(redisUrl, { maxRetriesPerRequest: null });
    this.queue = new Queue('deadlines', { connection: this.connection, prefix });
    this.queue.on('error', () => undefined);
  }

  /** The reminder of each case's triage clock falls due now (its due time an hour ahead). */
  async remindersDue(caseIds: readonly string[]): Promise<string[]> {
    const rows = await this.dataSource.query<[{ id: string }[], number]>(
      `UPDATE case_deadlines SET started_at = now() - interval '20 days', due_at = now() + interval '1 hour',
              next_action_at = now(), reminders_sent = 0
        WHERE case_id = ANY($1) AND kind = 'triage' AND status = 'pending' RETURNING id`,
      [caseIds],
    );
    const ids = rows[0].map((row) => row.id);
    await this.promote(ids);
    return ids;
  }

  /** The breach of each clock falls due now. Call once every reminder is sent and its job delayed. */
  async breachesDue(clockIds: readonly string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE case_deadlines SET due_at = now() - interval '1 second', next_action_at = now() WHERE id = ANY($1)`,
      [clockIds],
    );
    await this.promote(clockIds);
  }

  /**
   * Waits until each clock has taken `step` and its job is done with it: waiting (delayed) for the
   * next step, or ended, the next step being beyond the scheduler's horizon (the sweep's to add).
   */
  async waitForStep(clockIds: readonly string[], step: 'remind' | 'breach', timeoutMs?: number) {
    const done =
      step === 'remind' ? `reminders_sent = 1 AND status = 'pending'` : `status = 'breached' AND escalation_level = 1`;
    await readUntil(
      `every clock's ${step}`,
      async () => {
        const [row] = await this.dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM case_deadlines WHERE id = ANY($1) AND ${done} AND next_action_at > now()`,
          [clockIds],
        );
        return row.n;
      },
      (n) => n === clockIds.length,
      { timeoutMs },
    );
    await readUntil(
      `every clock's job to be done with the step`,
      async () => {
        const states = await Promise.all(clockIds.map(async (id) => (await this.queue.getJob(id))?.getState()));
        return states.filter((state) => state === undefined || state === 'delayed').length;
      },
      (n) => n === clockIds.length,
      { timeoutMs },
    );
  }

  /**
   * Each clock step taken exactly once: one reminder (counter 1), one breach event, and per step
   * one email to each recipient (at least one). Returns the counts.
   */
  async expectStepsOnce(clockIds: readonly string[]): Promise<{ reminders: number; breaches: number }> {
    const clocks = await this.dataSource.query<{ id: string; reminders_sent: number; status: string }[]>(
      `SELECT id, reminders_sent, status FROM case_deadlines WHERE id = ANY($1)`,
      [clockIds],
    );
    expect(clocks.filter((c) => c.reminders_sent !== 1 || c.status !== 'breached')).toEqual([]);
    const events = await this.dataSource.query<{ deadline_id: string; n: number }[]>(
      `SELECT e.data->'detail'->>'deadlineId' AS deadline_id, count(*)::int AS n FROM case_events e
        WHERE e.action = 'deadline_breached' AND e.data->'detail'->>'deadlineId' = ANY($1::text[]) GROUP BY 1`,
      [clockIds],
    );
    expect(events.map((e) => e.n)).toEqual(clockIds.map(() => 1));
    const mails = await this.dataSource.query<{ clock: string; step: string; n: number }[]>(
      `SELECT split_part(message_key, ':', 2) AS clock, split_part(message_key, ':', 3) AS step, count(*)::int AS n
         FROM notifications WHERE message_key LIKE 'clock:%' AND split_part(message_key, ':', 2) = ANY($1::text[])
        GROUP BY 1, 2`,
      [clockIds],
    );
    const of = (step: string) => mails.filter((m) => m.step === step);
    for (const step of ['remind', 'breach']) {
      expect(of(step)).toHaveLength(clockIds.length);
      expect(of(step).every((m) => m.n >= 1)).toBe(true);
    }
    return {
      reminders: of('remind').reduce((sum, m) => sum + m.n, 0),
      breaches: of('breach').reduce((sum, m) => sum + m.n, 0),
    };
  }

  async close(): Promise<void> {
    await this.queue.close();
    this.connection.disconnect();
  }

  /** Each clock's job runs now: a delayed one is promoted, a missing one added (as the sweep would). */
  private async promote(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      const job = await this.queue.getJob(id);
      if (!job) await this.queue.add('deadline.fire', { deadlineId: id }, { ...CLOCK_JOB_OPTIONS, jobId: id });
      else if (await job.isDelayed()) await job.promote();
    }
  }
}
