import type { JobsOptions } from 'bullmq';

// The one place that says how jobs are retried and kept.
export const JOB_ATTEMPTS = 10;
export const JOB_BACKOFF_BASE_MS = 2_000; // 2 s, 4 s, 8 s … about 17 min in all
export const COMPLETED_JOBS_KEPT_SECONDS = 24 * 3600;
export const FAILED_JOBS_KEPT_SECONDS = 7 * 24 * 3600;
/** A failed clock job blocks its id (the deadline's) until removed: the sweep may add it again after this. */
export const FAILED_CLOCK_JOBS_KEPT_SECONDS = 3600;

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: JOB_BACKOFF_BASE_MS },
  removeOnComplete: { age: COMPLETED_JOBS_KEPT_SECONDS },
  // Failed jobs are kept for inspection, for a week: their payloads may hold secrets (an access
  // key, a business link) that must not stay in Redis for ever.
  removeOnFail: { age: FAILED_JOBS_KEPT_SECONDS },
};

/**
 * A clock's job id is the deadline's id and is reused for each of its steps: a finished job is
 * removed at once so that the next step (or the sweep) can add it again.
 */
export const CLOCK_JOB_OPTIONS: JobsOptions = {
  ...DEFAULT_JOB_OPTIONS,
  removeOnComplete: true,
  removeOnFail: { age: FAILED_CLOCK_JOBS_KEPT_SECONDS },
};

/**
 * A report that fails (e.g. the database restarting) is tried three times, 30 s and 60 s apart: the
 * reason shows on the report meanwhile; after the last the report is `failed` and can be requested again.
 */
export const REPORT_JOB_ATTEMPTS = 3;
export const REPORT_JOB_BACKOFF_MS = 30_000;
export const REPORT_JOB_OPTIONS: JobsOptions = {
  ...DEFAULT_JOB_OPTIONS,
  attempts: REPORT_JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: REPORT_JOB_BACKOFF_MS },
};

/**
 * Notifications are not jobs: the worker claims them from the outbox (apps/worker/src/notifications).
 * They keep the jobs' policy: 10 attempts, the nth failure followed by a pause of 2 s × 2^(n−1).
 */
export const NOTIFICATION_ATTEMPTS = JOB_ATTEMPTS;

export function notificationBackoffMs(failedAttempts: number): number {
  return JOB_BACKOFF_BASE_MS * 2 ** Math.max(0, failedAttempts - 1);
}

/** How long a worker holds a job before another may take it over (after a crash): BullMQ's stall check. */
export const JOB_LOCK_MS = 15_000;
/** Likewise for a claimed notification: renewed while its send runs, taken over by another worker after it lapses. */
export const NOTIFICATION_LEASE_MS = JOB_LOCK_MS;
export const STALLED_CHECK_INTERVAL_MS = 5_000;
/** A job found stalled this many times (its worker died each time) fails instead of running again. */
export const MAX_STALLED_COUNT = 3;
