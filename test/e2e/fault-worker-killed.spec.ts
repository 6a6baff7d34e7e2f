import type { ParsedMail } from 'mailparser';
import { Stack, startStack } from '../support/case-factory';
import { complaintBody } from '../support/lifecycle-client';
import { AppProcess, assertBuilt, exited, spawnApp, waitForOutput } from '../support/processes';
import { uniqueName } from '../support/test-env';
import { readUntil, waitFor } from '../support/wait';

// Fault test of the notifications issue: the worker dies (SIGKILL) in the middle of sending. A
// new worker takes over the jobs the dead one held (BullMQ's stalled-job check, after the lock).

const COMPLAINTS = 40;
/** The sink holds each message this long before its 250 reply, so that sends are in flight. */
const SMTP_DELAY_MS = 1_500;

const keyOf = (mail: ParsedMail) => {
  const key = mail.headers.get('x-message-key');
  return typeof key === 'string' ? key : '';
};

jest.setTimeout(150_000);

describe('the worker killed (SIGKILL) with emails in flight', () => {
  let stack: Stack;
  let env: Record<string, string>;
  const workers: AppProcess[] = [];

  const startWorker = async () => {
    const worker = spawnApp('worker', env);
    workers.push(worker);
    await waitForOutput(worker, 'worker started');
    return worker;
  };

  beforeAll(async () => {
    assertBuilt();
    // The api in the test process (it writes and relays); the built worker as its own process.
    stack = await startStack({ env: { QUEUE_PREFIX: uniqueName('ccfaultkill') } });
    env = {
      DATABASE_URL: stack.db.url,
      REDIS_URL: stack.config.redis.url,
      QUEUE_PREFIX: stack.config.redis.prefix,
      SMTP_URL: stack.smtp.url,
      LOG_LEVEL: 'info',
    };
  });

  afterAll(async () => {
    // (A process ended by a signal keeps exitCode null: only the ones still running are waited for.)
    const running = workers.filter((worker) => worker.exitCode === null && worker.signalCode === null);
    for (const worker of running) worker.kill('SIGTERM');
    await Promise.all(running.map((worker) => exited(worker)));
    await stack?.stop();
  });

  it('a restarted worker sends every notification, none lost and none twice', async () => {
    const { smtp, http, dataSource } = stack;
    smtp.slowDown(SMTP_DELAY_MS);
    const first = await startWorker();
    for (let i = 0; i < COMPLAINTS; i += 1) {
      const consumer = { ...(complaintBody().consumer as object), email: `killed-${i}@example.vn` };
      await http.post('/api/v1/complaints').send(complaintBody({ consumer })).expect(201);
    }

    // Kill the worker while the sink holds messages awaiting their reply, once every message it
    // already accepted is recorded as sent. (A kill between a 250 reply and that record would send
    // the message again: delivery is at least once, and X-Message-Key lets a reader see it.)
    // The sink answers nothing from the moment the kill is decided until it has seen the worker's
    // connections close: no reply can slip out meanwhile, however slow the machine.
    const sentRows = async () =>
      (await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM notifications WHERE status = 'sent'`))[0]
        .n;
    await waitFor(
      'a few messages accepted and several in flight',
      () => smtp.messages.length >= 5 && smtp.inFlight >= 3,
    );
    smtp.pauseReplies();
    await readUntil(
      'every accepted message to be recorded as sent',
      async () => ({ sent: await sentRows(), accepted: smtp.messages.length }),
      ({ sent, accepted }) => sent === accepted,
    );
    const atKill = { accepted: smtp.messages.length, inFlight: smtp.inFlight };
    first.kill('SIGKILL');
    expect(await exited(first)).toBeNull(); // killed by the signal, no exit code
    const killedAt = Date.now();
    const unsent = COMPLAINTS - (await sentRows());
    expect(atKill.inFlight).toBeGreaterThan(0);
    await waitFor('the sink to see the killed worker hang up', () => smtp.abandoned === smtp.inFlight);
    smtp.resumeReplies();

    await startWorker();
    // The new worker takes over the dead one's jobs only once their locks have expired.
    const rows = await readUntil(
      'every notification to be sent',
      () =>
        dataSource.query<{ id: string; status: string; attempts: number }[]>(
          `SELECT id, status, attempts FROM notifications`,
        ),
      (all) => all.length >= COMPLAINTS && all.every((row) => row.status === 'sent'),
      { timeoutMs: 120_000 },
    );
    console.log(
      `worker killed with ${atKill.accepted} accepted, ${atKill.inFlight} in flight, ${unsent} rows unsent; ` +
        `all ${rows.length} sent ${Date.now() - killedAt} ms after the kill; ${smtp.discarded} message(s) dropped unanswered`,
    );

    // Exactly one message per notification: each key once, none missing, none extra.
    const keys = smtp.messages.map(keyOf).sort();
    expect(keys).toEqual(rows.map((row) => row.id).sort());
    expect(smtp.messages).toHaveLength(rows.length);
    expect(smtp.discarded).toBeGreaterThan(0); // the kill did cut sends short
  });
});
