import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobName, JobPayloads } from './job-catalogue';

export const JOB_HANDLER_METADATA = 'cc:job-handler';

/** Marks a provider as the handler of one job type. */
export const JobHandler = (name: JobName) => SetMetadata(JOB_HANDLER_METADATA, name);

/** What a handler returns: done, or skipped when there was nothing to do (never an error for that). */
export type JobResult = { status: 'done'; detail?: Record<string, unknown> } | { status: 'skipped'; reason: string };

export interface JobHandlerContract<N extends JobName> {
  /** `token` is the worker's lock on the job (to move it back to delayed, e.g. a clock's next step). */
  handle(payload: JobPayloads[N], job: Job<JobPayloads[N]>, token?: string): Promise<JobResult>;
}
