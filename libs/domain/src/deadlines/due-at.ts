import {
  addDays,
  assertNonNegativeInteger,
  assertValidInstant,
  endOfLocalDay,
  type IsoDate,
  startOfLocalDay,
  toDayNumber,
  toLocalDate,
  type WorkingDayCalendar,
} from '../calendar';
import type { DeadlineKind, DeadlinePolicy } from './deadline-kinds';
import { DEFAULT_DEADLINE_POLICIES, policyFor } from './default-policies';

/** What the clocks need from a calendar (a `WorkingDayCalendar` has all of it). */
export type DeadlineCalendar = Pick<
  WorkingDayCalendar,
  | 'isWorkingDay'
  | 'addWorkingDays'
  | 'workingDaysDeadline'
  | 'calendarDaysDeadline'
  | 'monthsDeadline'
  | 'extendForPause'
>;

export interface DueAtOptions {
  /** `settlement_performance` only: the deadline written in the mediation record (Art 65.2). */
  readonly performanceDate?: Date;
}

/**
 * When the clock `kind` started at `start` runs out, by its policy's unit (Civil Code Arts 147–148:
 * 24:00 Asia/Ho_Chi_Minh, rolled to a working day). `settlement_performance` ends at 24:00 of the
 * record's date (rolled to a working day) and needs `options.performanceDate`.
 * @throws RangeError on an invalid start, a missing policy or a missing performance date.
 */
export function dueAt(
  kind: DeadlineKind,
  start: Date,
  calendar: DeadlineCalendar,
  policies: readonly DeadlinePolicy[] = DEFAULT_DEADLINE_POLICIES,
  options: DueAtOptions = {},
): Date {
  assertValidInstant(start, 'start');
  const policy = policyFor(kind, policies);
  if (policy.unit === 'fixed_date') {
    const date = options.performanceDate;
    if (date === undefined) throw new RangeError(`${kind} needs the date from the mediation record`);
    assertValidInstant(date, 'performanceDate');
    return endOfLocalDay(calendar.addWorkingDays(toLocalDate(date), 0));
  }
  const amount = policy.amount ?? Number.NaN;
  switch (policy.unit) {
    case 'working_days':
      return calendar.workingDaysDeadline(start, amount);
    case 'calendar_days':
      return calendar.calendarDaysDeadline(start, amount);
    case 'months':
      return calendar.monthsDeadline(start, amount);
  }
}

/**
 * A clock of `kind` paused at `pausedAt` and resumed at `resumedAt` (waiting on the consumer,
 * domain.md §5) ends later by the time the pause lasted, counted in the clock's own unit over the
 * days in (local day of pausedAt, local day of resumedAt]: a working-day clock by the working days
 * among them; a calendar-day or month clock by all of them, its new last day rolled to a working
 * day (Civil Code Art 148). A date written in a record (`fixed_date`) does not move.
 */
export function pauseAndResume(
  kind: DeadlineKind,
  due: Date,
  pausedAt: Date,
  resumedAt: Date,
  calendar: DeadlineCalendar,
  policies: readonly DeadlinePolicy[] = DEFAULT_DEADLINE_POLICIES,
): Date {
  const unit = policyFor(kind, policies).unit;
  if (unit === 'working_days') return calendar.extendForPause(due, pausedAt, resumedAt);
  assertValidInstant(due, 'due');
  assertValidInstant(pausedAt, 'pausedAt');
  assertValidInstant(resumedAt, 'resumedAt');
  if (resumedAt.getTime() < pausedAt.getTime()) {
    throw new RangeError(`resumedAt (${resumedAt.toISOString()}) is before pausedAt (${pausedAt.toISOString()})`);
  }
  const days = toDayNumber(toLocalDate(resumedAt)) - toDayNumber(toLocalDate(pausedAt));
  if (unit === 'fixed_date' || days === 0) return new Date(due.getTime());
  // 24:00 belongs to the day it ends: count from that day.
  return calendar.calendarDaysDeadline(new Date(due.getTime() - 1), days);
}

/**
 * When to remind whoever must act: `due` moved back by the policy's lead in working days, keeping
 * its time of day (24:00 of day D with a lead of 2 → 24:00 of the 2nd working day before D, when
 * exactly `lead` working days remain).
 */
export function reminderAt(
  kind: DeadlineKind,
  due: Date,
  calendar: DeadlineCalendar,
  policies: readonly DeadlinePolicy[] = DEFAULT_DEADLINE_POLICIES,
): Date {
  assertValidInstant(due, 'due');
  const lead = policyFor(kind, policies).reminderLeadWorkingDays;
  assertNonNegativeInteger(lead, 'reminderLeadWorkingDays');
  if (lead === 0) return new Date(due.getTime());
  // 24:00 belongs to the day it ends, not to the next one.
  const dueDay = toLocalDate(new Date(due.getTime() - 1));
  const timeOfDay = due.getTime() - startOfLocalDay(dueDay).getTime();
  let day: IsoDate = dueDay;
  for (let found = 0; found < lead;) {
    day = addDays(day, -1);
    if (calendar.isWorkingDay(day)) found += 1;
  }
  return new Date(startOfLocalDay(day).getTime() + timeOfDay);
}
