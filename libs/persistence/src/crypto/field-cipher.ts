import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Application-level encryption of sensitive fields (Law 91/2025 on personal data protection):
 * AES-256-GCM with a random 96-bit IV per value. A stored value reads
 * `enc:v1:<keyId>:<base64(iv | tag | ciphertext)>`; the version, the key id and the field's purpose
 * are authenticated with it, so a value edited, moved to another field or relabelled with another
 * key id does not decrypt. A value that does not start with `enc:` is plain text (a row written
 * before encryption, or a tombstone) and reads back unchanged.
 *
 * Pure: no framework, no environment; the keys come from DATA_ENCRYPTION_KEYS (libs/config).
 */

export const ENCRYPTED_PREFIX = 'enc:';
const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const DATA_KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export interface DataKey {
  readonly id: string;
  readonly key: Buffer;
}

/** The keys in use: the first encrypts, every one decrypts (older keys stay until rotation is done). */
export interface DataKeyring {
  readonly current: DataKey;
  readonly keys: ReadonlyMap<string, DataKey>;
}

/** Thrown for a bad DATA_ENCRYPTION_KEYS; the message never contains key material. */
export class DataKeyringError extends Error {
  override readonly name = 'DataKeyringError';
}

/** Thrown when a stored value cannot be decrypted; the message never contains the value. */
export class FieldDecryptionError extends Error {
  override readonly name = 'FieldDecryptionError';
}

/**
 * Parses `id:base64key,id:base64key,…` (each key 32 random bytes, e.g. `openssl rand -base64 32`).
 * The first key is the current one.
 */
export function parseDataKeyring(spec: string): DataKeyring {
  const entries = spec
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) throw new DataKeyringError('no key: expected id:base64key[,id:base64key…]');
  const keys = new Map<string, DataKey>();
  entries.forEach((entry, index) => {
    const colon = entry.indexOf(':');
    const id = colon < 0 ? '' : entry.slice(0, colon);
    const encoded = colon < 0 ? '' : entry.slice(colon + 1).trim();
    const where = `key ${index + 1}`;
    if (!KEY_ID.test(id)) throw new DataKeyringError(`${where}: expected id:base64key, id of letters, digits, - and _`);
    if (keys.has(id)) throw new DataKeyringError(`${where}: key id ${id} appears twice`);
    keys.set(id, { id, key: decodeKey(encoded, `${where} (${id})`) });
  });
  return { current: keys.values().next().value as DataKey, keys };
}

function decodeKey(encoded: string, where: string): Buffer {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) throw new DataKeyringError(`${where}: the key is not base64`);
  const key = Buffer.from(encoded, 'base64');
  if (key.length !== DATA_KEY_BYTES) {
    throw new DataKeyringError(
      `${where}: the key must be ${DATA_KEY_BYTES} bytes (base64 of 32 random bytes, e.g. openssl rand -base64 32), got ${key.length}`,
    );
  }
  return key;
}

export function isEncrypted(stored: string): boolean {
  return stored.startsWith(ENCRYPTED_PREFIX);
}

/** The key id of an encrypted value, or null for plain text. */
export function keyIdOf(stored: string): string | null {
  if (!isEncrypted(stored)) return null;
  const [, , keyId] = stored.split(':', 3);
  return keyId ?? null;
}

function header(keyId: string): string {
  return `${ENCRYPTED_PREFIX}${VERSION}:${keyId}:`;
}

/** Authenticated with the ciphertext: the header and the field's purpose (e.g. `cases.description`). */
function aad(keyId: string, purpose: string): Buffer {
  return Buffer.from(`${header(keyId)}${purpose}`, 'utf8');
}

/** Encrypts `plain` under the keyring's current key. */
export function encryptField(keyring: DataKeyring, plain: string, purpose: string): string {
  const { id, key } = keyring.current;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad(id, purpose));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${header(id)}${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

/** The plain text of a stored value; plain text (not `enc:`) is returned unchanged. */
export function decryptField(keyring: DataKeyring, stored: string, purpose: string): string {
  if (!isEncrypted(stored)) return stored;
  const parts = stored.split(':');
  if (parts.length !== 4 || parts[1] !== VERSION)
    throw new FieldDecryptionError(`unknown encrypted format (${purpose})`);
  const [, , keyId, payload] = parts;
  const entry = keyring.keys.get(keyId);
  if (!entry) {
    throw new FieldDecryptionError(
      `${purpose} is encrypted with key id ${keyId}, which DATA_ENCRYPTION_KEYS does not hold`,
    );
  }
  const bytes = Buffer.from(payload, 'base64');
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new FieldDecryptionError(`truncated encrypted value (${purpose})`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', entry.key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(aad(keyId, purpose));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new FieldDecryptionError(`${purpose} failed authentication (altered, or another key under id ${keyId})`);
  }
}

/** Whether a stored value must be re-encrypted to be under the current key (plain text included). */
export function needsReencryption(keyring: DataKeyring, stored: string): boolean {
  return keyIdOf(stored) !== keyring.current.id;
}
