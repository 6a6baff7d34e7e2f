import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/persistence';
import { databaseUrl, templateDatabase, TEST_SERVER_URL, uniqueName } from './test-env';

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
  // CREATE DATABASE … TEMPLATE fails while another session copies the template: retry briefly.
  for (let attempt = 0; ; attempt += 1) {
    try {
      await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabase()}"`));
      break;
    } catch (error) {
      if (attempt >= 20 || (error as { code?: string }).code !== '55006') throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
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
