import { DataSource } from 'typeorm';

/**
 * The SQL that `migration:generate` would write for this data source: empty when the
 * migrations and the entities agree.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query.replace(/\s+/g, ' ').trim());
}
