import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { type DataKeyring, parseDataKeyring } from '@app/persistence/crypto/field-cipher';
import { parseRetentionPolicy, type RetentionPolicy } from '@app/domain/personal-data/retention';
import { Env } from './env.schema';
import { parseRateLimits, type RateLimits } from './rate-limits';

export interface DatabaseConfig {
  url: string;
  /** Most connections this process opens (DATABASE_POOL_SIZE). */
  poolSize: number;
}

export interface RedisConfig {
  url: string;
  prefix: string;
}

export interface MailConfig {
  smtpUrl: string;
  /** Most SMTP connections open at once (SMTP_CONNECTIONS). */
  connections: number;
  from: string;
}

/** The typed configuration every part of the system receives; built once at start-up. */
export class AppConfig {
  readonly env: Env['NODE_ENV'];
  readonly port: number;
  readonly publicBaseUrl: string;
  readonly database: DatabaseConfig;
  readonly redis: RedisConfig;
  readonly mail: MailConfig;
  readonly jwt: { secret: string; ttlSeconds: number };
  /** How long a staff set-password link stays valid. */
  readonly passwordLinkTtlHours: number;
  /** Keys the open data's public ids and cursors; without OPEN_DATA_SECRET, derived from the JWT secret. */
  readonly openDataSecret: string;
  readonly demoPassword: string;
  /** Demo accounts (known passwords) may be seeded: never in production unless ALLOW_DEMO_DATA_IN_PRODUCTION=true. */
  readonly demoDataAllowed: boolean;
  readonly logLevel: Env['LOG_LEVEL'];
  /** Absolute directory of evidence files. */
  readonly evidenceDir: string;
  /** The built web app (index.html and hashed assets), served by the api at `/`. */
  readonly webDir: string;
  readonly trackingCodePrefix: string;
  readonly businessLinkTtlDays: number;
  /** Between two sweeps for clock steps due and notifications not yet queued. */
  readonly deadlineSweepIntervalMs: number;
  /** How often the worker updates the statistics' month rollups. */
  readonly statisticsRollupIntervalMs: number;
  /** Where the annual reporting period starts (policy; Plan 126/KH-UBND: 15 November). */
  readonly reportPeriodStart: { day: number; month: number };
  /** Abuse limits per client (libs/config/src/rate-limits.ts). */
  readonly rateLimits: RateLimits;
  /** express "trust proxy": false, a hop count, or addresses/CIDRs. */
  readonly trustProxy: boolean | number | string;
  /** How long each kind of personal data is kept (libs/domain retention), and how often the job applies it. */
  readonly retention: { policy: RetentionPolicy; intervalMs: number };
  /** Keys of the fields encrypted at rest (DATA_ENCRYPTION_KEYS); the first encrypts. Never logged. */
  readonly dataEncryption: DataKeyring;

  constructor(env: Env) {
    this.env = env.NODE_ENV;
    this.port = env.PORT;
    this.publicBaseUrl = (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
    this.database = { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE };
    this.redis = { url: env.REDIS_URL, prefix: env.QUEUE_PREFIX };
    this.mail = { smtpUrl: env.SMTP_URL, connections: env.SMTP_CONNECTIONS, from: env.MAIL_FROM };
    this.jwt = { secret: env.JWT_SECRET ?? AppConfig.developmentSecret(env), ttlSeconds: env.JWT_TTL_SECONDS };
    this.passwordLinkTtlHours = env.PASSWORD_LINK_TTL_HOURS;
    this.openDataSecret = env.OPEN_DATA_SECRET ?? `open-data:${this.jwt.secret}`;
    this.demoPassword = env.DEMO_PASSWORD;
    this.demoDataAllowed = env.NODE_ENV !== 'production' || env.ALLOW_DEMO_DATA_IN_PRODUCTION === 'true';
    this.logLevel = env.LOG_LEVEL;
    this.evidenceDir = resolve(env.EVIDENCE_DIR);
    this.webDir = resolve(env.WEB_DIR);
    this.trackingCodePrefix = env.TRACKING_CODE_PREFIX;
    this.businessLinkTtlDays = env.BUSINESS_LINK_TTL_DAYS;
    this.deadlineSweepIntervalMs = env.DEADLINE_SWEEP_INTERVAL * 1000;
    this.statisticsRollupIntervalMs = env.STATISTICS_ROLLUP_INTERVAL * 1000;
    this.reportPeriodStart = { day: env.REPORT_START_DAY, month: env.REPORT_START_MONTH };
    this.rateLimits = parseRateLimits(env.RATE_LIMITS);
    this.trustProxy = trustProxyOf(env.TRUST_PROXY);
    this.retention = { policy: parseRetentionPolicy(env.RETENTION), intervalMs: env.RETENTION_INTERVAL * 1000 };
    this.dataEncryption = parseDataKeyring(env.DATA_ENCRYPTION_KEYS ?? AppConfig.developmentDataKeys(env));
  }

  // Outside production a fixed key keeps demo set-ups to zero configuration; production refuses to
  // start without DATA_ENCRYPTION_KEYS (see load-config).
  private static developmentDataKeys(env: Env): string {
    const key = createHash('sha256').update(`dev-only-data-key-${env.NODE_ENV}-not-for-production`).digest('base64');
    return `dev:${key}`;
  }

  // Outside production a fixed secret keeps demo set-ups to zero configuration;
  // production refuses to start without JWT_SECRET (see load-config).
  private static developmentSecret(env: Env): string {
    return `dev-only-secret-${env.NODE_ENV}-not-for-production`;
  }
}

function trustProxyOf(value: string): boolean | number | string {
  if (value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}
