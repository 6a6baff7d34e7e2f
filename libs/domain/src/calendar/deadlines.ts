/**
 * Deadlines on instants (Civil Code 2015 Arts 147–148): a period starts on the day after the
 * event; a day ends at 24:00 Asia/Ho_Chi_Minh; a period whose last day is not a working day
 * ends at the end of the next working day.
 */
import { assertNonNegativeInteger, daysInMonth, IsoDate, isoDate, addDays } from './iso-date';
import { assertValidInstant, endOfLocalDay, startOfLocalDay, toLocalDate } from './vn-time';

/** What the deadline rules need from a calendar. */
export interface WorkingDays {
  isWorkingDay(day: IsoDate): boolean;
  addWorkingDays(from: IsoDate, n: number): IsoDate;
  workingDaysBetween(a: IsoDate, b: IsoDate): number;
}

/** 24:00 (UTC+7) of the nth working day after the event's local day. */
export function workingDaysDeadline(calendar: WorkingDays, event: Date, n: number): Date {
  assertValidInstant(event, 'event');
  assertNonNegativeInteger(n, 'n');
  return endOfLocalDay(calendar.addWorkingDays(toLocalDate(event), n));
}

/**
 * Working days left until a deadline, as people count them ("còn N ngày làm việc"): the working
 * days in (today, the deadline's day], both local (UTC+7). 0 on the due day itself; negative once
 * it has passed (minus the working days since the due day). The deadline's day is the one it ends:
 * 24:00 belongs to the day it closes, not to the next one.
 */
export function workingDaysLeft(calendar: WorkingDays, now: Date, due: Date): number {
  assertValidInstant(now, 'now');
  assertValidInstant(due, 'due');
  const dueDay = toLocalDate(new Date(due.getTime() - 1));
  return calendar.workingDaysBetween(toLocalDate(now), dueDay);
}

/** 24:00 (UTC+7) of the day `days` calendar days after the event, rolled to a working day. */
export function calendarDaysDeadline(calendar: WorkingDays, event: Date, days: number): Date {
  assertValidInstant(event, 'event');
  assertNonNegativeInteger(days, 'days');
  return endOfRolledDay(calendar, addDays(toLocalDate(event), days));
}

/**
 * 24:00 (UTC+7) of the corresponding day `months` months after the event (Art 148.1: the last
 * day of that month when it has no such day, e.g. 31 Aug + 6 months → 28/29 Feb), rolled to a
 * working day.
 */
export function monthsDeadline(calendar: WorkingDays, event: Date, months: number): Date {
  assertValidInstant(event, 'event');
  assertNonNegativeInteger(months, 'months');
  const [year, month, day] = toLocalDate(event).split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const [targetYear, targetMonth] = [Math.floor(index / 12), (index % 12) + 1];
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return endOfRolledDay(calendar, isoDate(targetYear, targetMonth, targetDay));
}

/**
 * Moves a working-day deadline later by the working days elapsed while the clock was paused,
 * i.e. the working days in (local day of pausedAt, local day of resumedAt]. The time of day of
 * `due` is kept (24:00 stays 24:00).
 */
export function extendForPause(calendar: WorkingDays, due: Date, pausedAt: Date, resumedAt: Date): Date {
  assertValidInstant(due, 'due');
  assertValidInstant(pausedAt, 'pausedAt');
  assertValidInstant(resumedAt, 'resumedAt');
  if (resumedAt.getTime() < pausedAt.getTime()) {
    throw new RangeError(`resumedAt (${resumedAt.toISOString()}) is before pausedAt (${pausedAt.toISOString()})`);
  }
  const paused = calendar.workingDaysBetween(toLocalDate(pausedAt), toLocalDate(resumedAt));
  if (paused === 0) return new Date(due.getTime());
  // The day a deadline belongs to: 24:00 is the end of that day, not the start of the next.
  const dueDay = toLocalDate(new Date(due.getTime() - 1));
  const timeOfDay = due.getTime() - startOfLocalDay(dueDay).getTime();
  const newDay = calendar.addWorkingDays(dueDay, paused);
  return new Date(startOfLocalDay(newDay).getTime() + timeOfDay);
}

function endOfRolledDay(calendar: WorkingDays, lastDay: IsoDate): Date {
  return endOfLocalDay(calendar.addWorkingDays(lastDay, 0));
}
