import { ConsoleLogger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { JOB_CATALOGUE, JOB_CATALOGUE_TOKEN, JobQueueService, MissingJobHandlersError } from '@app/queue';
import { OutboxDrainService } from '../../../apps/worker/src/notifications/outbox-drain.service';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { startWorker } from '../../support/test-app';
import { createTestDatabase, TestDatabase } from '../../support/test-database';
import { testConfig } from '../../support/test-env';

describe(WorkerModule.name, () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('starts when every job type of the catalogue has a handler', async () => {
    const sut = await startWorker(testConfig({ DATABASE_URL: db.url }));
    await sut.close();
  });

  it('refuses to start when a job type has no handler', async () => {
    // The same worker, shown a catalogue with one job type more than it has handlers for.
    const sut = await Test.createTestingModule({
      imports: [WorkerModule.forRoot(testConfig({ DATABASE_URL: db.url }))],
    })
      .overrideProvider(JOB_CATALOGUE_TOKEN)
      .useValue({ ...JOB_CATALOGUE, 'report.build': { queue: 'mail' } })
      .setLogger(new ConsoleLogger({ logLevels: [] }))
      .compile();
    const start = sut.init();
    await expect(start).rejects.toThrow(MissingJobHandlersError);
    await expect(start).rejects.toThrow('No handler for job type(s): report.build');
    // A failed init cannot be closed by Nest; release what module init and bootstrap opened (the
    // outbox's drain would otherwise go on polling, and reconnecting its listener, after this file).
    await sut.get(OutboxDrainService).beforeApplicationShutdown();
    await sut.get(JobQueueService).onApplicationShutdown();
    await sut.get(DataSource).destroy();
  });
});
