import { Global, Module } from '@nestjs/common';
import { JOB_CATALOGUE, JOB_CATALOGUE_TOKEN } from './job-catalogue';
import { JobQueueService } from './job-queue.service';

@Global()
@Module({
  providers: [{ provide: JOB_CATALOGUE_TOKEN, useValue: JOB_CATALOGUE }, JobQueueService],
  exports: [JOB_CATALOGUE_TOKEN, JobQueueService],
})
export class QueueModule {}
