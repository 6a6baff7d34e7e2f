import fc from 'fast-check';
import {
  fromDayNumber,
  OFFICIAL_YEAR_TABLES,
  toDayNumber,
  toLocalDate,
  WorkingDayCalendar,
} from '@app/domain/calendar';

const FIRST = toDayNumber('2026-01-01');
const LAST = toDayNumber('2030-12-31');
const anyDay = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const anyN = fc.integer({ min: 0, max: 60 });

describe(WorkingDayCalendar.name, () => {
  const calendar = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES); // 2026 official, 2027–2030 statutory
  const workingDay = anyDay.map((day) => calendar.addWorkingDays(day, 0));

  it('Civil Code Art 148: addWorkingDays always lands on a working day (2026–2030)', () => {
    fc.assert(fc.property(anyDay, anyN, (day, n) => calendar.isWorkingDay(calendar.addWorkingDays(day, n))));
  });

  it('Civil Code Art 147: addWorkingDays is monotonic in n, and after the start for n ≥ 1', () => {
    fc.assert(
      fc.property(anyDay, anyN, anyN, (day, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const [early, late] = [calendar.addWorkingDays(day, lo), calendar.addWorkingDays(day, hi)];
        expect(early <= late).toBe(true);
        // Strict unless lo = 0 on a non-working day, where n = 0 and n = 1 both give the next working day.
        if (lo < hi && (lo >= 1 || calendar.isWorkingDay(day))) expect(early < late).toBe(true);
        if (hi >= 1) expect(late > day).toBe(true);
      }),
    );
  });

  it('Civil Code Art 147: workingDaysBetween(d, addWorkingDays(d, n)) === n for a working day d', () => {
    fc.assert(
      fc.property(workingDay, anyN, (day, n) => {
        expect(calendar.workingDaysBetween(day, calendar.addWorkingDays(day, n))).toBe(n);
      }),
    );
  });

  it('Civil Code Art 147: workingDaysBetween is antisymmetric and additive', () => {
    fc.assert(
      fc.property(anyDay, anyDay, anyDay, (a, b, c) => {
        expect(calendar.workingDaysBetween(b, a)).toBe(0 - calendar.workingDaysBetween(a, b));
        expect(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c)).toBe(
          calendar.workingDaysBetween(a, c),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('Civil Code Art 148: workingDaysDeadline ends at 24:00 UTC+7 of a working day after the event', () => {
    const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2030, 11, 1) }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 }), (event, n) => {
        const due = calendar.workingDaysDeadline(event, n);
        expect(due.toISOString().slice(10)).toBe('T17:00:00.000Z');
        const lastDay = toLocalDate(new Date(due.getTime() - 1));
        expect(calendar.isWorkingDay(lastDay)).toBe(true);
        expect(calendar.workingDaysBetween(toLocalDate(event), lastDay)).toBe(n);
      }),
    );
  });

  it('Civil Code Art 148: calendarDaysDeadline never ends before the last day, and on a working day', () => {
    const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2030, 11, 1) }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 90 }), (event, days) => {
        const lastDay = toLocalDate(new Date(calendar.calendarDaysDeadline(event, days).getTime() - 1));
        expect(calendar.isWorkingDay(lastDay)).toBe(true);
        expect(toDayNumber(lastDay) - toDayNumber(toLocalDate(event))).toBeGreaterThanOrEqual(days);
      }),
    );
  });
});
