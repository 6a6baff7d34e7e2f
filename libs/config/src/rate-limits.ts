/**
 * Abuse limits per client (IP address, or the account or case named in the request), counted in
 * Redis so that they hold across api replicas. Production defaults below; RATE_LIMITS overrides
 * some or all of them, e.g. `intake=100000/60,uploads=100000/60` for a load test.
 */
export const RATE_LIMIT_NAMES = [
  'intake', // public filing, per IP
  'uploads', // evidence and business documents, per IP
  'access', // a consumer's case by tracking code + key, per IP
  'business', // a business's link routes, per IP
  'recovery', // asking for a new access key, per IP
  'recovery_case', // … and per tracking code, whoever asks (no mailbox flooded)
  'login', // sign-in attempts, per IP
  'exports', // statistics exports and open data files, per IP
] as const;

export type RateLimitName = (typeof RATE_LIMIT_NAMES)[number];

export interface RateLimit {
  /** Requests allowed in the window. */
  limit: number;
  windowSeconds: number;
}

export type RateLimits = Readonly<Record<RateLimitName, RateLimit>>;

// Generous where many people share one address (mobile carriers' NAT, a commune office filing for
// its residents); strict where a request sends an email or tries a secret.
export const DEFAULT_RATE_LIMITS: RateLimits = {
  intake: { limit: 20, windowSeconds: 600 },
  uploads: { limit: 120, windowSeconds: 600 },
  access: { limit: 120, windowSeconds: 60 },
  business: { limit: 120, windowSeconds: 60 },
  recovery: { limit: 5, windowSeconds: 900 },
  recovery_case: { limit: 3, windowSeconds: 3600 },
  login: { limit: 20, windowSeconds: 900 },
  exports: { limit: 30, windowSeconds: 60 },
};

const ENTRY = /^([a-z_]+)=(\d{1,9})\/(\d{1,7})$/;

/** The limits with `text`'s overrides (`name=limit/seconds,…`); throws with what is wrong. */
export function parseRateLimits(text: string | undefined): RateLimits {
  const limits: Record<RateLimitName, RateLimit> = { ...DEFAULT_RATE_LIMITS };
  for (const raw of (text ?? '').split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const match = ENTRY.exec(entry);
    if (!match) throw new Error(`"${entry}" is not name=limit/seconds`);
    const [, name, limit, seconds] = match;
    if (!(RATE_LIMIT_NAMES as readonly string[]).includes(name))
      throw new Error(`"${name}" is not one of ${RATE_LIMIT_NAMES.join(', ')}`);
    if (Number(limit) < 1 || Number(seconds) < 1) throw new Error(`"${entry}": limit and seconds must be at least 1`);
    limits[name as RateLimitName] = { limit: Number(limit), windowSeconds: Number(seconds) };
  }
  return limits;
}
