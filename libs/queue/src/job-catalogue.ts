import type { MailMessage } from '@app/mail';

/** Queues, one per kind of work, so that a slow SMTP server never delays deadlines. */
export const QUEUE_NAMES = ['mail', 'deadlines', 'reports'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** Every job type and its payload. The worker refuses to start if one has no handler. */
export interface JobPayloads {
  /** A message rendered elsewhere (e.g. an admin's test email), not recorded as a notification. */
  'mail.send': MailMessage;
  /** The next step of one legal clock (reminder, breach, escalation); the job id is the deadline's id. */
  'deadline.fire': { deadlineId: string };
  /** The periodic safety net: every clock step due that is not on the queue. */
  'deadline.sweep': Record<string, never>;
  /** Periodic: business warnings past their 30 days (Decree 55/2024 Art 24.3) become archived. */
  'warning.archive': Record<string, never>;
  /** Compiles one row of the reports table (Plan 126 annual report); the job id is the report's id. */
  'report.annual': { reportId: string };
  /** Periodic: reminds the admins of personal-data breaches not yet reported (Law 91/2025 Art 23, 72 h). */
  'breach.remind': Record<string, never>;
  /** Periodic: applies the retention policy (Law 91/2025 Art 3): erases and deletes what is due, records the run. */
  'retention.apply': Record<string, never>;
  /** Periodic: reminds the handling unit of personal-data requests on their clocks (Law 91/2025 Art 4). */
  'data-request.remind': Record<string, never>;
  /** Periodic: counts again the statistics' month cells whose cases changed (issue 11 rollups). */
  'statistics.rollup': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export type JobCatalogue = Record<string, { queue: QueueName }>;

export const JOB_CATALOGUE: { [N in JobName]: { queue: QueueName } } = {
  'mail.send': { queue: 'mail' },
  'deadline.fire': { queue: 'deadlines' },
  'deadline.sweep': { queue: 'deadlines' },
  'warning.archive': { queue: 'deadlines' },
  'report.annual': { queue: 'reports' },
  'breach.remind': { queue: 'deadlines' },
  'retention.apply': { queue: 'deadlines' },
  'data-request.remind': { queue: 'deadlines' },
  'statistics.rollup': { queue: 'reports' },
};

/** Injection token of the catalogue, so that a test can present a different one. */
export const JOB_CATALOGUE_TOKEN = Symbol('JOB_CATALOGUE');
