/** At least this many characters for a production secret (256 bits of base64 is 43). */
export const SECRET_MIN_LENGTH = 32;
/** At least this many bits, estimated from the characters the secret uses. */
export const SECRET_MIN_BITS = 128;

// Words that mark an example value copied from documentation rather than a generated secret.
const PLACEHOLDERS = ['change-me', 'changeme', 'secret', 'password', 'example', 'demo'];

/**
 * Why `value` is not fit to be a production secret, or null. The estimate is the secret's length
 * times the Shannon entropy of its characters: a long run of one character, or a sentence of
 * placeholder words, falls short; `openssl rand -base64 32` passes easily.
 */
export function secretStrengthProblem(value: string): string | null {
  if (value.length < SECRET_MIN_LENGTH) return `must be at least ${SECRET_MIN_LENGTH} characters in production`;
  const lower = value.toLowerCase();
  if (PLACEHOLDERS.some((word) => lower.includes(word))) {
    return 'looks like an example value: generate one, e.g. `openssl rand -base64 32`';
  }
  if (estimatedBits(value) < SECRET_MIN_BITS) {
    return 'is too predictable (too few different characters): generate one, e.g. `openssl rand -base64 32`';
  }
  return null;
}

function estimatedBits(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let perChar = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    perChar -= p * Math.log2(p);
  }
  return perChar * value.length;
}

/** A production data key must look random: at least this many different byte values of its 32. */
const DATA_KEY_MIN_DISTINCT_BYTES = 16;

/**
 * Why DATA_ENCRYPTION_KEYS (already parsed: ids, 32-byte keys) is not fit for production, or null:
 * a key of few different bytes (e.g. 32 zero bytes, a repeated pattern) was not generated.
 */
export function dataKeysProblem(spec: string): string | null {
  const weak = spec
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .filter(
      (entry) => new Set(Buffer.from(entry.slice(entry.indexOf(':') + 1), 'base64')).size < DATA_KEY_MIN_DISTINCT_BYTES,
    )
    .map((entry) => entry.slice(0, entry.indexOf(':')));
  return weak.length === 0
    ? null
    : `key ${weak.join(', ')} is not random: generate each key with \`openssl rand -base64 32\``;
}
