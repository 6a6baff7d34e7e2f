import { assertIsoDate, IsoDate, yearOf } from './iso-date';

/**
 * The days off and swapped working days of one calendar year. When a table exists for a year it
 * REPLACES the statutory computation for that year: a day is a working day iff it is listed in
 * `workingDays`, or it is Monday–Friday and not listed in `daysOff`.
 *
 * Plain data, so that admins can edit it (seeded from `statutoryYearTable(year)`) and the
 * government's yearly announcement (days off, Saturdays worked) can be entered as is.
 */
export interface YearTable {
  year: number;
  /** Days off; may include weekend days, which are off anyway. */
  daysOff: readonly IsoDate[];
  /** Days worked although they fall on a Saturday or Sunday (swapped days). */
  workingDays: readonly IsoDate[];
}

/** Lowest and highest year the calendar supports (4-digit years). */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

export function assertYear(year: unknown): asserts year is number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`year must be an integer from ${MIN_YEAR} to ${MAX_YEAR}, got ${String(year)}`);
  }
}

/**
 * Throws a RangeError unless the table is well formed: a valid year, valid IsoDates that all lie
 * in that year, and no day both off and worked.
 */
export function validateYearTable(table: YearTable): void {
  assertYear(table.year);
  const lists: Array<[string, unknown]> = [
    ['daysOff', table.daysOff],
    ['workingDays', table.workingDays],
  ];
  for (const [name, list] of lists) {
    if (!Array.isArray(list)) throw new RangeError(`year table ${table.year}: ${name} must be an array`);
    list.forEach((day: unknown, i) => {
      assertIsoDate(day, `year table ${table.year}: ${name}[${i}]`);
      if (yearOf(day) !== table.year) {
        throw new RangeError(`year table ${table.year}: ${name}[${i}] '${day}' is not in ${table.year}`);
      }
    });
  }
  const off = new Set(table.daysOff);
  const both = table.workingDays.find((day) => off.has(day));
  if (both !== undefined) {
    throw new RangeError(`year table ${table.year}: '${both}' is both a day off and a working day`);
  }
}

/** A deep copy with both lists sorted and de-duplicated. */
export function normaliseYearTable(table: YearTable): YearTable {
  return {
    year: table.year,
    daysOff: [...new Set(table.daysOff)].sort(),
    workingDays: [...new Set(table.workingDays)].sort(),
  };
}
