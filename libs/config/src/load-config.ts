import { reportingPeriodStartProblem } from '@app/domain/statistics/reporting-period';
import { AppConfig } from './app-config';
import { envSchema } from './env.schema';
import { dataKeysProblem, secretStrengthProblem } from './secret-strength';

/** Thrown when the environment is invalid; its message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment once and returns the typed configuration. Values are never echoed. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable means "not set", so the default applies.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  if (parsed.data.NODE_ENV === 'production') {
    if (!parsed.data.JWT_SECRET) throw new ConfigError(['JWT_SECRET: required when NODE_ENV=production']);
    if (!parsed.data.DATA_ENCRYPTION_KEYS) {
      throw new ConfigError(['DATA_ENCRYPTION_KEYS: required when NODE_ENV=production']);
    }
    // Secrets a deployment could leave at an example value: long and random, checked at start-up.
    const weak = (['JWT_SECRET', 'OPEN_DATA_SECRET'] as const).flatMap((name) => {
      const value = parsed.data[name];
      const problem = value === undefined ? null : secretStrengthProblem(value);
      return problem === null ? [] : [`${name}: ${problem}`];
    });
    const weakKeys = dataKeysProblem(parsed.data.DATA_ENCRYPTION_KEYS);
    if (weakKeys !== null) weak.push(`DATA_ENCRYPTION_KEYS: ${weakKeys}`);
    if (weak.length > 0) throw new ConfigError(weak);
  }
  const periodStart = { day: parsed.data.REPORT_START_DAY, month: parsed.data.REPORT_START_MONTH };
  const periodProblem = reportingPeriodStartProblem(periodStart);
  if (periodProblem !== null) {
    throw new ConfigError([`REPORT_START_DAY, REPORT_START_MONTH: ${periodProblem}`]);
  }
  return new AppConfig(parsed.data);
}

/** host:port of a connection URL, for messages: never the user name or password. */
export function describeEndpoint(connectionUrl: string): string {
  try {
    const parsed = new URL(connectionUrl);
    return parsed.port ? `${parsed.hostname}:${parsed.port}` : parsed.hostname;
  } catch {
    return '(unparseable URL)';
  }
}
