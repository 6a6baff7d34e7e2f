import request from 'supertest';
import { seedDemoData } from '@app/persistence';
import { AppProcess, assertBuilt, closedPort, exited, spawnApp, waitForOutput } from '../support/processes';
import { SmtpSink } from '../support/smtp-sink';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { TEST_REDIS_URL, uniqueName } from '../support/test-env';
import { waitFor } from '../support/wait';

const PASSWORD = 'ops-demo-password';

// The built api and worker as separate processes, as they run in production.
describe('api and worker processes', () => {
  let db: TestDatabase;
  let smtp: SmtpSink;
  let env: Record<string, string>;
  let api: AppProcess;
  let worker: AppProcess;
  let baseUrl: string;

  beforeAll(async () => {
    assertBuilt();
    db = await createTestDatabase();
    await seedDemoData(await db.dataSource(), PASSWORD);
    smtp = await new SmtpSink().start();
    const port = await closedPort();
    baseUrl = `http://127.0.0.1:${port}`;
    env = {
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: uniqueName('ccops'),
      SMTP_URL: smtp.url,
      PORT: String(port),
      PUBLIC_BASE_URL: baseUrl,
      LOG_LEVEL: 'info',
    };
    api = spawnApp('api', env);
    worker = spawnApp('worker', env);
    await waitForOutput(api, 'api listening on');
    await waitForOutput(worker, 'worker started');
  });

  afterAll(async () => {
    for (const child of [api, worker]) if (child && child.exitCode === null) child.kill('SIGKILL');
    await smtp?.stop();
    await db?.drop();
  });

  it('logs JSON lines that carry the request id and no personal data', async () => {
    const requestId = 'ops-test-request-0001';
    const login = await request(baseUrl)
      .post('/api/v1/auth/login')
      .set('X-Request-Id', requestId)
      .send({ email: 'admin@demo.test', password: PASSWORD })
      .expect(200);
    await request(baseUrl)
      .post('/api/v1/admin/mail/test')
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .send({ to: 'private.person@example.org' })
      .expect(202);
    await smtp.waitFor(1);
    await waitForOutput(api, requestId);
    const lines = api.stdoutText.split('\n').filter((line) => line.startsWith('{'));
    const mine = lines.map((line) => JSON.parse(line)).filter((entry) => entry.requestId === requestId);
    expect(mine.length).toBeGreaterThan(0);
    const everything = api.stdoutText + api.stderrText + worker.stdoutText + worker.stderrText;
    for (const personal of ['admin@demo.test', 'private.person@example.org', PASSWORD, login.body.accessToken]) {
      expect(everything).not.toContain(personal);
    }
  });

  it('the worker finishes the job in flight before it exits on SIGTERM', async () => {
    const before = smtp.messages.length;
    // The sink answers nothing until the worker has the signal, so that the send is still in flight
    // then, however fast or slow the machine.
    smtp.pauseReplies();
    const login = await request(baseUrl)
      .post('/api/v1/auth/login')
      .send({ email: 'admin@demo.test', password: PASSWORD });
    await request(baseUrl)
      .post('/api/v1/admin/mail/test')
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .send({ to: 'slow@example.org' })
      .expect(202);
    await waitFor('the worker to be sending the test mail', () => smtp.inFlight > 0);
    worker.kill('SIGTERM');
    await waitForOutput(worker, 'received SIGTERM');
    smtp.resumeReplies();
    expect(await exited(worker)).toBe(0);
    expect(smtp.messages.length).toBe(before + 1);
    // The job was completed (not cut off and left for a retry) before the process ended.
    const processed = worker.stdoutText
      .split('\n')
      .filter((line) => line.includes('"msg":"job processed"') && line.includes('"job":"mail.send"'));
    expect(processed).toHaveLength(before + 1);
  });

  it('the api stops cleanly on SIGTERM', async () => {
    api.kill('SIGTERM');
    expect(await exited(api)).toBe(0);
  });
});
