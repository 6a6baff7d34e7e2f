import type { ValueTransformer } from 'typeorm';
import { dataKeys } from './data-keys';
import { decryptField, encryptField } from './field-cipher';

/**
 * A text column stored encrypted (field-cipher.ts) under the installed keys. `purpose` names the
 * field (`table.column`) and is authenticated with each value. Null stays null; plain text already
 * in the column (rows from before encryption, tombstones) reads back unchanged. Anything else
 * (e.g. a FindOperator) passes through: these columns are never searched.
 */
export function encryptedText(purpose: string): ValueTransformer {
  return {
    to: (value: unknown) => (typeof value === 'string' ? encryptField(dataKeys(), value, purpose) : value),
    from: (value: unknown) => (typeof value === 'string' ? decryptField(dataKeys(), value, purpose) : value),
  };
}

/** A list of codes stored as one encrypted JSON array; an empty list is stored as null. */
export function encryptedList(purpose: string): ValueTransformer {
  return {
    to: (value: unknown) => {
      if (!Array.isArray(value)) return value;
      return value.length === 0 ? null : encryptField(dataKeys(), JSON.stringify(value), purpose);
    },
    from: (value: unknown) => (typeof value === 'string' ? listOf(decryptField(dataKeys(), value, purpose)) : value),
  };
}

/** A JSON array of strings, or (plain text) a comma-separated list. */
function listOf(text: string): string[] {
  if (text.startsWith('[')) {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed.map(String);
  }
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
