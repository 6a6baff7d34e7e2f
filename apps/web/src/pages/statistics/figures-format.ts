import type { PublicCount } from './types';

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'vi-VN');

/** "93,3%" in Vietnamese, "93.3%" in English. */
export function formatShare(share: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** "1.234" in Vietnamese, "1,234" in English; "< 5" as it is. */
export function formatCount(count: PublicCount, language: string): string {
  return typeof count === 'number' ? new Intl.NumberFormat(locale(language)).format(count) : count;
}

/** A count a chart can draw: a suppressed one ("< 5") has no bar. */
export function chartValue(count: PublicCount): number | null {
  return typeof count === 'number' ? count : null;
}

/** `2026-03-01` → `01/03/2026` (already a local date: no time zone to apply). */
export function formatLocalDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** The current year in Viet Nam. */
export function currentYear(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(now));
}
