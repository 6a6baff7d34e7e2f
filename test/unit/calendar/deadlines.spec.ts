import { OFFICIAL_YEAR_TABLES, WorkingDayCalendar } from '@app/domain/calendar';

const at = (iso: string): Date => new Date(iso);
const iso = (d: Date): string => d.toISOString();

describe(WorkingDayCalendar.name, () => {
  const calendar = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES);
  const fridayLateEvening = at('2026-03-06T16:30:00Z'); // Friday 23:30 in Asia/Ho_Chi_Minh

  describe('workingDaysDeadline', () => {
    it('Civil Code Art 147: an event at 23:30 on a Friday (UTC+7) counts from Saturday', () => {
      expect(iso(calendar.workingDaysDeadline(fridayLateEvening, 1))).toBe('2026-03-09T17:00:00.000Z');
    });

    it('Civil Code Art 148: 7 working days end at 24:00 UTC+7 (17:00Z) of the 7th working day', () => {
      expect(iso(calendar.workingDaysDeadline(fridayLateEvening, 7))).toBe('2026-03-17T17:00:00.000Z');
    });

    it('Civil Code Art 147: the event day is the local one (00:30 Monday local is Sunday in UTC)', () => {
      const mondayJustAfterMidnight = at('2026-03-08T17:30:00Z');
      expect(iso(calendar.workingDaysDeadline(mondayJustAfterMidnight, 1))).toBe('2026-03-10T17:00:00.000Z');
    });

    it('Labour Code Art 112 / Civil Code Art 148: 3 working days from 12 Feb 2026 skip Tết', () => {
      expect(iso(calendar.workingDaysDeadline(at('2026-02-12T03:00:00Z'), 3))).toBe('2026-02-24T17:00:00.000Z');
    });
  });

  describe('calendarDaysDeadline', () => {
    it('Civil Code Art 148: a calendar-day period ending on a Saturday rolls to the end of Monday', () => {
      expect(iso(calendar.calendarDaysDeadline(fridayLateEvening, 1))).toBe('2026-03-09T17:00:00.000Z');
      expect(iso(calendar.calendarDaysDeadline(at('2026-03-02T02:00:00Z'), 5))).toBe('2026-03-09T17:00:00.000Z');
    });

    it('Civil Code Art 148: a period ending on a working day ends at 24:00 of that day', () => {
      expect(iso(calendar.calendarDaysDeadline(at('2026-03-02T02:00:00Z'), 10))).toBe('2026-03-12T17:00:00.000Z');
    });

    it('Civil Code Art 148: a period ending in the Tết break rolls past it', () => {
      expect(iso(calendar.calendarDaysDeadline(at('2026-02-10T02:00:00Z'), 4))).toBe('2026-02-23T17:00:00.000Z');
    });
  });

  describe('monthsDeadline', () => {
    it('Civil Code Art 148: ends on the corresponding day of the last month', () => {
      expect(iso(calendar.monthsDeadline(at('2026-03-10T02:00:00Z'), 1))).toBe('2026-04-10T17:00:00.000Z');
    });

    it('Civil Code Art 148: 31 Aug + 6 months clamps to the end of February, then rolls', () => {
      // 28 Feb 2027 is a Sunday: rolls to Monday 1 Mar 2027.
      expect(iso(calendar.monthsDeadline(at('2026-08-31T02:00:00Z'), 6))).toBe('2027-03-01T17:00:00.000Z');
      // 29 Feb 2028 is a Tuesday in a leap year.
      expect(iso(calendar.monthsDeadline(at('2027-08-31T02:00:00Z'), 6))).toBe('2028-02-29T17:00:00.000Z');
    });
  });

  describe('extendForPause', () => {
    const request = at('2026-03-02T02:00:00Z'); // Monday 09:00 local
    const due = calendar.workingDaysDeadline(request, 7); // end of Wednesday 11 Mar

    it('Law 19 Art 57.2 / domain §5: a 7-wd clock paused for 3 working days ends 3 working days later', () => {
      expect(iso(due)).toBe('2026-03-11T17:00:00.000Z');
      const pausedAt = at('2026-03-04T03:00:00Z'); // Wednesday 10:00 local
      const resumedAt = at('2026-03-09T08:00:00Z'); // Monday 15:00 local: Thu, Fri, Mon elapsed
      expect(calendar.workingDaysBetween('2026-03-04', '2026-03-09')).toBe(3);
      const extended = calendar.extendForPause(due, pausedAt, resumedAt);
      expect(iso(extended)).toBe('2026-03-16T17:00:00.000Z');
      expect(extended).toEqual(calendar.workingDaysDeadline(request, 10));
    });

    it('Labour Code Art 112: holidays during a pause do not count as paused working days', () => {
      const extended = calendar.extendForPause(due, at('2026-02-13T03:00:00Z'), at('2026-02-23T03:00:00Z'));
      expect(iso(extended)).toBe('2026-03-12T17:00:00.000Z'); // only Mon 23 Feb elapsed
    });

    it('domain §5: a pause within one day does not move the deadline', () => {
      expect(calendar.extendForPause(due, at('2026-03-04T01:00:00Z'), at('2026-03-04T09:00:00Z'))).toEqual(due);
    });

    it('input validation: resumedAt before pausedAt is a RangeError', () => {
      expect(() => calendar.extendForPause(due, at('2026-03-05T00:00:00Z'), at('2026-03-04T00:00:00Z'))).toThrow(
        RangeError,
      );
    });
  });

  it('input validation: negative or fractional counts and invalid instants are RangeErrors', () => {
    expect(() => calendar.workingDaysDeadline(fridayLateEvening, -1)).toThrow(RangeError);
    expect(() => calendar.calendarDaysDeadline(fridayLateEvening, 2.5)).toThrow(/days must be a non-negative integer/);
    expect(() => calendar.monthsDeadline(new Date(Number.NaN), 1)).toThrow(/event must be a valid Date/);
  });
});
