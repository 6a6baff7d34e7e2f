import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@app/config';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/bootstrap/configure-app';
import { WorkerModule } from '../../apps/worker/src/worker.module';

/** The api exactly as main.ts configures it, listening on a free port. */
export async function startApi(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true, abortOnError: false });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  return app;
}

/** The worker as its own entrypoint builds it (no HTTP), in the test process. */
export async function startWorker(config: AppConfig): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: false,
    abortOnError: false,
  });
  return worker;
}
