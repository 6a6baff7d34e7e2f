// npm run keys:rotate — re-encrypts the sensitive fields under the first key of DATA_ENCRYPTION_KEYS
// (older keys and plain text alike), in batches; idempotent and resumable. README: Key rotation.
import { DataSource } from 'typeorm';
import { describeEndpoint, loadConfig } from '@app/config';
import { runMain } from '@app/observability';
import { dataSourceOptions, installDataKeys, rotateEncryptedFields } from '@app/persistence';

runMain('keys:rotate', async () => {
  const config = loadConfig();
  installDataKeys(config.dataEncryption);
  const dataSource = await new DataSource(dataSourceOptions(config.database.url)).initialize();
  try {
    const keyId = config.dataEncryption.current.id;
    process.stdout.write(`Re-encrypting under key ${keyId} on ${describeEndpoint(config.database.url)}…\n`);
    const results = await rotateEncryptedFields(dataSource, config.dataEncryption);
    for (const r of results) {
      process.stdout.write(
        `${r.field}: ${r.reencrypted} re-encrypted, ${r.changedMeanwhile} changed meanwhile, ${r.unreadable} unreadable\n`,
      );
    }
    const left = results.reduce((sum, r) => sum + r.changedMeanwhile + r.unreadable, 0);
    if (left > 0) {
      // Changed meanwhile: run again. Unreadable: under a key no longer listed (put it back), or altered.
      process.stdout.write(
        `${left} value(s) not under key ${keyId} yet: keep the old keys; run again, and for unreadable ones ` +
          'list the key they were encrypted with in DATA_ENCRYPTION_KEYS.\n',
      );
      process.exitCode = 2;
    } else {
      process.stdout.write(`Every value is under key ${keyId}: the older keys can be removed.\n`);
    }
  } finally {
    await dataSource.destroy();
  }
});
