import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@app/config';
import { assertValidMachine } from '@app/domain';
import { checkPostgres, checkRedis, closeOnSignals, runMain } from '@app/observability';
import { AppModule } from './app.module';
import { configureApp } from './bootstrap/configure-app';

runMain('api', async () => {
  const config = loadConfig();
  // The lifecycle table is data: refuse to serve with a broken one.
  assertValidMachine();
  // Fail in seconds, naming the unreachable service, before Nest starts retrying.
  await checkPostgres(config.database.url);
  await checkRedis(config.redis.url);
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true, abortOnError: false });
  configureApp(app);
  closeOnSignals(app, 'api');
  await app.listen(config.port);
  process.stdout.write(`api listening on ${config.publicBaseUrl} (OpenAPI: ${config.publicBaseUrl}/api/docs)\n`);
});
