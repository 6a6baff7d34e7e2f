/**
 * A warning's public summary is written by staff and must not carry a consumer's data (PDPL
 * 91/2025: publishing personal data needs consent; Law 19 Art 55.2: case data held by state bodies
 * is confidential). What can be recognised in text is refused: e-mail addresses, Vietnamese phone
 * numbers and case tracking codes (which lead to a consumer's case).
 */
export const CONTACT_DATA_KINDS = ['email', 'phone', 'tracking_code'] as const;
export type ContactDataKind = (typeof CONTACT_DATA_KINDS)[number];

const PATTERNS: Readonly<Record<ContactDataKind, RegExp>> = {
  email: /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/i,
  // 0 + 9 or 10 digits (mobile, landline with area code) or +84 + 9 or 10 digits, with single spaces,
  // dots or dashes between digits as people write them: 0912 345 678, 0208.3855.123, +84 912-345-678.
  phone: /(?:\+\s?84|(?<![\d\w])0)(?:[\s.-]?\d){8,10}(?![\d\w])/,
  tracking_code: /(?<![\w-])[A-Z]{1,6}-\d{4}-\d{6}(?![\w-])/,
};

/**
 * The kinds of contact data found in `text`. `allowed` lists strings that may appear (the
 * business's own tax code, which looks like a phone number when it starts with 0).
 */
export function contactDataIn(text: string, allowed: readonly string[] = []): ContactDataKind[] {
  const scanned = allowed.filter((a) => a.trim() !== '').reduce((t, a) => t.split(a).join(' '), text);
  return CONTACT_DATA_KINDS.filter((kind) => PATTERNS[kind].test(scanned));
}

// Shorter values (a given name alone, initials) would match ordinary words.
const MIN_NAME_LENGTH = 5;

const fold = (text: string): string => text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');

/**
 * Whether `text` names one of the consumers behind the warning (their full name as recorded, any case
 * and spacing). Names shorter than five characters are not looked for.
 */
export function namesConsumer(text: string, consumerNames: readonly string[]): boolean {
  const folded = fold(text);
  return consumerNames
    .map((name) => fold(name).trim())
    .some((name) => name.length >= MIN_NAME_LENGTH && folded.includes(name));
}
