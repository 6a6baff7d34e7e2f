import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { waitFor } from '../support/wait';

// A restart of PostgreSQL ends every server connection; pg reports it as an 'error' event on each
// client. pg-pool stops listening to a client while it is checked out, so a held client whose
// connection ends with no listener of its holder would throw an uncaught exception and take the api
// or the worker down (seen once on CI in the restart fault test). The data source's clients log it.

describe('a PostgreSQL connection ended under a held client', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let admin: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await db.dataSource();
    admin = await db.dataSource();
  });
  afterAll(() => db?.drop());

  it('is reported on the client and lost, without an uncaught exception', async () => {
    const pool = (dataSource.driver as PostgresDriver).master as Pool;
    // Held as a library would hold it: checked out, no listener of its own.
    const held: PoolClient = await pool.connect();
    const pid = (held as unknown as { processID: number }).processID;
    const ended = new Promise<void>((resolve) => held.once('end', () => resolve()));
    expect(held.listenerCount('error')).toBeGreaterThan(0);
    await admin.query(`SELECT pg_terminate_backend($1)`, [pid]);
    await ended;
    await expect(held.query('SELECT 1')).rejects.toThrow();
    held.release(new Error('connection lost'));
    // The pool goes on with new connections.
    await waitFor('a new connection to answer', async () => {
      const [{ n }] = await dataSource.query<{ n: number }[]>(`SELECT 1 AS n`);
      return n === 1;
    });
  });
});
