import { createHash } from 'node:crypto';
import stableStringify from 'safe-stable-stringify';
import type { IntakeSource } from './intake-source';

/** How long a key answers for its request; afterwards the same key files a new complaint. */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * What is stored of an Idempotency-Key: a hash, scoped to where the request came from (the public
 * form, or one staff account on one channel), so that a key read from a table or a log is not a way
 * back to the case, and a key chosen by one client never finds another client's complaint.
 */
export function idempotencyDigest(source: Pick<IntakeSource, 'channel' | 'staff'>, key: string): string {
  const scope = source.staff ? `staff:${source.staff.userId}:${source.channel}` : `public:${source.channel}`;
  return sha256(`${scope}\n${key}`);
}

/** The request a key was first used with: its body, canonical (key order does not matter). */
export function requestDigest(body: object): string {
  return sha256(stableStringify(body) ?? '');
}

export function keyExpired(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() >= IDEMPOTENCY_KEY_LIFETIME_MS;
}
