import { createHmac, timingSafeEqual } from 'node:crypto';
import { hashSecret, newSecret } from '@app/cases';

/**
 * The consumer's access key (X-Access-Key). Only hashSecret(key) is stored.
 *
 * Without an Idempotency-Key it is random (newSecret()). With one it is derived, so that a retry
 * can answer with the same key without the key being stored anywhere:
 *   base64url(HMAC-SHA256(key = AppConfig.jwt.secret, message = 'access-key:' + request))
 * where `request` is the key's scoped digest and the body's digest (idempotency.ts): only the same
 * request from the same scope gets the same key back. 256 bits like newSecret(); it cannot be
 * computed without the server secret.
 */
export function accessKeyFor(serverSecret: string, request: string | undefined): string {
  if (request === undefined) return newSecret();
  return createHmac('sha256', serverSecret).update(`access-key:${request}`, 'utf8').digest('base64url');
}

// Compared against when the case does not exist, so that an unknown code costs the same as a wrong key.
const NO_CASE_HASH = hashSecret('no case has this key');

/** Whether `key` is the case's access key, compared in constant time. */
export function accessKeyMatches(key: string | undefined, storedHash: string | undefined): boolean {
  const given = Buffer.from(hashSecret(key ?? ''), 'hex');
  const stored = Buffer.from(storedHash ?? NO_CASE_HASH, 'hex');
  const equal = stored.length === given.length && timingSafeEqual(given, stored);
  return equal && key !== undefined && storedHash !== undefined;
}
