import type { FieldViolation } from './domain-error';

type Fields = Readonly<Record<string, unknown>>;

/**
 * Reads untrusted action input and collects field-level violations. Required readers return a
 * placeholder when the field is bad; `done` builds the result only when nothing was violated.
 */
export interface InputReader {
  readonly violations: FieldViolation[];
  fail(key: string, rule: string): void;
  /** Required non-blank string (trimmed). */
  text(key: string, rule?: string): string;
  /** Optional string; blank means absent. */
  optionalText(key: string): string | undefined;
  /** Required to be present as a string, but may be empty. */
  presentText(key: string, rule?: string): string;
  oneOf<T extends string>(key: string, allowed: readonly T[], rule?: string): T;
  optionalOneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined;
  isTrue(key: string, rule: string): boolean;
  optionalBoolean(key: string): boolean | undefined;
  /** Optional whole, non-negative VND amount. */
  amountVnd(key: string): number | undefined;
  /** Required date (Date or parseable string). */
  date(key: string, rule?: string): Date;
  /** Required list of at least `min` non-blank strings. */
  textList(key: string, min: number, rule?: string): string[];
  nested(key: string): InputReader;
}

function asFields(input: unknown): Fields {
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Fields) : {};
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

export function readInput(input: unknown, violations: FieldViolation[] = [], prefix = ''): InputReader {
  const f = asFields(input);
  const path = (key: string): string => `${prefix}${key}`;
  const fail = (key: string, rule: string): void => void violations.push({ field: path(key), rule });
  const oneOf = <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
    const v = f[key];
    return allowed.find((a) => a === v);
  };
  return {
    violations,
    fail,
    text(key, rule = 'required') {
      const v = f[key];
      if (typeof v === 'string' && v.trim() !== '') return v.trim();
      fail(key, rule);
      return '';
    },
    optionalText(key) {
      const v = f[key];
      if (isBlank(v)) return undefined;
      if (typeof v === 'string') return v.trim();
      fail(key, 'must_be_text');
      return undefined;
    },
    presentText(key, rule = 'required') {
      const v = f[key];
      if (typeof v === 'string') return v.trim();
      fail(key, rule);
      return '';
    },
    oneOf<T extends string>(key: string, allowed: readonly T[], rule = 'one_of') {
      const found = oneOf(key, allowed);
      if (found === undefined) fail(key, rule);
      return found ?? allowed[0];
    },
    optionalOneOf<T extends string>(key: string, allowed: readonly T[]) {
      if (isBlank(f[key])) return undefined;
      const found = oneOf(key, allowed);
      if (found === undefined) fail(key, 'one_of');
      return found;
    },
    isTrue(key, rule) {
      if (f[key] === true) return true;
      fail(key, rule);
      return false;
    },
    optionalBoolean(key) {
      const v = f[key];
      if (v === undefined || v === null) return undefined;
      if (typeof v === 'boolean') return v;
      fail(key, 'must_be_boolean');
      return undefined;
    },
    amountVnd(key) {
      const v = f[key];
      if (v === undefined || v === null) return undefined;
      if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
      fail(key, 'non_negative_integer');
      return undefined;
    },
    date(key, rule = 'valid_date') {
      const v = f[key];
      const d = v instanceof Date ? v : typeof v === 'string' && v.trim() !== '' ? new Date(v) : undefined;
      if (d && !Number.isNaN(d.getTime())) return d;
      fail(key, rule);
      return new Date(0);
    },
    textList(key, min, rule = 'required') {
      const v = f[key];
      const ok = Array.isArray(v) && v.length >= min && v.every((x) => typeof x === 'string' && x.trim() !== '');
      if (ok) return (v as string[]).map((x) => x.trim());
      fail(key, rule);
      return [];
    },
    nested(key) {
      if (typeof f[key] !== 'object' || f[key] === null) fail(key, 'required');
      return readInput(f[key], violations, `${path(key)}.`);
    },
  };
}
