import { assertBuilt, closedPort, runToExit } from '../support/processes';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { TEST_REDIS_URL, TEST_SERVER_URL } from '../support/test-env';

const SECRET = 'pa55-never-printed';

// The built entrypoints, started as an operator would start them. "By itself": `runToExit` kills a
// process still running after its deadline and fails the test, so one that retried for ever fails;
// no wall-clock threshold here (a slow or busy machine took 20 s just to load node and Nest).
describe.each(['api', 'worker'] as const)('%s start-up with a bad environment', (app) => {
  let db: TestDatabase;

  beforeAll(async () => {
    assertBuilt();
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('exits non-zero by itself, naming the PostgreSQL host, never the password', async () => {
    const port = await closedPort();
    const run = await runToExit(app, {
      DATABASE_URL: `postgres://cc:${SECRET}@127.0.0.1:${port}/cc`,
      REDIS_URL: TEST_REDIS_URL,
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`Cannot reach PostgreSQL at 127.0.0.1:${port}`);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(run.stderr).not.toMatch(/\n\s+at /); // one readable message, no stack trace
  });

  it('exits non-zero by itself, naming the Redis host, never the password', async () => {
    const port = await closedPort();
    const run = await runToExit(app, { DATABASE_URL: db.url, REDIS_URL: `redis://:${SECRET}@127.0.0.1:${port}` });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`Cannot reach Redis at 127.0.0.1:${port}`);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });

  it('names each invalid variable (PORT=abc, SMTP_URL=nope) in one message', async () => {
    const run = await runToExit(app, { DATABASE_URL: db.url, PORT: 'abc', SMTP_URL: 'nope' });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/Invalid configuration:\n\s+- PORT: .+\n\s+- SMTP_URL: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('database creation at start-up', () => {
  it('the api creates its database when it does not exist', async () => {
    assertBuilt();
    const name = `cc_t_created_${Date.now().toString(36)}`;
    const port = await closedPort();
    // Redis closed: the api stops right after the PostgreSQL check, which has created the database.
    const run = await runToExit('api', {
      DATABASE_URL: `${TEST_SERVER_URL}/${name}`,
      REDIS_URL: `redis://127.0.0.1:${port}`,
    });
    expect(run.stderr).toContain('Cannot reach Redis');
    const { Client } = await import('pg');
    const client = new Client({ connectionString: `${TEST_SERVER_URL}/postgres` });
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      expect(found.rowCount).toBe(1);
      await client.query(`DROP DATABASE "${name}"`);
    } finally {
      await client.end();
    }
  });
});
