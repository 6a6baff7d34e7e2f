import type { ParsedMail } from 'mailparser';
import { login, Stack, startStack } from '../support/case-factory';
import { complaintBody } from '../support/lifecycle-client';
import { AppProcess, assertBuilt, closedPort, exited, spawnApp, waitForOutput } from '../support/processes';
import { SmtpSink } from '../support/smtp-sink';
import { uniqueName } from '../support/test-env';
import { readUntil } from '../support/wait';

// Fault test of the notifications issue: the SMTP server is down for 30 s. The emails wait in the
// outbox, retried with the backoff of the retry policy, and go out once the server is back; staff
// see the attempts and the last error of each.

const COMPLAINTS = 3;
const DOWN_MS = 30_000;

interface Row {
  id: string;
  case_id: string;
  status: string;
  attempts: number;
  last_error: string | null;
}

const keyOf = (mail: ParsedMail) => {
  const key = mail.headers.get('x-message-key');
  return typeof key === 'string' ? key : '';
};

jest.setTimeout(150_000);

describe('the SMTP server down for 30 s', () => {
  let stack: Stack;
  let worker: AppProcess;
  let smtpPort: number;
  const sink = new SmtpSink();

  beforeAll(async () => {
    assertBuilt();
    // The api in the test process; the built worker sends to a port where nothing listens yet.
    stack = await startStack({ env: { QUEUE_PREFIX: uniqueName('ccfaultsmtp') } });
    smtpPort = await closedPort();
    worker = spawnApp('worker', {
      DATABASE_URL: stack.db.url,
      REDIS_URL: stack.config.redis.url,
      QUEUE_PREFIX: stack.config.redis.prefix,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      LOG_LEVEL: 'info',
    });
    await waitForOutput(worker, 'worker started');
  });

  afterAll(async () => {
    if (worker && worker.exitCode === null && worker.signalCode === null) {
      worker.kill('SIGTERM');
      await exited(worker);
    }
    await sink.stop();
    await stack?.stop();
  });

  const rows = () =>
    stack.dataSource.query<Row[]>(`SELECT id, case_id, status, attempts, last_error FROM notifications ORDER BY id`);

  it('retries while it is down, delivers each email once when it is back, and shows the attempts to staff', async () => {
    const downSince = Date.now();
    for (let i = 0; i < COMPLAINTS; i += 1) {
      const consumer = { ...(complaintBody().consumer as object), email: `smtp-down-${i}@example.vn` };
      await stack.http.post('/api/v1/complaints').send(complaintBody({ consumer })).expect(201);
    }

    // While the server is down: every email tried, refused, still queued for another attempt.
    let during = await readUntil(
      'every email to have been tried',
      rows,
      (all) => all.length === COMPLAINTS && all.every((row) => row.attempts >= 1),
    );
    // The outage itself lasts DOWN_MS whatever the machine: this pause samples it, it waits for nothing.
    while (Date.now() - downSince < DOWN_MS) {
      during = await rows();
      expect(during.map((row) => row.status)).toEqual(during.map(() => 'queued'));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    for (const row of during) {
      expect(row.attempts).toBeGreaterThanOrEqual(1);
      // nodemailer reports a refused connection as ESOCKET (ECONNREFUSED underneath).
      expect(row.last_error).toMatch(/^(ESOCKET|ECONNREFUSED|ECONNECTION)$/);
    }

    await sink.start(smtpPort);
    const upAt = Date.now();
    // The next retry may be a backoff of 16 or 32 s away: longer than the usual patience.
    const sent = await readUntil('every email to be sent', rows, (all) => all.every((row) => row.status === 'sent'), {
      timeoutMs: 120_000,
    });
    console.log(
      `SMTP down ${upAt - downSince} ms: attempts while down ${during.map((r) => r.attempts).join('/')}, ` +
        `all ${sent.length} sent ${Date.now() - upAt} ms after it came back, attempts ${sent.map((r) => r.attempts).join('/')}, ` +
        `last error ${sent[0].last_error}`,
    );
    for (const row of sent) expect(row.attempts).toBeGreaterThan(1);
    const keys = sink.messages.map((mail) => keyOf(mail)).sort();
    expect(keys).toEqual(sent.map((row) => row.id).sort());

    // What staff see of each email: sent, after how many attempts, and the last error (its code only).
    const admin = await login(stack.http, 'admin@demo.test');
    for (const row of sent) {
      const res = await stack.http
        .get(`/api/v1/cases/${row.case_id}/notifications`)
        .set('Authorization', `Bearer ${admin}`)
        .expect(200);
      expect(res.body).toEqual([
        expect.objectContaining({ id: row.id, status: 'sent', attempts: row.attempts, lastError: row.last_error }),
      ]);
    }
  });
});
