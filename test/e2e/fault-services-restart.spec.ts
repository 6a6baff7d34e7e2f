import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrateDatabase } from '@app/persistence';
import { createStaff } from '../support/case-factory';
import { allSent, Answer, bodyFor, ClockDriver, expectEachEmailOnce, postComplaint } from '../support/fault-checks';
import { createPrivatePostgres, PrivatePostgres, PrivateRedis, startPrivateRedis } from '../support/private-services';
import { AppProcess, assertBuilt, closedPort, startApp, stopApps } from '../support/processes';
import { SmtpSink } from '../support/smtp-sink';
import { UNLIMITED, uniqueName } from '../support/test-env';
import { waitFor } from '../support/wait';

// Issue 12 item 17: PostgreSQL restarted, then Redis restarted (empty), under a steady intake load,
// with the api and the worker left running. Readiness says 503 while a server is down and 200 once
// it is back, without restarting either process; every complaint accepted is there once, every
// acknowledgement is sent once, and the clock steps that fell due around the restart are taken once.
// Both servers are this file's own (test/support/private-services.ts): the shared ones on 5432 and
// 6379 serve the test files running alongside.

/** Complaints accepted before each restart, and again after it, before the load stops. */
const BEFORE = 15;
const AFTER = 15;
/** Clients filing at once. */
const CLIENTS = 4;
/** Triage clocks that step around each restart. */
const CLOCKS = 10;

// Generous: the processes' start-up alone took over a minute on a busy machine (they wait on events, not times).
jest.setTimeout(480_000);

interface Load {
  accepted: Answer[];
  failedAttempts: number;
  /** Stops the clients once each has its current complaint answered; resolves when they have. */
  stop: () => Promise<void>;
}

/** CLIENTS clients filing complaints one after another, each retried (same key, same body) until answered. */
function steadyLoad(url: string, tag: string): Load {
  let running = true;
  const load = { accepted: [] as Answer[], failedAttempts: 0 } as Load;
  let n = 0;
  const client = async () => {
    while (running) {
      const key = randomUUID();
      const body = bodyFor(`${tag}-${(n += 1)}`);
      const answer = await waitFor(
        `a complaint of the ${tag} load to be answered`,
        async () => {
          const res = await postComplaint(url, key, body);
          if (res.status === 201) return res;
          if (res.status !== 0 && res.status < 500) throw new Error(`unexpected ${res.status} while filing`);
          load.failedAttempts += 1;
          return false;
        },
        { timeoutMs: 120_000, intervalMs: 100 },
      );
      load.accepted.push(answer);
    }
  };
  const clients = Promise.all(Array.from({ length: CLIENTS }, client));
  load.stop = async () => {
    running = false;
    await clients;
  };
  return load;
}

/** The last lines a process printed on stderr and stdout. */
const lastLines = (child: AppProcess) =>
  [child.stderrText, child.stdoutText].map((text) => text.split('\n').slice(-15).join('\n')).join('\n---\n');

describe('PostgreSQL and Redis restarted under load, the api and worker left running', () => {
  let pg: PrivatePostgres | undefined;
  let redis: PrivateRedis | undefined;
  let smtp: SmtpSink | undefined;
  let dataSource: DataSource | undefined;
  let clocks: ClockDriver | undefined;
  let api: AppProcess;
  let worker: AppProcess;
  let url: string;
  const processes: AppProcess[] = [];

  const db = () => dataSource as DataSource;
  const readiness = async () => {
    try {
      return (await request(url).get('/health/ready')).status;
    } catch {
      return 0;
    }
  };
  const stillRunning = () => {
    for (const child of [api, worker]) {
      // What the process last printed, so that an exit says why.
      const last = child.exitCode === null && child.signalCode === null ? '' : lastLines(child);
      expect({ pid: child.pid, exitCode: child.exitCode, signal: child.signalCode, last }).toEqual({
        pid: child.pid,
        exitCode: null,
        signal: null,
        last: '',
      });
    }
  };

  beforeAll(async () => {
    assertBuilt();
    pg = await createPrivatePostgres();
    redis = await startPrivateRedis();
    smtp = await new SmtpSink().start();
    const databaseUrl = `${pg.serverUrl}/cc_restart`;
    await migrateDatabase(databaseUrl);
    dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
    const prefix = uniqueName('ccrestart');
    const port = await closedPort();
    url = `http://127.0.0.1:${port}`;
    const env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: prefix,
      SMTP_URL: smtp.url,
      JWT_SECRET: 'restart-e2e-secret-0123456789abcdef',
      RATE_LIMITS: UNLIMITED,
      DEADLINE_SWEEP_INTERVAL: '2',
      LOG_LEVEL: 'info',
      PORT: String(port),
      PUBLIC_BASE_URL: url,
    };
    [api, worker] = await Promise.all([startApp('api', env, processes), startApp('worker', env, processes)]);
    clocks = new ClockDriver(dataSource, redis.url, prefix);
  });

  afterAll(async () => {
    // Each step on its own: a failure of one still lets the others clean up.
    await stopApps(processes).catch(() => undefined);
    await clocks?.close().catch(() => undefined);
    await smtp?.stop().catch(() => undefined);
    await dataSource?.destroy().catch(() => undefined);
    await redis?.kill().catch(() => undefined);
    await pg?.destroy();
  });

  /**
   * Runs the load, restarts a server once BEFORE complaints are accepted (`down`, then `up` once
   * readiness has said 503 and a client has failed meanwhile), waits for readiness 200 and AFTER
   * more complaints; `clockStep` runs between the load's start and the restart. Returns what it saw.
   */
  async function restartUnderLoad(
    tag: string,
    server: { down: () => Promise<void>; up: () => Promise<void> },
    clockStep: () => Promise<void>,
  ) {
    expect(await readiness()).toBe(200);
    const load = steadyLoad(url, tag);
    try {
      await waitFor(`${BEFORE} complaints before the restart`, () => load.accepted.length >= BEFORE);
      await clockStep();
      const failedBefore = load.failedAttempts;
      await server.down();
      const downAt = Date.now();
      await waitFor('readiness to say 503', async () => (await readiness()) === 503);
      const notReadyAt = Date.now();
      // Down long enough that the load noticed (an event, not a duration).
      await waitFor('a client to fail while the server is down', () => load.failedAttempts > failedBefore);
      const acceptedDown = load.accepted.length;
      await server.up();
      const upAt = Date.now();
      await waitFor('readiness to say 200 again', async () => (await readiness()) === 200, { timeoutMs: 90_000 });
      const readyAt = Date.now();
      const acceptedAt = load.accepted.length;
      await waitFor(`${AFTER} complaints after the restart`, () => load.accepted.length >= acceptedAt + AFTER, {
        timeoutMs: 120_000,
      });
      await load.stop();
      return {
        accepted: load.accepted,
        failedAttempts: load.failedAttempts,
        acceptedDown,
        notReadyMs: readyAt - notReadyAt,
        downMs: upAt - downAt,
        readyAfterUpMs: readyAt - upAt,
      };
    } finally {
      await load.stop();
    }
  }

  /**
   * Every case once, the very ones answered; every email sent once; the clocks `stepping` take their
   * breach, and every clock in `stepped` has taken each step once.
   */
  async function expectNothingLostOrTwice(accepted: Answer[], stepping: string[], stepped: string[]) {
    const cases = await db().query<{ id: string }[]>(`SELECT id FROM cases`);
    expect(cases.map((c) => c.id).sort()).toEqual(accepted.map((a) => a.id).sort());
    await clocks?.waitForStep(stepping, 'breach', 120_000);
    await allSent(db(), 'every email to be sent', 120_000);
    const steps = await clocks?.expectStepsOnce(stepped);
    const emails = await expectEachEmailOnce(db(), smtp as SmtpSink);
    const [{ n: acknowledgements }] = await db().query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notifications WHERE template = 'complaint_received' AND status = 'sent'`,
    );
    expect(acknowledgements).toBe(accepted.length);
    return { cases: cases.length, emails, steps };
  }

  const allAccepted: Answer[] = [];
  let clockIds: string[] = [];

  /** The triage clocks of CLOCKS cases not stepped yet: their reminder is taken now (their breach an hour away). */
  async function remindedClocks(): Promise<string[]> {
    const cases = await db().query<{ id: string }[]>(
      `SELECT d.case_id AS id FROM case_deadlines d
        WHERE d.kind = 'triage' AND d.status = 'pending' AND d.reminders_sent = 0 AND NOT (d.id = ANY($1))
        ORDER BY d.created_at LIMIT $2`,
      [clockIds, CLOCKS],
    );
    const ids = await (clocks as ClockDriver).remindersDue(cases.map((c) => c.id));
    expect(ids).toHaveLength(CLOCKS);
    await clocks?.waitForStep(ids, 'remind', 120_000);
    return ids;
  }

  it('PostgreSQL restarted: readiness 503 then 200, nothing lost or doubled, no process restarted', async () => {
    if (!pg) throw new Error('no PostgreSQL');
    const server = pg;
    // Someone to tell of the clocks' steps: a supervisor of the unit the complaints go to.
    let ids: string[] = [];
    const seen = await restartUnderLoad('pg-restart', { down: server.stop, up: server.start }, async () => {
      const [{ code }] = await db().query<{ code: string }[]>(
        `SELECT o.code FROM organisations o JOIN cases c ON c.handling_org_id = o.id LIMIT 1`,
      );
      await createStaff(db(), {
        email: 'restart-supervisor@example.vn',
        role: 'officer',
        orgCode: code,
        supervisor: true,
      });
      ids = await remindedClocks();
      // The breach falls due now, just as PostgreSQL goes away: taken before, during or after the restart.
      await clocks?.breachesDue(ids);
    });
    allAccepted.push(...seen.accepted);
    clockIds = ids;
    stillRunning();
    const result = await expectNothingLostOrTwice(seen.accepted, ids, ids);
    stillRunning();
    console.log(
      `PostgreSQL restart: down ${seen.downMs} ms; readiness 503 for ${seen.notReadyMs} ms (200 ${seen.readyAfterUpMs} ms after the start); ` +
        `${result.cases} complaints accepted (${seen.acceptedDown} before it came back), ${seen.failedAttempts} attempts failed and were retried; ` +
        `${result.emails} emails, none twice; ${CLOCKS} clocks: ${result.steps?.reminders} reminders, ${result.steps?.breaches} breach emails, 1 breach event each`,
    );
  });

  it('Redis restarted empty: readiness 503 then 200, the queues refilled from PostgreSQL, nothing lost or doubled', async () => {
    if (!redis) throw new Error('no Redis');
    const server = redis;
    let ids: string[] = [];
    const seen = await restartUnderLoad('redis-restart', { down: server.kill, up: server.start }, async () => {
      // Reminded before the restart; the breach's delayed job is then lost with Redis.
      ids = await remindedClocks();
    });
    // Due once Redis is back and empty: only the sweep can bring the step back.
    await clocks?.breachesDue(ids);
    stillRunning();
    const accepted = [...allAccepted, ...seen.accepted];
    const result = await expectNothingLostOrTwice(accepted, ids, [...clockIds, ...ids]);
    stillRunning();
    console.log(
      `Redis restart: down ${seen.downMs} ms; readiness 503 for ${seen.notReadyMs} ms (200 ${seen.readyAfterUpMs} ms after the start); ` +
        `${seen.accepted.length} complaints accepted (${seen.acceptedDown} before it came back), ${seen.failedAttempts} attempts failed and were retried; ` +
        `${result.cases} cases in all; ${result.emails} emails, none twice; ${CLOCKS} more clocks stepped once`,
    );
  });
});
