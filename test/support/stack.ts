import { INestApplication, INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { seedDemoData } from '@app/persistence';
import { SmtpSink } from './smtp-sink';
import { startApi, startWorker } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';
import { testConfig } from './test-env';

export type Http = ReturnType<typeof request>;

/** The demo accounts' password with `seed: true`. */
export const PASSWORD = 'e2e-demo-password';

export interface StackOptions {
  /** Also start the worker, sending to the SMTP sink. */
  worker?: boolean;
  /** Seed the demo data: with this password for its accounts, or with PASSWORD for `true`. */
  seed?: boolean | string;
  /** Further configuration variables, e.g. TRACKING_CODE_PREFIX or EVIDENCE_DIR. */
  env?: Record<string, string>;
}

export interface Stack {
  db: TestDatabase;
  dataSource: DataSource;
  http: Http;
  smtp: SmtpSink;
  config: AppConfig;
  api: INestApplication;
  /** Closes the worker, the api and the SMTP sink, then drops the database. */
  stop: () => Promise<void>;
}

/** A fresh database (seeded if asked), an SMTP sink, the api and optionally the worker, all in the test process. */
export async function startStack({ worker = false, seed = false, env = {} }: StackOptions = {}): Promise<Stack> {
  const db = await createTestDatabase();
  const smtp = new SmtpSink();
  let api: INestApplication | undefined;
  let work: INestApplicationContext | undefined;
  const stop = async () => {
    await work?.close();
    await api?.close();
    await smtp.stop();
    await db.drop();
  };
  try {
    await smtp.start();
    const dataSource = await db.dataSource();
    const password = seed === true ? PASSWORD : seed || undefined;
    if (password) await seedDemoData(dataSource, password);
    const config = testConfig({
      ...(password && { DEMO_PASSWORD: password }),
      ...env,
      DATABASE_URL: db.url,
      SMTP_URL: smtp.url,
    });
    api = await startApi(config);
    if (worker) work = await startWorker(config);
    return { db, dataSource, http: request(api.getHttpServer()), smtp, config, api, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
