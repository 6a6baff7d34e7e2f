/**
 * Free text in a timeline event (issue 12 item 11; Law 91/2025/QH15 Arts 3 and 4): what a person
 * wrote (a question, an answer, a reason, a note, a comment) may carry personal data, so the writer
 * moves it out of the append-only timeline into case_texts, where erasure can reach it. Decided by
 * shape, not by a list of fields, so that a future field is covered: a string is free text unless it
 * is a code or identifier (letters, digits and `_ . : -` without spaces: statuses, kinds, causes,
 * uuids, tracking codes), a number, or an ISO date or instant. The empty string is not free text.
 */
const CODE = /^[a-z0-9_.:-]+$/i;
const NUMBER = /^-?\d+(\.\d+)?$/;
const ISO_DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function isFreeText(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const s = value.trim();
  if (s === '') return false;
  return !(CODE.test(s) || NUMBER.test(s) || ISO_DATE_OR_INSTANT.test(s));
}

/** The reference that stands for a moved text in an event's data. */
export interface TextRef {
  $text: string;
}

export function isTextRef(value: unknown): value is TextRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as { $text?: unknown }).$text === 'string'
  );
}

/** A copy of `value` where every free-text string is replaced by `replace(text)` (nested objects and arrays included). */
export function mapFreeText(value: unknown, replace: (text: string) => unknown): unknown {
  if (isFreeText(value)) return replace(value);
  if (Array.isArray(value)) return value.map((v) => mapFreeText(v, replace));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapFreeText(v, replace)]));
  }
  return value;
}

/** A copy of `value` where every reference is replaced by `resolve(id)` (plain strings left alone). */
export function mapTextRefs(value: unknown, resolve: (id: string) => unknown): unknown {
  if (isTextRef(value)) return resolve(value.$text);
  if (Array.isArray(value)) return value.map((v) => mapTextRefs(v, resolve));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapTextRefs(v, resolve)]));
  }
  return value;
}

/** The ids of the references in `value`. */
export function textRefIds(value: unknown, into: string[] = []): string[] {
  mapTextRefs(value, (id) => into.push(id));
  return into;
}
