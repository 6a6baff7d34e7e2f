import type { JobsOptions } from 'bullmq';

// The one place that says how jobs are retried and kept.
export const JOB_ATTEMPTS = 10;
export const JOB_BACKOFF_BASE_MS = 2_000; // 2 s, 4 s, 8 s … about 17 min in all
export const COMPLETED_JOBS_KEPT_SECONDS = 24 * 3600;
export const FAILED_JOBS_KEPT_SECONDS = 7 * 24 * 3600;

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: JOB_BACKOFF_BASE_MS },
  removeOnComplete: { age: COMPLETED_JOBS_KEPT_SECONDS },
  // Failed jobs are kept for inspection, for a week: their payloads may hold secrets (an access
  // key, a business link) that must not stay in Redis for ever.
  removeOnFail: { age: FAILED_JOBS_KEPT_SECONDS },
};
