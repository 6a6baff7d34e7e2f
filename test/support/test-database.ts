import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/persistence';
import { databaseUrl, templateDatabase, TEST_SERVER_URL, uniqueName } from './test-env';
import { waitFor } from './wait';

export interface TestDatabase {
  name: string;
  url: string;
  dataSource: () => Promise<DataSource>;
  drop: () => Promise<void>;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${TEST_SERVER_URL}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file, copied from the migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = uniqueName('cc_t');
  // CREATE DATABASE … TEMPLATE fails while another session copies the template: retry until it is
  // free, for a time rather than a number of attempts (a copy takes longer on a slower machine).
  let busy = '';
  await waitFor(
    'the template database to be free to copy',
    async () => {
      try {
        await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabase()}"`));
        return true;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006') throw error;
        busy = (error as Error).message;
        return false;
      }
    },
    { intervalMs: 100 + Math.random() * 200, describe: () => busy },
  );
  const url = databaseUrl(name);
  const sources: DataSource[] = [];
  return {
    name,
    url,
    dataSource: async () => {
      const source = await new DataSource(dataSourceOptions(url)).initialize();
      sources.push(source);
      return source;
    },
    drop: async () => {
      await Promise.all(sources.filter((s) => s.isInitialized).map((s) => s.destroy()));
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
