// Jest's moduleNameMapper does not apply to global setup: resolve @app/* through tsconfig paths.
import 'tsconfig-paths/register';
import { Client } from 'pg';
import { migrateDatabase } from '@app/persistence';
import { databaseUrl, TEMPLATE_DATABASE, TEST_SERVER_URL } from './test-env';

/**
 * Builds the template database once per run: migrations and reference data applied. Each test
 * file then copies it into a database of its own (test-database.ts), which takes milliseconds.
 */
export default async function globalSetup(): Promise<void> {
  // Each jest project (integration, e2e) declares this hook; build the template once per run.
  if (process.env.CC_TEST_TEMPLATE_READY === '1') return;
  const admin = new Client({ connectionString: `${TEST_SERVER_URL}/postgres` });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    // Databases left behind by interrupted runs.
    const stale = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'cc_t\\_%' AND datname <> $1`, [
      TEMPLATE_DATABASE,
    ]);
    for (const row of stale.rows as { datname: string }[]) {
      await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
  await migrateDatabase(databaseUrl(TEMPLATE_DATABASE));
  process.env.CC_TEST_TEMPLATE_READY = '1';
}
