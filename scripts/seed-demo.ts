// npm run seed:demo — demo staff accounts (one per role) and a handful of demo cases. Idempotent.
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { runMain } from '@app/observability';
import { dataSourceOptions, installDataKeys, seedDemoData } from '@app/persistence';

runMain('seed:demo', async () => {
  const config = loadConfig();
  if (!config.demoDataAllowed) {
    // Demo accounts have a known password: a production system refuses them unless told otherwise.
    throw new Error(
      'seed:demo refused: NODE_ENV=production (set ALLOW_DEMO_DATA_IN_PRODUCTION=true for a demonstration)',
    );
  }
  installDataKeys(config.dataEncryption);
  const dataSource = await new DataSource(dataSourceOptions(config.database.url)).initialize();
  try {
    const report = await seedDemoData(dataSource, config.demoPassword);
    process.stdout.write(
      `Demo accounts (password from DEMO_PASSWORD): ${report.accounts.join(', ')}\nDemo cases: ${report.cases.join(', ')}\n`,
    );
  } finally {
    await dataSource.destroy();
  }
});
