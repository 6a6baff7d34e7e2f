// npm run seed:demo — demo staff accounts (one per role) and a handful of demo cases. Idempotent.
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { runMain } from '@app/observability';
import { dataSourceOptions, seedDemoData } from '@app/persistence';

runMain('seed:demo', async () => {
  const config = loadConfig();
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
