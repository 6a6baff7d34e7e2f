import { randomBytes } from 'node:crypto';
import {
  DataKeyringError,
  dataKeys,
  decryptField,
  encryptedList,
  encryptedText,
  encryptField,
  FieldDecryptionError,
  groupColumns,
  installDataKeys,
  isEncrypted,
  keyIdOf,
  needsReencryption,
  parseDataKeyring,
  partyGroups,
} from '@app/persistence';

const KEY_A = randomBytes(32).toString('base64');
const KEY_B = randomBytes(32).toString('base64');
const PURPOSE = 'cases.description';
const TEXT = 'Bánh trung thu quá hạn, cả gia đình bị đau bụng; con tôi 2 tuổi phải nhập viện.';

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

/** The stored value with one byte of its payload (iv | tag | ciphertext) flipped at `at`. */
function flipped(stored: string, at: number): string {
  const cut = stored.lastIndexOf(':') + 1;
  const bytes = Buffer.from(stored.slice(cut), 'base64');
  bytes[at] ^= 0x01;
  return stored.slice(0, cut) + bytes.toString('base64');
}

describe(parseDataKeyring.name, () => {
  it('reads id:base64key pairs; the first key is the current one, every key decrypts', () => {
    const keyring = parseDataKeyring(` k2:${KEY_B} , k1:${KEY_A}`);
    expect(keyring.current.id).toBe('k2');
    expect([...keyring.keys.keys()]).toEqual(['k2', 'k1']);
    expect(keyring.keys.get('k1')?.key.equals(Buffer.from(KEY_A, 'base64'))).toBe(true);
  });

  it.each([
    ['', /no key/],
    [KEY_A, /expected id:base64key/],
    [`k 1:${KEY_A}`, /expected id:base64key/],
    [`k1:${KEY_A},k1:${KEY_B}`, /k1 appears twice/],
    ['k1:not base64!!', /not base64/],
    [`k1:${randomBytes(16).toString('base64')}`, /must be 32 bytes.*got 16/],
    [`k1:${randomBytes(33).toString('base64')}`, /must be 32 bytes.*got 33/],
  ])('refuses %j', (spec, message) => {
    const error = errorOf(() => parseDataKeyring(spec));
    expect(error).toBeInstanceOf(DataKeyringError);
    expect(error.message).toMatch(message);
  });

  it('never puts key material in its messages', () => {
    const short = randomBytes(20).toString('base64');
    expect(errorOf(() => parseDataKeyring(`k1:${KEY_A},k2:${short}`)).message).not.toContain(short);
    expect(errorOf(() => parseDataKeyring(`k1:${KEY_A},k1:${KEY_B}`)).message).not.toContain(KEY_B);
  });
});

describe(encryptField.name, () => {
  const keyring = parseDataKeyring(`k1:${KEY_A}`);

  it('writes enc:v1:<keyId>:<base64(iv|tag|ciphertext)> with a fresh IV each time, and reads it back', () => {
    const one = encryptField(keyring, TEXT, PURPOSE);
    const two = encryptField(keyring, TEXT, PURPOSE);
    expect(one).toMatch(/^enc:v1:k1:[A-Za-z0-9+/]+=*$/);
    expect(one).not.toBe(two);
    expect(Buffer.from(one.split(':')[3], 'base64').subarray(0, 12)).not.toEqual(
      Buffer.from(two.split(':')[3], 'base64').subarray(0, 12),
    );
    expect(one).not.toContain('Bánh');
    expect(decryptField(keyring, one, PURPOSE)).toBe(TEXT);
    expect(decryptField(keyring, encryptField(keyring, '', PURPOSE), PURPOSE)).toBe('');
    expect(isEncrypted(one)).toBe(true);
    expect(keyIdOf(one)).toBe('k1');
  });

  it('reads a value that does not start with enc: unchanged (rows from before encryption, tombstones)', () => {
    expect(decryptField(keyring, TEXT, PURPOSE)).toBe(TEXT);
    expect(decryptField(keyring, '[đã xóa]', PURPOSE)).toBe('[đã xóa]');
    expect(keyIdOf(TEXT)).toBeNull();
  });

  it.each([
    ['the IV', 0],
    ['the GCM tag', 12],
    ['the ciphertext', 30],
  ])('detects a change to %s (GCM authentication)', (_part, at) => {
    const stored = encryptField(keyring, TEXT, PURPOSE);
    const error = errorOf(() => decryptField(keyring, flipped(stored, at), PURPOSE));
    expect(error).toBeInstanceOf(FieldDecryptionError);
    expect(error.message).toMatch(/failed authentication/);
    expect(error.message).not.toContain(TEXT);
  });

  it('detects a truncated value and an unknown format', () => {
    expect(() => decryptField(keyring, 'enc:v1:k1:AAAA', PURPOSE)).toThrow(FieldDecryptionError);
    expect(() => decryptField(keyring, 'enc:v9:k1:AAAA', PURPOSE)).toThrow(/unknown encrypted format/);
  });

  it('refuses a value moved to another field (the purpose is authenticated)', () => {
    const stored = encryptField(keyring, 'Tày', 'case_parties.ethnic_language');
    expect(() => decryptField(keyring, stored, PURPOSE)).toThrow(FieldDecryptionError);
  });

  it('names a key id it does not hold, without the value', () => {
    const stored = encryptField(parseDataKeyring(`old:${KEY_B}`), TEXT, PURPOSE);
    const error = errorOf(() => decryptField(keyring, stored, PURPOSE));
    expect(error).toBeInstanceOf(FieldDecryptionError);
    expect(error.message).toMatch(/key id old, which DATA_ENCRYPTION_KEYS does not hold/);
  });

  it('refuses another key listed under the same id, and a value relabelled with another key id', () => {
    const stored = encryptField(keyring, TEXT, PURPOSE);
    expect(() => decryptField(parseDataKeyring(`k1:${KEY_B}`), stored, PURPOSE)).toThrow(/failed authentication/);
    const both = parseDataKeyring(`k2:${KEY_A},k1:${KEY_B}`);
    expect(() => decryptField(both, stored.replace('enc:v1:k1:', 'enc:v1:k2:'), PURPOSE)).toThrow(
      /failed authentication/,
    );
  });

  it('after rotation: the new key encrypts, the old one still decrypts; needsReencryption tells them apart', () => {
    const before = parseDataKeyring(`k1:${KEY_A}`);
    const during = parseDataKeyring(`k2:${KEY_B},k1:${KEY_A}`);
    const old = encryptField(before, TEXT, PURPOSE);
    const fresh = encryptField(during, TEXT, PURPOSE);
    expect(keyIdOf(fresh)).toBe('k2');
    expect(decryptField(during, old, PURPOSE)).toBe(TEXT);
    expect(needsReencryption(during, old)).toBe(true);
    expect(needsReencryption(during, TEXT)).toBe(true);
    expect(needsReencryption(during, fresh)).toBe(false);
    expect(() => decryptField(before, fresh, PURPOSE)).toThrow(/key id k2/);
  });
});

describe('encrypted column transformers', () => {
  const keyring = parseDataKeyring(`k1:${KEY_A}`);
  beforeEach(() => installDataKeys(keyring));

  it('encryptedText: encrypts strings, leaves null and undefined alone, reads plain text unchanged', () => {
    const column = encryptedText(PURPOSE);
    const stored = column.to(TEXT) as string;
    expect(stored.startsWith('enc:v1:k1:')).toBe(true);
    expect(column.from(stored)).toBe(TEXT);
    expect(column.to(null)).toBeNull();
    expect(column.to(undefined)).toBeUndefined();
    expect(column.from(null)).toBeNull();
    expect(column.from('Đã xóa theo yêu cầu')).toBe('Đã xóa theo yêu cầu');
  });

  it('encryptedList: one encrypted JSON array; empty is null; a plain JSON array (moved by the migration) reads back', () => {
    const column = encryptedList('case_parties.sensitive_groups');
    const stored = column.to(['ethnic_minority', 'disability']) as string;
    expect(stored).not.toContain('ethnic');
    expect(column.from(stored)).toEqual(['ethnic_minority', 'disability']);
    expect(column.to([])).toBeNull();
    expect(column.from('["serious_illness"]')).toEqual(['serious_illness']);
    expect(column.from(null)).toBeNull();
  });

  it('a value for the wrong column does not decrypt in this one', () => {
    const stored = encryptedText('case_parties.ethnic_language').to('Tày') as string;
    expect(() => encryptedText(PURPOSE).from(stored)).toThrow(FieldDecryptionError);
  });

  it('dataKeys() returns the installed keys', () => {
    expect(dataKeys()).toBe(keyring);
  });
});

describe(groupColumns.name, () => {
  it('keeps the groups that are not sensitive plain, the sensitive ones apart with a plain flag (PDPL 91/2025)', () => {
    expect(groupColumns(['ethnic_minority', 'elderly', 'serious_illness', 'remote_area'])).toEqual({
      vulnerableGroups: ['elderly', 'remote_area'],
      sensitiveGroups: ['ethnic_minority', 'serious_illness'],
      hasSensitiveGroup: true,
    });
    expect(groupColumns(['child'])).toEqual({
      vulnerableGroups: ['child'],
      sensitiveGroups: null,
      hasSensitiveGroup: false,
    });
    expect(groupColumns([])).toEqual({ vulnerableGroups: null, sensitiveGroups: null, hasSensitiveGroup: false });
    expect(groupColumns(null)).toEqual({ vulnerableGroups: null, sensitiveGroups: null, hasSensitiveGroup: false });
  });

  it('partyGroups gives the full list back', () => {
    expect(partyGroups(groupColumns(['disability', 'poor_household']))).toEqual(['poor_household', 'disability']);
    expect(partyGroups(null)).toEqual([]);
  });
});
