/**
 * Year tables as announced by the government (days off for civil servants, with swapped days).
 * Seed data only: the application stores and edits tables; pass them to WorkingDayCalendar.
 */
import { dayRange } from './iso-date';
import { YearTable } from './year-table';

/**
 * 2026: New Year off 1–4 Jan, Saturday 10 Jan worked (for Friday 2 Jan); Tết off 14–22 Feb;
 * Hùng Kings on Sunday 26 Apr, Monday 27 Apr off; 30 Apr and 1 May off; National Day off
 * 29 Aug–2 Sep, Saturday 22 Aug worked (for Monday 31 Aug).
 */
export const OFFICIAL_2026_TABLE: Readonly<YearTable> = Object.freeze({
  year: 2026,
  daysOff: Object.freeze([
    ...dayRange('2026-01-01', '2026-01-04'),
    ...dayRange('2026-02-14', '2026-02-22'),
    '2026-04-27',
    '2026-04-30',
    '2026-05-01',
    ...dayRange('2026-08-29', '2026-09-02'),
  ]),
  workingDays: Object.freeze(['2026-01-10', '2026-08-22']),
});

/** All official tables shipped with the code, one per year. */
export const OFFICIAL_YEAR_TABLES: readonly YearTable[] = Object.freeze([OFFICIAL_2026_TABLE]);
