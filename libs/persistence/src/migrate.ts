import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { ensureDatabase } from './ensure-database';
import { ReferenceCounts, syncReferenceData } from './reference/sync-reference-data';

export interface MigrationReport {
  databaseCreated: boolean;
  applied: string[];
  reference: ReferenceCounts;
}

/** Creates the database if needed, applies pending migrations and refreshes reference data. */
export async function migrateDatabase(databaseUrl: string): Promise<MigrationReport> {
  const { created } = await ensureDatabase(databaseUrl);
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const reference = await syncReferenceData(dataSource);
    return { databaseCreated: created, applied: applied.map((m) => m.name), reference };
  } finally {
    await dataSource.destroy();
  }
}
