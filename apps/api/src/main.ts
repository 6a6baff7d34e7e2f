import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@app/config';
import { checkPostgres, checkRedis, runMain } from '@app/observability';
import { AppModule } from './app.module';
import { configureApp } from './bootstrap/configure-app';

runMain('api', async () => {
  const config = loadConfig();
  // Fail in seconds, naming the unreachable service, before Nest starts retrying.
  await checkPostgres(config.database.url);
  await checkRedis(config.redis.url);
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true, abortOnError: false });
  configureApp(app);
  await app.listen(config.port);
  process.stdout.write(`api listening on ${config.publicBaseUrl} (OpenAPI: ${config.publicBaseUrl}/api/docs)\n`);
});
