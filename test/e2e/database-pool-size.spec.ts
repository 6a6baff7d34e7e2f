import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { startWorker } from '../support/test-app';
import { Stack, startStack } from '../support/stack';

// DATABASE_POOL_SIZE bounds the connections of the api and of the worker, each.

async function backendsServing(dataSource: DataSource, count: number): Promise<number> {
  const rows = await Promise.all(
    Array.from({ length: count }, () =>
      dataSource.query<{ pid: number }[]>('SELECT pg_backend_pid() AS pid, pg_sleep(0.05)'),
    ),
  );
  return new Set(rows.map(([row]) => row.pid)).size;
}

describe('DATABASE_POOL_SIZE', () => {
  let stack: Stack;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    stack = await startStack({ env: { DATABASE_POOL_SIZE: '4' } });
    worker = await startWorker(stack.config);
  });
  afterAll(async () => {
    await worker?.close();
    await stack?.stop();
  });

  it('is read from the environment', () => {
    expect(stack.config.database.poolSize).toBe(4);
  });

  it('bounds the api’s connections', async () => {
    expect(await backendsServing(stack.api.get(DataSource), 16)).toBe(4);
  });

  it('bounds the worker’s connections', async () => {
    expect(await backendsServing(worker.get(DataSource), 16)).toBe(4);
  });
});
