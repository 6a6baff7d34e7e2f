import { ConsoleLogger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { seedDemoData, UserEntity } from '@app/persistence';
import { JobQueueService } from '@app/queue';
import { AnnualReportCompiler, ReportStore } from '@app/reports';
import { ReportAnnualHandler } from '../../../apps/worker/src/handlers/report-annual.handler';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { createTestDatabase, TestDatabase } from '../../support/test-database';
import { testConfig } from '../../support/test-env';
import { readUntil } from '../../support/wait';

// A report whose compilation fails: each attempt's reason is shown while BullMQ retries it, and the
// last attempt leaves it `failed` (the retry policy is the queue's; two quick attempts here).
describe('report.annual when compiling fails', () => {
  let db: TestDatabase;
  let worker: TestingModule;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await db.dataSource();
    await seedDemoData(dataSource, 'integration-password');
    // The compiler fails as it would with the database gone mid-report; the handler, the store and
    // the queue are the real ones.
    const failing: Pick<AnnualReportCompiler, 'compile'> = {
      compile: () =>
        Promise.reject(Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' })),
    };
    worker = await Test.createTestingModule({
      imports: [WorkerModule.forRoot(testConfig({ DATABASE_URL: db.url }))],
    })
      .overrideProvider(AnnualReportCompiler)
      .useValue(failing)
      .setLogger(new ConsoleLogger({ logLevels: [] }))
      .compile();
    await worker.init();
    await dataSource.query(`CREATE TABLE report_writes (n serial, status text, error text)`);
    await dataSource.query(`CREATE FUNCTION log_report_write() RETURNS trigger AS $$
      BEGIN INSERT INTO report_writes (status, error) VALUES (NEW.status, NEW.error); RETURN NEW; END $$
      LANGUAGE plpgsql`);
    await dataSource.query(
      `CREATE TRIGGER report_writes AFTER UPDATE ON reports FOR EACH ROW EXECUTE FUNCTION log_report_write()`,
    );
  });
  afterAll(async () => {
    await worker?.close();
    await db.drop();
  });

  it('is queued again with the reason after a failed attempt, then failed after the last', async () => {
    const analyst = await dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'analyst@demo.test' });
    const store = worker.get(ReportStore);
    const id = await store.requestAnnual(2025, { from: '2024-11-15', to: '2025-11-14' }, analyst.id);
    await worker
      .get(JobQueueService)
      .enqueue('report.annual', { reportId: id }, { jobId: id, attempts: 2, backoff: { type: 'fixed', delay: 100 } });

    const report = await readUntil(
      'the report to fail',
      () => store.find(id),
      (r) => r?.status === 'failed',
    );
    expect(report).toMatchObject({
      status: 'failed',
      error: 'Error ECONNRESET: Connection terminated unexpectedly',
      finishedAt: expect.any(Date),
    });
    const writes = await dataSource.query<{ status: string; error: string | null }[]>(
      `SELECT status, error FROM report_writes ORDER BY n`,
    );
    expect(writes.map((w) => w.status)).toEqual(['running', 'queued', 'running', 'failed']);
    expect(writes[1].error).toBe('Error ECONNRESET: Connection terminated unexpectedly');
    expect(await store.file(id, 'pdf')).toBeNull();
  });

  it('skips a job whose report id is no uuid, without asking the database', async () => {
    const handler = worker.get(ReportAnnualHandler);
    const job = { attemptsMade: 0, opts: { attempts: 1 } } as Job<{ reportId: string }>;
    for (const reportId of ['', 'not-a-report', "1' OR '1'='1", '00000000-0000-0000-0000-00000000000g']) {
      await expect(handler.handle({ reportId }, job)).resolves.toEqual({ status: 'skipped', reason: 'no such report' });
    }
  });
});
