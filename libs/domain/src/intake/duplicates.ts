import { toDayNumber } from '../calendar/iso-date';
import { toLocalDate } from '../calendar/vn-time';

/** Policy: a complaint by the same consumer against the same business within this many days is flagged. */
export const DUPLICATE_WINDOW_DAYS = 30;

export interface ComplaintIdentity {
  submittedAt: Date;
  consumer: { email: string | null; phone: string | null };
  business: { name: string; taxCode: string | null };
}

/** Phone numbers as digits (and a leading + abroad), with +84 / 84 written as the national 0. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits.replace(/^\+?84(?=\d{9,10}$)/, '0');
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

export function isSameConsumer(a: ComplaintIdentity['consumer'], b: ComplaintIdentity['consumer']): boolean {
  const sameEmail = a.email !== null && b.email !== null && normalizeEmail(a.email) === normalizeEmail(b.email);
  const samePhone = a.phone !== null && b.phone !== null && normalizePhone(a.phone) === normalizePhone(b.phone);
  return sameEmail || samePhone;
}

/** Same tax code, or the same name ignoring case and spacing. */
export function isSameBusiness(a: ComplaintIdentity['business'], b: ComplaintIdentity['business']): boolean {
  if (a.taxCode !== null && b.taxCode !== null && a.taxCode === b.taxCode) return true;
  return normalizeName(a.name) === normalizeName(b.name);
}

/** Counted in calendar days in Viet Nam, like every other period of the system. */
export function isPossibleDuplicate(earlier: ComplaintIdentity, current: ComplaintIdentity): boolean {
  const days = toDayNumber(toLocalDate(current.submittedAt)) - toDayNumber(toLocalDate(earlier.submittedAt));
  return (
    days >= 0 &&
    days <= DUPLICATE_WINDOW_DAYS &&
    isSameConsumer(earlier.consumer, current.consumer) &&
    isSameBusiness(earlier.business, current.business)
  );
}

/**
 * The pairs (consumer id × business id) under which a complaint can be found again: two complaints
 * share a key exactly when isSameConsumer and isSameBusiness both hold for them. Looking up a new
 * complaint's keys (at most four) finds its possible duplicates however many complaints the same
 * consumer has filed against other businesses.
 */
export function duplicateKeys({ consumer, business }: Pick<ComplaintIdentity, 'consumer' | 'business'>): string[] {
  const consumers = [
    ...(consumer.email !== null ? [`email:${normalizeEmail(consumer.email)}`] : []),
    ...(consumer.phone !== null ? [`phone:${normalizePhone(consumer.phone)}`] : []),
  ];
  const businesses = [
    ...(business.taxCode !== null ? [`tax:${business.taxCode}`] : []),
    `name:${normalizeName(business.name)}`,
  ];
  return consumers.flatMap((c) => businesses.map((b) => `${c}\n${b}`));
}
