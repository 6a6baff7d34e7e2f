import IORedis, { RedisOptions } from 'ioredis';

/** A connection suited to BullMQ (blocking commands need maxRetriesPerRequest: null). */
export function createRedisConnection(redisUrl: string, overrides: RedisOptions = {}): IORedis {
  return new IORedis(redisUrl, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    connectTimeout: 5_000,
    ...overrides,
  });
}
