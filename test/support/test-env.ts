import { createHash, randomBytes } from 'node:crypto';
import { AppConfig, loadConfig, RATE_LIMIT_NAMES } from '@app/config';
import { installDataKeys, parseDataKeyring } from '@app/persistence/crypto';

/** The server the tests use; CI and developers have PostgreSQL and Redis on their default ports. */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** This run's migrated template database, named by global setup. */
export function templateDatabase(): string {
  const name = process.env.CC_TEST_TEMPLATE;
  if (!name)
    throw new Error('CC_TEST_TEMPLATE is not set: run the tests through jest (global setup makes the template)');
  return name;
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

export function databaseUrl(name: string): string {
  return `${TEST_SERVER_URL}/${name}`;
}

/**
 * Abuse limits out of the way: most tests send many requests from one address. The limits' own test
 * (test/e2e/rate-limits.spec.ts) sets RATE_LIMITS to small numbers instead.
 */
export const UNLIMITED = RATE_LIMIT_NAMES.map((name) => `${name}=1000000/1`).join(',');

/**
 * The tests' key for the fields encrypted at rest (32 fixed bytes that look random, base64). Installed for the whole
 * test process, so that rows written straight through the entities (case-factory) are encrypted as
 * the api writes them; an app started with testConfig installs the same key.
 */
export const TEST_DATA_KEYS = `test1:${createHash('sha256').update('cc-test-data-key').digest('base64')}`;
installDataKeys(parseDataKeyring(TEST_DATA_KEYS));

/** A validated configuration for a test, as an operator would give it through the environment. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: uniqueName('cctest'),
    JWT_SECRET: 'test-secret-0123456789abcdef',
    DATA_ENCRYPTION_KEYS: TEST_DATA_KEYS,
    RATE_LIMITS: UNLIMITED,
    ...overrides,
  });
}
