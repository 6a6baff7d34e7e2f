import { spawn } from 'node:child_process';
import IORedis from 'ioredis';
import type { ParsedMail } from 'mailparser';
import { ClockSweepService } from '@app/cases';
import { JobQueueService } from '@app/queue';
import { Stack, startStack } from '../support/case-factory';
import { complaintBody } from '../support/lifecycle-client';
import { AppProcess, assertBuilt, closedPort, exited, spawnApp, waitForOutput } from '../support/processes';
import { uniqueName } from '../support/test-env';
import { PATIENCE_MS, readUntil, waitFor } from '../support/wait';

// Fault test of the clocks issue: Redis loses everything (FLUSHALL) with clocks due and emails
// queued. The database is the truth: the sweep queues again what Redis lost, within an interval.
// FLUSHALL empties the whole server, so this file runs its own redis-server, not the shared one.

const COMPLAINTS = 100;
const SWEEP_INTERVAL_SECONDS = 5;

interface PrivateRedis {
  url: string;
  stop: () => Promise<void>;
}

/** A redis-server (from PATH) on a free port, keeping nothing on disk. */
async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await closedPort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${output}`)), PATIENCE_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`redis-server could not be run (is it on PATH?): ${error.message}`));
    });
    child.stdout.on('data', () => {
      if (!output.includes('Ready to accept connections')) return;
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await done;
    },
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const keyOf = (mail: ParsedMail) => {
  const key = mail.headers.get('x-message-key');
  return typeof key === 'string' ? key : '';
};

jest.setTimeout(150_000);

describe('Redis flushed (FLUSHALL) with clocks due and emails queued', () => {
  let redis: PrivateRedis;
  let admin: IORedis;
  let stack: Stack;
  let worker: AppProcess | undefined;

  beforeAll(async () => {
    assertBuilt();
    redis = await startPrivateRedis();
    admin = new IORedis(redis.url, { maxRetriesPerRequest: 1 });
    // The api in the test process (it writes and relays); the built worker, later, as its own process.
    stack = await startStack({ env: { REDIS_URL: redis.url, QUEUE_PREFIX: uniqueName('ccfaultflush') } });
  });

  afterAll(async () => {
    if (worker && worker.exitCode === null && worker.signalCode === null) {
      worker.kill('SIGTERM');
      await exited(worker);
    }
    await stack?.stop();
    admin?.disconnect();
    await redis?.stop();
  });

  const queues = () => stack.api.get(JobQueueService);

  /** Files `count` complaints (ten at a time) and returns their case ids. */
  async function file(count: number, tag: string): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 10) {
      const batch = Array.from({ length: Math.min(10, count - i) }, (_, j) => {
        const consumer = { ...(complaintBody().consumer as object), email: `${tag}-${i + j}@example.vn` };
        return stack.http.post('/api/v1/complaints').send(complaintBody({ consumer })).expect(201);
      });
      ids.push(...(await Promise.all(batch)).map((res) => res.body.id as string));
    }
    return ids;
  }

  /** Makes the cases' triage clocks run out in `inSeconds` (no reminder left), in the database only. */
  async function triageDueIn(caseIds: string[], inSeconds: number): Promise<{ id: string; due_at: Date }[]> {
    const [clocks] = await stack.dataSource.query<[{ id: string; due_at: Date }[], number]>(
      `UPDATE case_deadlines SET due_at = now() + $2 * interval '1 second', next_action_at = now() + $2 * interval '1 second',
              reminders_sent = 1
        WHERE case_id = ANY($1) AND kind = 'triage' AND status = 'pending' RETURNING id, due_at`,
      [caseIds, inSeconds],
    );
    return clocks;
  }

  const clockStates = (ids: string[]) =>
    stack.dataSource.query<{ breached: number; events: number; last_event: Date | null }[]>(
      `SELECT (SELECT count(*)::int FROM case_deadlines WHERE id = ANY($1) AND status = 'breached') AS breached,
              count(e.id)::int AS events, max(e.at) AS last_event
         FROM case_events e WHERE e.action = 'deadline_breached' AND e.data->'detail'->>'deadlineId' = ANY($1::text[])`,
      [ids],
    );

  const mailStates = () =>
    stack.dataSource.query<{ id: string; template: string; status: string; sent_at: Date | null }[]>(
      `SELECT id, template, status, sent_at FROM notifications`,
    );

  /** Each deadline breached once, each notification sent and received exactly once. */
  async function expectAllFiredAndSentOnce(clockIds: string[]) {
    const events = await stack.dataSource.query<{ deadline_id: string; n: number }[]>(
      `SELECT e.data->'detail'->>'deadlineId' AS deadline_id, count(*)::int AS n FROM case_events e
        WHERE e.action = 'deadline_breached' AND e.actor_kind = 'system' GROUP BY 1`,
    );
    const mine = events.filter((row) => clockIds.includes(row.deadline_id));
    expect(mine).toHaveLength(clockIds.length);
    expect(mine.every((row) => row.n === 1)).toBe(true);
    const rows = await mailStates();
    expect(rows.filter((row) => row.status !== 'sent')).toEqual([]);
    const keys = stack.smtp.messages.map((mail) => keyOf(mail)).sort();
    expect(keys).toEqual(rows.map((row) => row.id).sort());
  }

  it(`a worker (re)started after FLUSHALL fires every clock and sends every email within one sweep interval (${SWEEP_INTERVAL_SECONDS} s)`, async () => {
    const caseIds = await file(COMPLAINTS, 'flushed');
    const clocks = await triageDueIn(caseIds, 3);
    expect(clocks).toHaveLength(COMPLAINTS);
    const queued = (await mailStates()).filter((row) => row.template === 'complaint_received');
    expect(queued).toHaveLength(COMPLAINTS);
    expect(queued.every((row) => row.status === 'queued')).toBe(true);

    // The triage clocks, due within the horizon now, are put on Redis by a sweep (no worker yet);
    // the Art 57.4 forwarding clocks, days ahead, wait in PostgreSQL only. Then Redis loses it all.
    // The emails never were on Redis: the worker drains them from the database.
    await stack.api.get(ClockSweepService).sweep();
    const before = Object.fromEntries((await queues().counts()).map((c) => [c.queue, c]));
    expect(before.mail.waiting).toBe(0);
    expect(before.deadlines.delayed).toBe(COMPLAINTS);
    expect(await admin.flushall()).toBe('OK');
    expect(await admin.dbsize()).toBe(0);

    // The worker starts once the clocks are due (a time on the clock, not a guess at how long work takes).
    const dueAt = Math.max(...clocks.map((clock) => new Date(clock.due_at).getTime()));
    await waitFor("the clocks' due time", () => Date.now() >= dueAt);
    const startedAt = Date.now();
    worker = spawnApp('worker', {
      DATABASE_URL: stack.db.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: stack.config.redis.prefix,
      SMTP_URL: stack.smtp.url,
      DEADLINE_SWEEP_INTERVAL: String(SWEEP_INTERVAL_SECONDS),
      LOG_LEVEL: 'info',
    });
    await waitForOutput(worker, 'worker started');

    const ids = clocks.map((clock) => clock.id);
    const [fired] = await readUntil(
      'every clock to be breached',
      () => clockStates(ids),
      ([state]) => state.breached === COMPLAINTS && state.events === COMPLAINTS,
      { timeoutMs: 90_000 },
    );
    const firedAt = Date.now();
    const received = await readUntil(
      'every acknowledgement to be sent',
      () => mailStates(),
      (rows) =>
        rows.filter((row) => row.template === 'complaint_received' && row.status === 'sent').length === COMPLAINTS,
      { timeoutMs: 90_000 },
    );
    const lastReceipt = Math.max(
      ...received
        .filter((row) => row.template === 'complaint_received')
        .map((row) => new Date(row.sent_at ?? 0).getTime()),
    );
    // The breach notices written by the firing are sent too.
    await readUntil(
      'the breach notices to be sent',
      () => mailStates(),
      (rows) => rows.every((row) => row.status === 'sent'),
    );
    console.log(
      `after FLUSHALL: worker started ${seconds(startedAt - dueAt)} after the clocks' due time; ` +
        `all ${COMPLAINTS} clocks breached ${seconds((fired.last_event?.getTime() ?? firedAt) - startedAt)} after the worker started ` +
        `(${seconds((fired.last_event?.getTime() ?? firedAt) - dueAt)} after due); ` +
        `all ${COMPLAINTS} complaint_received sent ${seconds(lastReceipt - startedAt)} after the worker started`,
    );
    await expectAllFiredAndSentOnce(ids);
  });

  it('FLUSHALL under a running worker: the watchdog puts the sweep back and new clocks still fire', async () => {
    if (!worker) throw new Error('the first test starts the worker');
    const sweep = () => queues().queue('deadlines').getJobScheduler('deadline-sweep');
    expect(await sweep()).toBeTruthy();
    const caseIds = await file(5, 'running');
    await readUntil(
      'the acknowledgements to be sent',
      () => mailStates(),
      (rows) => rows.every((row) => row.status === 'sent'),
    );

    expect(await admin.flushall()).toBe('OK');
    const flushedAt = Date.now();
    const clocks = await triageDueIn(caseIds, 3);
    expect(clocks).toHaveLength(5);
    const dueAt = Math.max(...clocks.map((clock) => new Date(clock.due_at).getTime()));

    await waitFor('the sweep scheduler to be back', sweep);
    const reinstalledAt = Date.now();
    const ids = clocks.map((clock) => clock.id);
    const [fired] = await readUntil(
      'the new clocks to be breached',
      () => clockStates(ids),
      ([state]) => state.breached === ids.length && state.events === ids.length,
    );
    await readUntil(
      'the breach notices to be sent',
      () => mailStates(),
      (rows) => rows.every((row) => row.status === 'sent'),
    );
    // The log line and the scheduler in Redis reach the test by different paths: wait for the line.
    await waitForOutput(worker, 'sweep scheduler missing from Redis');
    console.log(
      `FLUSHALL under a running worker: sweep scheduler back ${seconds(reinstalledAt - flushedAt)} after the flush; ` +
        `the ${ids.length} new clocks breached ${seconds((fired.last_event?.getTime() ?? Date.now()) - dueAt)} after due`,
    );
    await expectAllFiredAndSentOnce(ids);
  });
});
