import * as deadlines from './deadlines';
import {
  addDays,
  assertIsoDate,
  assertNonNegativeInteger,
  fromDayNumber,
  IsoDate,
  isWeekend,
  toDayNumber,
  yearOf,
} from './iso-date';
import { statutoryYearTable } from './statutory-holidays';
import { normaliseYearTable, validateYearTable, YearTable } from './year-table';

interface ResolvedYear {
  daysOff: ReadonlySet<IsoDate>;
  workingDays: ReadonlySet<IsoDate>;
}

/**
 * Working days in Vietnam: Monday–Friday except public holidays, in Asia/Ho_Chi_Minh.
 * Each year uses the table given for it (the government's announcement, as edited by admins);
 * a year without one falls back to `statutoryYearTable(year)` (Labour Code Arts 111–112).
 */
export class WorkingDayCalendar implements deadlines.WorkingDays {
  private readonly tables = new Map<number, YearTable>();
  private readonly resolved = new Map<number, ResolvedYear>();

  /** @throws RangeError on a malformed table or two tables for one year. */
  constructor(tables: readonly YearTable[] = []) {
    for (const table of tables) {
      validateYearTable(table);
      if (this.tables.has(table.year)) throw new RangeError(`two year tables for ${table.year}`);
      this.tables.set(table.year, normaliseYearTable(table));
    }
  }

  /** The table in force for `year` (a copy): the one given, else the statutory one. */
  yearTable(year: number): YearTable {
    const table = this.tables.get(year);
    return table === undefined ? statutoryYearTable(year) : normaliseYearTable(table);
  }

  /** True when no table was given for `year`, so the statutory one applies. */
  isStatutory(year: number): boolean {
    return !this.tables.has(year);
  }

  isWorkingDay(day: IsoDate): boolean {
    assertIsoDate(day, 'day');
    return this.isWorking(day);
  }

  /** The first working day strictly after `day`. */
  nextWorkingDay(day: IsoDate): IsoDate {
    return this.addWorkingDays(day, 1);
  }

  /** The nth working day after `from`; for n = 0, `from` if it is a working day, else the next one. */
  addWorkingDays(from: IsoDate, n: number): IsoDate {
    assertIsoDate(from, 'from');
    assertNonNegativeInteger(n, 'n');
    let dayNumber = toDayNumber(from);
    let day = from;
    if (n === 0) {
      while (!this.isWorking(day)) day = fromDayNumber(++dayNumber);
      return day;
    }
    for (let found = 0; found < n;) {
      day = fromDayNumber(++dayNumber);
      if (this.isWorking(day)) found += 1;
    }
    return day;
  }

  /** The number of working days in (a, b]; negative (minus those in (b, a]) when b < a. */
  workingDaysBetween(a: IsoDate, b: IsoDate): number {
    assertIsoDate(a, 'a');
    assertIsoDate(b, 'b');
    if (b < a) return 0 - this.workingDaysBetween(b, a); // 0 - x: never -0
    let count = 0;
    for (let day = addDays(a, 1); day <= b; day = addDays(day, 1)) {
      if (this.isWorking(day)) count += 1;
    }
    return count;
  }

  /** See `deadlines.workingDaysDeadline`: 24:00 (UTC+7) of the nth working day after the event. */
  workingDaysDeadline(event: Date, n: number): Date {
    return deadlines.workingDaysDeadline(this, event, n);
  }

  /** See `deadlines.calendarDaysDeadline`. */
  calendarDaysDeadline(event: Date, days: number): Date {
    return deadlines.calendarDaysDeadline(this, event, days);
  }

  /** See `deadlines.monthsDeadline`. */
  monthsDeadline(event: Date, months: number): Date {
    return deadlines.monthsDeadline(this, event, months);
  }

  /** See `deadlines.extendForPause`. */
  extendForPause(due: Date, pausedAt: Date, resumedAt: Date): Date {
    return deadlines.extendForPause(this, due, pausedAt, resumedAt);
  }

  private isWorking(day: IsoDate): boolean {
    const year = this.resolve(yearOf(day));
    if (year.workingDays.has(day)) return true;
    return !isWeekend(day) && !year.daysOff.has(day);
  }

  private resolve(year: number): ResolvedYear {
    let resolved = this.resolved.get(year);
    if (resolved === undefined) {
      const table = this.tables.get(year) ?? statutoryYearTable(year);
      resolved = { daysOff: new Set(table.daysOff), workingDays: new Set(table.workingDays) };
      this.resolved.set(year, resolved);
    }
    return resolved;
  }
}
