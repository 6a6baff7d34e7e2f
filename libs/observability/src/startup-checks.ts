import IORedis from 'ioredis';
import { describeEndpoint } from '@app/config';
import { ensureDatabase } from '@app/persistence';

/** A start-up failure with a message fit for an operator: which service, where, and why. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

function reason(error: unknown): string {
  const e = error as { code?: string; message?: string };
  // Only the error code or a short message: pg and ioredis messages never carry the password,
  // but the URL is not repeated here in any case.
  return e.code ?? (e.message ?? 'unknown error').slice(0, 120);
}

/** Reaches PostgreSQL (creating the database if it is missing) or fails with a readable message. */
export async function checkPostgres(databaseUrl: string): Promise<void> {
  try {
    await ensureDatabase(databaseUrl);
  } catch (error) {
    throw new StartupError(
      `Cannot reach PostgreSQL at ${describeEndpoint(databaseUrl)} (${reason(error)}). Check DATABASE_URL and that the server is running.`,
    );
  }
}

/** Pings Redis once, without retrying for ever, or fails with a readable message. */
export async function checkRedis(redisUrl: string): Promise<void> {
  const client = new IORedis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 5_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new StartupError(
      `Cannot reach Redis at ${describeEndpoint(redisUrl)} (${reason(error)}). Check REDIS_URL and that the server is running.`,
    );
  } finally {
    client.disconnect();
  }
}
