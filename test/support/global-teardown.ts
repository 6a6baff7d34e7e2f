import { Client } from 'pg';
import { TEST_SERVER_URL } from './test-env';

/** Drops this run's template database (each test file drops its own copy). */
export default async function globalTeardown(): Promise<void> {
  const template = process.env.CC_TEST_TEMPLATE;
  if (!template) return;
  delete process.env.CC_TEST_TEMPLATE;
  const admin = new Client({ connectionString: `${TEST_SERVER_URL}/postgres` });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
