import { z } from 'zod';
import { DataKeyringError, parseDataKeyring } from '@app/persistence/crypto/field-cipher';
import { parseRetentionPolicy } from '@app/domain/personal-data/retention';
import { parseRateLimits } from './rate-limits';
import { DEFAULT_POOL_SIZE } from '@app/persistence/pool-size';

// Every environment variable the system reads. `secret` values are never printed.
// The README's configuration table is kept in step with this list (test/unit/config).
export const ENV_DOCS = {
  NODE_ENV: { secret: false, doc: 'development | production | test' },
  PORT: { secret: false, doc: 'HTTP port of the api' },
  PUBLIC_BASE_URL: { secret: false, doc: 'Public URL of the system, used in links sent by email' },
  DATABASE_URL: { secret: true, doc: 'PostgreSQL connection URL; the database is created if missing' },
  DATABASE_POOL_SIZE: {
    secret: false,
    doc: 'Most PostgreSQL connections each api or worker process opens (their sum over processes must stay under the server’s max_connections)',
  },
  REDIS_URL: { secret: true, doc: 'Redis connection URL (queues)' },
  QUEUE_PREFIX: { secret: false, doc: 'Prefix of every BullMQ key in Redis' },
  SMTP_URL: { secret: true, doc: 'SMTP server, smtp://[user:pass@]host:port' },
  SMTP_CONNECTIONS: {
    secret: false,
    doc: 'Most connections each worker process keeps open to the SMTP server at once (their sum over workers must stay within what the server allows one client)',
  },
  MAIL_FROM: { secret: false, doc: 'Sender address of outgoing email' },
  JWT_SECRET: { secret: true, doc: 'Secret that signs staff access tokens (at least 16 characters)' },
  JWT_TTL_SECONDS: { secret: false, doc: 'Lifetime of a staff access token (renewable while it lasts)' },
  PASSWORD_LINK_TTL_HOURS: { secret: false, doc: 'Hours a staff set-password link stays valid' },
  OPEN_DATA_SECRET: {
    secret: true,
    doc: 'Secret behind the stable public ids and page cursors of the open complaint data (at least 16 characters)',
  },
  DATA_ENCRYPTION_KEYS: {
    secret: true,
    doc: 'Keys of the sensitive fields encrypted at rest, id:base64key,… (32 random bytes each); the first encrypts, all decrypt; required in production (see Key rotation)',
  },
  DEMO_PASSWORD: { secret: true, doc: 'Password of the demo accounts created by seed:demo' },
  ALLOW_DEMO_DATA_IN_PRODUCTION: {
    secret: false,
    doc: 'true lets seed:demo write its demo accounts and cases when NODE_ENV=production (a demonstration set-up only)',
  },
  LOG_LEVEL: { secret: false, doc: 'fatal | error | warn | info | debug | trace | silent' },
  EVIDENCE_DIR: { secret: false, doc: 'Directory where evidence files are stored (outside the database)' },
  WEB_DIR: { secret: false, doc: 'Directory of the built web app (npm run build writes dist/web), served at /' },
  TRACKING_CODE_PREFIX: { secret: false, doc: 'Prefix of tracking codes, e.g. TN in TN-2026-000123' },
  BUSINESS_LINK_TTL_DAYS: { secret: false, doc: 'Days a business response link stays valid' },
  DEADLINE_SWEEP_INTERVAL: {
    secret: false,
    doc: 'Seconds between sweeps that put on the queue the clock steps due within the horizon (15 min, or two intervals if longer); the safety net if Redis loses data',
  },
  REPORT_START_DAY: {
    secret: false,
    doc: 'Day of the month the annual reporting period starts (policy; Plan 126/KH-UBND: 15, to the 14th a year later)',
  },
  REPORT_START_MONTH: { secret: false, doc: 'Month the annual reporting period starts (policy; Plan 126/KH-UBND: 11)' },
  RATE_LIMITS: {
    secret: false,
    doc: 'Overrides of the abuse limits, name=requests/seconds separated by commas (README: Security and personal data)',
  },
  RETENTION: {
    secret: false,
    doc: 'Overrides of the retention policy, kind=<n>y or kind=<n>d separated by commas (README: Security and personal data)',
  },
  RETENTION_INTERVAL: {
    secret: false,
    doc: 'Seconds between runs of the retention job (anonymises and deletes what the policy says is due)',
  },
  STATISTICS_ROLLUP_INTERVAL: {
    secret: false,
    doc: "Seconds between the worker's updates of the statistics' month rollups (answers count unrolled changes directly)",
  },
  TRUST_PROXY: {
    secret: false,
    doc: 'Which proxies to trust for the client address: false, a number of hops, or addresses/CIDRs (express "trust proxy")',
  },
} as const;

export type EnvName = keyof typeof ENV_DOCS;

const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine(
      (value) => {
        try {
          return protocols.includes(new URL(value).protocol.replace(/:$/, ''));
        } catch {
          return false;
        }
      },
      { message: `must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}` },
    );

/** A whole number from `min` to `max`; every failure says so in the same words. */
const wholeNumber = (min: number, max: number) => {
  const message = `must be a whole number between ${min} and ${max}`;
  return z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message });
};

/**
 * SMTP connections a worker opens by default (nodemailer's own default is 5). Sends on one
 * connection wait for the server's replies in turn, so more connections send more at once
 * (bench/notifications; BENCH_SMTP_CONNECTIONS compares).
 */
export const DEFAULT_SMTP_CONNECTIONS = 10;

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: wholeNumber(1, 65535).default(3000),
  PUBLIC_BASE_URL: url(['http', 'https']).optional(),
  DATABASE_URL: url(['postgres', 'postgresql']).default('postgres://postgres@127.0.0.1:5432/consumer_complaints'),
  DATABASE_POOL_SIZE: wholeNumber(1, 100).default(DEFAULT_POOL_SIZE),
  REDIS_URL: url(['redis', 'rediss']).default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]+$/, { message: 'letters, digits, - and _ only' })
    .default('cc'),
  SMTP_URL: url(['smtp', 'smtps']).default('smtp://127.0.0.1:1025'),
  SMTP_CONNECTIONS: wholeNumber(1, 50).default(DEFAULT_SMTP_CONNECTIONS),
  MAIL_FROM: z.string().trim().min(3).default('Bảo vệ người tiêu dùng Thái Nguyên <no-reply@localhost>'),
  JWT_SECRET: z.string().min(16, { message: 'must be at least 16 characters' }).optional(),
  OPEN_DATA_SECRET: z.string().min(16, { message: 'must be at least 16 characters' }).optional(),
  // Checked here (format, ids, 32-byte keys); required in production (load-config). Never echoed.
  DATA_ENCRYPTION_KEYS: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value === undefined) return;
      try {
        parseDataKeyring(value);
      } catch (error) {
        if (!(error instanceof DataKeyringError)) throw error;
        ctx.addIssue({ code: 'custom', message: error.message });
      }
    }),
  JWT_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(86_400)
    .default(30 * 60),
  PASSWORD_LINK_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(72),
  DEMO_PASSWORD: z.string().min(8, { message: 'must be at least 8 characters' }).default('demo-password-2026'),
  ALLOW_DEMO_DATA_IN_PRODUCTION: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  EVIDENCE_DIR: z.string().trim().min(1).default('var/evidence'),
  WEB_DIR: z.string().trim().min(1).default('dist/web'),
  TRACKING_CODE_PREFIX: z
    .string()
    .regex(/^[A-Z]{1,6}$/, { message: 'one to six capital letters' })
    .default('TN'),
  BUSINESS_LINK_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  DEADLINE_SWEEP_INTERVAL: z.coerce.number().int().min(1).max(3600).default(60),
  STATISTICS_ROLLUP_INTERVAL: z.coerce.number().int().min(1).max(86400).default(60),
  // Plan 126/KH-UBND: 15 November of the previous year to 14 November; the pair is checked in loadConfig.
  REPORT_START_DAY: z.coerce.number().int().min(1).max(31).default(15),
  REPORT_START_MONTH: z.coerce.number().int().min(1).max(12).default(11),
  RATE_LIMITS: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseRateLimits(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
  RETENTION: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseRetentionPolicy(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
  RETENTION_INTERVAL: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 86_400)
    .default(86_400),
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(false|true|\d{1,2}|[0-9a-fA-F.:/]+(,\s*[0-9a-fA-F.:/]+)*|loopback|uniquelocal|linklocal)$/, {
      message: 'false, a number of hops, or addresses/CIDRs separated by commas',
    })
    .default('false'),
});

export type Env = z.infer<typeof envSchema>;
