import type { MailMessage } from '@app/mail';

/** Queues, one per kind of work, so that a slow SMTP server never delays deadlines. */
export const QUEUE_NAMES = ['mail'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** Every job type and its payload. The worker refuses to start if one has no handler. */
export interface JobPayloads {
  'mail.send': MailMessage;
}

export type JobName = keyof JobPayloads;

export type JobCatalogue = Record<string, { queue: QueueName }>;

export const JOB_CATALOGUE: { [N in JobName]: { queue: QueueName } } = {
  'mail.send': { queue: 'mail' },
};

/** Injection token of the catalogue, so that a test can present a different one. */
export const JOB_CATALOGUE_TOKEN = Symbol('JOB_CATALOGUE');
