/**
 * Calendar-day arithmetic on 'YYYY-MM-DD' strings. A calendar day has no time zone of its own:
 * the mapping between instants and days lives in `vn-time.ts` (Asia/Ho_Chi_Minh, UTC+7).
 */

/** A calendar day written 'YYYY-MM-DD' (ISO 8601 extended date). */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Throws a RangeError unless `value` is a real calendar day written 'YYYY-MM-DD'. */
export function assertIsoDate(value: unknown, label = 'date'): asserts value is IsoDate {
  if (typeof value !== 'string') {
    throw new RangeError(`${label} must be an IsoDate string 'YYYY-MM-DD', got ${typeof value}`);
  }
  const match = ISO_DATE.exec(value);
  if (match === null) {
    throw new RangeError(`${label} must be an IsoDate 'YYYY-MM-DD', got '${value}'`);
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`${label} '${value}' is not a real calendar day`);
  }
}

export function isIsoDate(value: unknown): value is IsoDate {
  try {
    assertIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

/** Throws a RangeError unless `n` is an integer ≥ 0. */
export function assertNonNegativeInteger(n: unknown, label = 'n'): asserts n is number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`${label} must be a non-negative integer, got ${String(n)}`);
  }
}

/** Days since 1970-01-01 (negative before). Assumes a valid IsoDate. */
export function toDayNumber(day: IsoDate): number {
  const [year, month, date] = day.split('-').map(Number);
  return Math.floor(utcMs(year, month, date) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`day number ${dayNumber} is outside years 0000–9999`);
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** The IsoDate `n` calendar days after `day` (before if n < 0). */
export function addDays(day: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(day) + n);
}

export function weekdayOf(day: IsoDate): Weekday {
  return ((((toDayNumber(day) + 4) % 7) + 7) % 7) as Weekday; // 1970-01-01 was a Thursday
}

export function isWeekend(day: IsoDate): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

export function yearOf(day: IsoDate): number {
  return Number(day.slice(0, 4));
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

/** Every day from `first` to `last`, both included (empty if last < first). */
export function dayRange(first: IsoDate, last: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let n = toDayNumber(first); n <= toDayNumber(last); n += 1) days.push(fromDayNumber(n));
  return days;
}

function utcMs(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year, month - 1, day); // Date.UTC maps years 0–99 to 1900–1999
  return d.getTime();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
