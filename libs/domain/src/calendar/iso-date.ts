/**
 * Calendar-day arithmetic on 'YYYY-MM-DD' strings. A calendar day has no time zone of its own:
 * the mapping between instants and days lives in `vn-time.ts` (Asia/Ho_Chi_Minh, UTC+7).
 */

/** A calendar day written 'YYYY-MM-DD' (ISO 8601 extended date). */
export type IsoDate = string;

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
  return daysFromCivil(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const { year, month, day } = civilFromDays(dayNumber);
  if (year < 0 || year > 9999) throw new RangeError(`day number ${dayNumber} is outside years 0000–9999`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
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
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Every day from `first` to `last`, both included (empty if last < first). */
export function dayRange(first: IsoDate, last: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let n = toDayNumber(first); n <= toDayNumber(last); n += 1) days.push(fromDayNumber(n));
  return days;
}

// Proleptic Gregorian day numbers by integer arithmetic, as Date.UTC counts them but without a
// Date per call: the working-day loops (a deadline, a statistics period) turn many days each. The
// year is counted from March, so that the leap day ends it; an era is 400 years (146,097 days).
// The algorithm is Howard Hinnant's (chrono-Compatible Low-Level Date Algorithms).
const DAYS_PER_ERA = 146_097;
const EPOCH_FROM_0000_03_01 = 719_468;

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_FROM_0000_03_01;
}

function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + EPOCH_FROM_0000_03_01;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1,
  };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
