import { DataSource } from 'typeorm';
import { DEFAULT_POOL_SIZE, dataSourceOptions } from '@app/persistence';
import { createTestDatabase, TestDatabase } from '../../support/test-database';

// How many connections a process opens (DATABASE_POOL_SIZE, default DEFAULT_POOL_SIZE): more
// queries at once than that wait for a connection instead of opening another backend.

/** Runs `count` queries at once, each holding its connection a moment; the backends that served them. */
async function backendsServing(dataSource: DataSource, count: number): Promise<Set<number>> {
  const rows = await Promise.all(
    Array.from({ length: count }, () =>
      dataSource.query<{ pid: number }[]>('SELECT pg_backend_pid() AS pid, pg_sleep(0.05)'),
    ),
  );
  return new Set(rows.map(([row]) => row.pid));
}

describe('the PostgreSQL connection pool', () => {
  let db: TestDatabase;
  const sources: DataSource[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(sources.map((s) => s.destroy()));
    await db?.drop();
  });

  async function open(poolSize?: number): Promise<DataSource> {
    const source = await new DataSource(dataSourceOptions(db.url, { poolSize })).initialize();
    sources.push(source);
    return source;
  }

  it('opens at most the configured number of connections, however many queries wait', async () => {
    const backends = await backendsServing(await open(3), 12);
    expect(backends.size).toBe(3);
  });

  it(`opens at most ${DEFAULT_POOL_SIZE} by default`, async () => {
    expect(DEFAULT_POOL_SIZE).toBe(10);
    const backends = await backendsServing(await open(), 25);
    expect(backends.size).toBe(DEFAULT_POOL_SIZE);
  });
});
