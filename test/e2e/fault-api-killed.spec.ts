import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { allSent, Answer, bodyFor, expectEachEmailOnce, inPool, postComplaint } from '../support/fault-checks';
import { AppProcess, assertBuilt, closedPort, exited, startApp, stopApps } from '../support/processes';
import { SmtpSink } from '../support/smtp-sink';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { TEST_REDIS_URL, UNLIMITED, uniqueName } from '../support/test-env';
import { waitFor } from '../support/wait';

// Issue 12 item 16: an api process killed (SIGKILL) under intake load. Each client retries its
// complaint, with the same Idempotency-Key and body, against the other api or the restarted one
// until it has an answer: no complaint lost, none created twice.

const COMPLAINTS = 150;
const CONCURRENCY = 10;
/** The api is killed once this many complaints have been answered by it. */
const KILL_AFTER = 40;

// Generous: the processes' start-up alone took over a minute on a busy machine (they wait on events, not times).
jest.setTimeout(480_000);

describe('an api process killed (SIGKILL) under intake load', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let smtp: SmtpSink;
  let env: Record<string, string>;
  const processes: AppProcess[] = [];
  const ports: number[] = [];
  /** The api the clients try first, killed mid-load. */
  let victim: AppProcess;

  const startApi = async (port: number) => {
    return startApp('api', { ...env, PORT: String(port), PUBLIC_BASE_URL: `http://127.0.0.1:${port}` }, processes);
  };

  beforeAll(async () => {
    assertBuilt();
    db = await createTestDatabase();
    dataSource = await db.dataSource();
    smtp = await new SmtpSink().start();
    env = {
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: uniqueName('ccapikill'),
      SMTP_URL: smtp.url,
      JWT_SECRET: 'api-killed-e2e-secret-0123456789abcdef',
      RATE_LIMITS: UNLIMITED,
      DEADLINE_SWEEP_INTERVAL: '2',
      LOG_LEVEL: 'info',
    };
    ports.push(await closedPort(), await closedPort());
    [victim] = await Promise.all([...ports.map(startApi), startApp('worker', env, processes)]);
  });

  afterAll(async () => {
    await stopApps(processes);
    await smtp?.stop();
    await db?.drop();
  });

  it('every client gets its complaint filed exactly once: 0 lost, 0 duplicated', async () => {
    const urls = ports.map((port) => `http://127.0.0.1:${port}`);
    const [first] = urls;
    let answeredByVictim = 0;
    let inFlight = 0;
    let failedAttempts = 0;
    let retriedClients = 0;
    let atKill: { inFlight: number; answered: number } | undefined;
    let restarted: Promise<unknown> | undefined;

    const killVictim = async () => {
      atKill = { inFlight, answered: answeredByVictim };
      victim.kill('SIGKILL');
      expect(await exited(victim)).toBeNull(); // ended by the signal
      // The api started again (as an orchestrator replaces a dead replica: on a port of its own,
      // since the kernel may hand the dead one's port to a client connection meanwhile).
      restarted = closedPort().then(async (port) => {
        await startApi(port);
        urls[0] = `http://127.0.0.1:${port}`;
      });
    };

    const answers = await inPool(COMPLAINTS, CONCURRENCY, async (i) => {
      const key = randomUUID();
      const body = bodyFor(`api-killed-${i}`);
      let attempt = 0;
      // Each client starts on the api that will be killed, then alternates between the two.
      const answer = await waitFor(
        `complaint ${i} to be answered`,
        async (): Promise<Answer | false> => {
          const url = urls[attempt % 2];
          attempt += 1;
          inFlight += 1;
          const res = await postComplaint(url, key, body);
          inFlight -= 1;
          if (res.status === 201) {
            if (url === first && !atKill && (answeredByVictim += 1) === KILL_AFTER) await killVictim();
            return res;
          }
          // Refused or cut off (status 0) or a 5xx from a dying process: try again, same key and body.
          if (res.status !== 0 && res.status < 500) throw new Error(`complaint ${i}: unexpected ${res.status}`);
          failedAttempts += 1;
          return false;
        },
        { timeoutMs: 120_000, intervalMs: 100 },
      );
      if (attempt > 1) retriedClients += 1;
      return answer;
    });
    await restarted;
    expect(atKill).toBeDefined();
    expect(atKill?.inFlight).toBeGreaterThan(0); // the kill cut requests short
    expect(failedAttempts).toBeGreaterThan(0);

    // 0 lost: every client holds a tracking code that exists. 0 duplicated: one case per key.
    const cases = await dataSource.query<{ id: string; tracking_code: string }[]>(
      `SELECT id, tracking_code FROM cases`,
    );
    const codes = new Set(cases.map((c) => c.tracking_code));
    expect(answers.filter((a) => !a.trackingCode || !codes.has(a.trackingCode))).toEqual([]);
    expect(cases).toHaveLength(COMPLAINTS);
    expect(cases.map((c) => c.id).sort()).toEqual(answers.map((a) => a.id).sort());

    // The acknowledgements too: one per complaint, each received once.
    await allSent(dataSource, 'every acknowledgement to be sent', 120_000);
    expect(await expectEachEmailOnce(dataSource, smtp)).toBe(COMPLAINTS);
    console.log(
      `api killed after ${atKill?.answered} answers with ${atKill?.inFlight} requests in flight; ` +
        `${failedAttempts} attempts failed, ${retriedClients} clients retried; ${cases.length} cases for ${COMPLAINTS} keys; ` +
        `${COMPLAINTS} acknowledgements, none twice`,
    );
  });
});
