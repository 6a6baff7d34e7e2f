import { addDays, daysInMonth, type IsoDate, isoDate } from '../calendar/iso-date';
import { monthsOfPeriod } from './statistics-figures';

/** An inclusive range of local days. */
export type DayRange = readonly [first: IsoDate, last: IsoDate];

/** The first and last day of a month `YYYY-MM`. */
export function monthDays(month: string): DayRange {
  const [year, m] = month.split('-').map(Number);
  return [isoDate(year, m, 1), isoDate(year, m, daysInMonth(year, m))];
}

/**
 * A period [from, to] as the rollups serve it: the months it covers whole (their cells can be read)
 * and the days at its ends that fall in months it covers only in part (counted from the facts).
 */
export function splitPeriod(from: IsoDate, to: IsoDate): { wholeMonths: string[]; partial: DayRange[] } {
  const wholeMonths: string[] = [];
  const partial: DayRange[] = [];
  for (const month of monthsOfPeriod(from, to)) {
    const [first, last] = monthDays(month);
    if (first >= from && last <= to) wholeMonths.push(month);
    else partial.push([first < from ? from : first, last > to ? to : last]);
  }
  return { wholeMonths, partial };
}

/** Day ranges in order with the adjacent or overlapping ones joined (fewer conditions in SQL). */
export function joinRanges(ranges: readonly DayRange[]): DayRange[] {
  const sorted = [...ranges].sort((a, b) => a[0].localeCompare(b[0]));
  const joined: [IsoDate, IsoDate][] = [];
  for (const [first, last] of sorted) {
    const previous = joined[joined.length - 1];
    if (previous && first <= addDays(previous[1], 1)) {
      if (last > previous[1]) previous[1] = last;
    } else joined.push([first, last]);
  }
  return joined;
}
