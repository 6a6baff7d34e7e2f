// Jest's moduleNameMapper does not apply to global setup: resolve @app/* through tsconfig paths.
import 'tsconfig-paths/register';
import { Client } from 'pg';
import { migrateDatabase } from '@app/persistence';
import { databaseUrl, TEST_SERVER_URL } from './test-env';

// Databases of runs that ended more than this long ago are left-overs (e.g. an interrupted run).
const STALE_AFTER_MS = 2 * 3600 * 1000;

function createdAt(name: string): number {
  const stamp = /^cc_(?:t|tpl)_([0-9a-z]+)/.exec(name)?.[1];
  return stamp ? parseInt(stamp, 36) : Number.NaN;
}

/**
 * Builds this run's template database once: migrations and reference data applied. Each test
 * file copies it into a database of its own (test-database.ts), which takes milliseconds. Each
 * run has its own template, so that two runs on one machine never disturb each other.
 */
export default async function globalSetup(): Promise<void> {
  // Each jest project (integration, e2e) declares this hook; build the template once per run.
  if (process.env.CC_TEST_TEMPLATE) return;
  const template = `cc_tpl_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: `${TEST_SERVER_URL}/postgres` });
  await admin.connect();
  try {
    const all = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'cc\\_t%'`);
    for (const { datname } of all.rows) {
      if (Date.now() - createdAt(datname) > STALE_AFTER_MS) {
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    }
  } finally {
    await admin.end();
  }
  await migrateDatabase(databaseUrl(template));
  // Jest starts its workers after global setup: they inherit this.
  process.env.CC_TEST_TEMPLATE = template;
}
