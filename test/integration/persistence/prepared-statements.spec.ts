import { DataSource, QueryFailedError } from 'typeorm';
import {
  dataSourceOptions,
  NEXT_TRACKING_VALUE_SQL,
  prepared,
  PREPARED_MARK,
  runAsOneStatement,
} from '@app/persistence';
import { createTestDatabase, TestDatabase } from '../../support/test-database';
import { waitFor } from '../../support/wait';

// The intake's one statement is several kilobytes of SQL: sent as a named statement it is parsed and
// planned once per connection, then only bound and executed (bench/intake). One connection here, so
// that pg_prepared_statements (which lists the current session's statements) sees every call.

describe('statements marked prepared()', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let admin: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    const options = dataSourceOptions(db.url);
    dataSource = await new DataSource({ ...options, extra: { ...options.extra, max: 1 } }).initialize();
    admin = await db.dataSource();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const preparedOnThisConnection = () =>
    dataSource.query<{ name: string; statement: string }[]>(
      `SELECT name, statement FROM pg_prepared_statements WHERE NOT from_sql ORDER BY prepare_time`,
    );

  it('are prepared once per connection under a name, and answer with their rows each time', async () => {
    const sql = prepared('SELECT $1::int + 1 AS n');
    expect(await dataSource.query(sql, [1])).toEqual([{ n: 2 }]);
    expect(await dataSource.query(sql, [41])).toEqual([{ n: 42 }]);
    const statements = (await preparedOnThisConnection()).filter((s) => s.statement === sql);
    expect(statements).toHaveLength(1);
    expect(statements[0].name).toMatch(/^cc_[0-9a-f]{24}$/);
  });

  it('leaves an unmarked statement unnamed', async () => {
    await dataSource.query('SELECT $1::int * 2 AS n', [21]);
    expect((await preparedOnThisConnection()).map((s) => s.statement)).not.toContain('SELECT $1::int * 2 AS n');
  });

  it('runs the intake’s one statement as a named statement', async () => {
    const numbered = () =>
      runAsOneStatement<{ n: string }>(
        dataSource.manager,
        [{ name: 'seq', sql: NEXT_TRACKING_VALUE_SQL, parameters: ['PS', 2026] }],
        'SELECT last_value::text AS n FROM seq',
      );
    expect(await numbered()).toEqual([{ n: '1' }]);
    expect(await numbered()).toEqual([{ n: '2' }]);
    const statements = (await preparedOnThisConnection()).filter((s) => s.statement.startsWith(`${PREPARED_MARK}WITH`));
    expect(statements).toHaveLength(1);
  });

  it('fails as TypeORM reports a failed query, with the server’s error code (the intake’s retry race reads it)', async () => {
    const insert = prepared('INSERT INTO tracking_sequences (prefix, year, last_value) VALUES ($1, $2, 0)');
    await dataSource.query(insert, ['DU', 2026]);
    const error: unknown = await dataSource.query(insert, ['DU', 2026]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryFailedError);
    expect((error as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('23505');
  });

  it('are prepared again on a new connection after the server ended the old one', async () => {
    const sql = prepared('SELECT $1::text AS echo');
    expect(await dataSource.query(sql, ['before'])).toEqual([{ echo: 'before' }]);
    const [{ pid }] = await dataSource.query<{ pid: number }[]>('SELECT pg_backend_pid() AS pid');
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await waitFor('the statement to run on a new connection', async () => {
      try {
        return (await dataSource.query(sql, ['after']))[0]?.echo === 'after';
      } catch {
        return false; // the query that met the ended connection
      }
    });
    const [{ pid: now }] = await dataSource.query<{ pid: number }[]>('SELECT pg_backend_pid() AS pid');
    expect(now).not.toBe(pid);
  });
});
