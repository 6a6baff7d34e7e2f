// npm run db:migrate — creates the database if missing, applies migrations, refreshes reference data.
import { describeEndpoint, loadConfig } from '@app/config';
import { runMain } from '@app/observability';
import { installDataKeys, migrateDatabase } from '@app/persistence';

runMain('db:migrate', async () => {
  const config = loadConfig();
  // Migrations move data in SQL only; the keys are installed so that any entity read stays readable.
  installDataKeys(config.dataEncryption);
  const report = await migrateDatabase(config.database.url);
  const where = describeEndpoint(config.database.url);
  process.stdout.write(
    `${report.databaseCreated ? 'Created the database. ' : ''}Migrations applied on ${where}: ${report.applied.length ? report.applied.join(', ') : 'none pending'}.\n` +
      `Reference data: ${report.reference.communes} communes, ${report.reference.sectors} sectors, ${report.reference.organisations} organisations.\n`,
  );
});
