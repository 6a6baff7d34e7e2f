import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createStaff } from '../support/case-factory';
import {
  allSent,
  Answer,
  bodyFor,
  ClockDriver,
  expectEachEmailOnce,
  inPool,
  postComplaint,
} from '../support/fault-checks';
import { AppProcess, assertBuilt, closedPort, startApp, stopApps } from '../support/processes';
import { SmtpSink } from '../support/smtp-sink';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { TEST_REDIS_URL, UNLIMITED, uniqueName } from '../support/test-env';

// Issue 12 item 15: two built api processes and two built worker processes on one PostgreSQL and
// one Redis, as a deployment with replicas runs. Under intake load spread over both apis (some
// requests retried on the other api, some sent to both at once) each complaint is created once,
// each email sent once, and each step of the legal clocks taken once while both workers run.

const COMPLAINTS = 200;
const CONCURRENCY = 8;
/** Every RETRY_EVERY-th complaint is sent again to the other api once answered. */
const RETRY_EVERY = 10;
/** Every RACE_EVERY-th complaint is sent to both apis at the same moment. */
const RACE_EVERY = 25;
/** The cases whose triage clock is made to remind, then breach, while both workers run. */
const CLOCKS = 60;

// Generous: the processes' start-up alone took over a minute on a busy machine (they wait on events, not times).
jest.setTimeout(480_000);

describe('two api and two worker processes on one PostgreSQL and Redis', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let smtp: SmtpSink;
  let prefix: string;
  const urls: string[] = [];
  const processes: AppProcess[] = [];

  beforeAll(async () => {
    assertBuilt();
    db = await createTestDatabase();
    dataSource = await db.dataSource();
    smtp = await new SmtpSink().start();
    prefix = uniqueName('ccreplicas');
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      SMTP_URL: smtp.url,
      // The same secret on every replica, as a deployment has it (a retry's access key derives from it).
      JWT_SECRET: 'replicas-e2e-secret-0123456789abcdef',
      RATE_LIMITS: UNLIMITED,
      DEADLINE_SWEEP_INTERVAL: '2',
      LOG_LEVEL: 'info',
    };
    const ports = [await closedPort(), await closedPort()];
    await Promise.all([
      ...ports.map((port) =>
        startApp('api', { ...env, PORT: String(port), PUBLIC_BASE_URL: `http://127.0.0.1:${port}` }, processes),
      ),
      startApp('worker', env, processes),
      startApp('worker', env, processes),
    ]);
    urls.push(...ports.map((port) => `http://127.0.0.1:${port}`));
  });

  afterAll(async () => {
    await stopApps(processes);
    await smtp?.stop();
    await db?.drop();
  });

  it('creates each complaint once, sends each email once and takes each clock step once', async () => {
    let retried = 0;
    let raced = 0;
    const same = (a: Answer, b: Answer) =>
      expect({ status: b.status, id: b.id, trackingCode: b.trackingCode, accessKey: b.accessKey }).toEqual({
        status: 201,
        id: a.id,
        trackingCode: a.trackingCode,
        accessKey: a.accessKey,
      });
    const answers = await inPool(COMPLAINTS, CONCURRENCY, async (i) => {
      const key = randomUUID();
      const body = bodyFor(`replica-${i}`);
      const [first, other] = i % 2 === 0 ? urls : [...urls].reverse();
      if (i % RACE_EVERY === 0) {
        const [a, b] = await Promise.all([postComplaint(first, key, body), postComplaint(other, key, body)]);
        expect(a.status).toBe(201);
        same(a, b);
        raced += 1;
        return a;
      }
      const answer = await postComplaint(first, key, body);
      expect(answer.status).toBe(201);
      if (i % RETRY_EVERY === 0) {
        same(answer, await postComplaint(other, key, body));
        retried += 1;
      }
      return answer;
    });

    // Each complaint once: as many cases as complaints, the very cases the answers named.
    const cases = await dataSource.query<{ id: string; tracking_code: string }[]>(
      `SELECT id, tracking_code FROM cases`,
    );
    expect(cases).toHaveLength(COMPLAINTS);
    expect(cases.map((c) => c.id).sort()).toEqual(answers.map((a) => a.id).sort());
    expect(new Set(cases.map((c) => c.tracking_code)).size).toBe(COMPLAINTS);

    // Each acknowledgement sent once, though both workers take from the same queues.
    await allSent(dataSource, 'every acknowledgement to be sent', 120_000);
    const acknowledgements = await expectEachEmailOnce(dataSource, smtp);
    expect(acknowledgements).toBe(COMPLAINTS);

    // Clock steps while both workers run: a reminder, then the breach, of CLOCKS triage clocks.
    const [{ code }] = await dataSource.query<{ code: string }[]>(
      `SELECT o.code FROM organisations o JOIN cases c ON c.handling_org_id = o.id LIMIT 1`,
    );
    await createStaff(dataSource, {
      email: 'replica-supervisor@example.vn',
      role: 'officer',
      orgCode: code,
      supervisor: true,
    });
    const clocks = new ClockDriver(dataSource, TEST_REDIS_URL, prefix);
    try {
      const ids = await clocks.remindersDue(answers.slice(0, CLOCKS).map((a) => a.id as string));
      expect(ids).toHaveLength(CLOCKS);
      await clocks.waitForStep(ids, 'remind', 120_000);
      await clocks.breachesDue(ids);
      await clocks.waitForStep(ids, 'breach', 120_000);
      await allSent(dataSource, 'every clock email to be sent', 120_000);
      const steps = await clocks.expectStepsOnce(ids);
      const emails = await expectEachEmailOnce(dataSource, smtp);
      expect(emails).toBe(COMPLAINTS + steps.reminders + steps.breaches);
      console.log(
        `replicas: ${COMPLAINTS} complaints over 2 apis (${retried} retried on the other api, ${raced} sent to both at once), ` +
          `${cases.length} cases; ${CLOCKS} clocks: ${steps.reminders} reminder and ${steps.breaches} breach emails, ` +
          `1 breach event each; ${emails} emails, none twice`,
      );
    } finally {
      await clocks.close();
    }
  });
});
