import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '@app/config';
import { checkPostgres, checkRedis, closeOnSignals, runMain, StartupError } from '@app/observability';
import { MissingJobHandlersError } from '@app/queue';
import { WorkerModule } from './worker.module';

runMain('worker', async () => {
  const config = loadConfig();
  await checkPostgres(config.database.url);
  await checkRedis(config.redis.url);
  try {
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
      bufferLogs: true,
      abortOnError: false,
    });
    app.useLogger(app.get(Logger));
    closeOnSignals(app, 'worker');
    process.stdout.write('worker started\n');
  } catch (error) {
    if (error instanceof MissingJobHandlersError) throw new StartupError(error.message);
    throw error;
  }
});
