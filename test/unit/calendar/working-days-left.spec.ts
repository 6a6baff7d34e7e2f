import { OFFICIAL_YEAR_TABLES, WorkingDayCalendar, workingDaysLeft } from '@app/domain/calendar';

const at = (iso: string): Date => new Date(iso);

describe(workingDaysLeft.name, () => {
  const calendar = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES);
  // Due at 24:00 (UTC+7) on Tuesday 17 March 2026, i.e. 17:00Z that day.
  const dueTuesday = at('2026-03-17T17:00:00Z');

  it('counts the working days from today to the due day, skipping the weekend', () => {
    // Friday 13 March, 10:00 local: Mon 16 and Tue 17 are left.
    expect(workingDaysLeft(calendar, at('2026-03-13T03:00:00Z'), dueTuesday)).toBe(2);
  });

  it('counts from the local day (23:30 on a Monday in Hà Nội is Monday, not Tuesday)', () => {
    expect(workingDaysLeft(calendar, at('2026-03-16T16:30:00Z'), dueTuesday)).toBe(1);
  });

  it('is 0 on the due day itself, until 24:00', () => {
    expect(workingDaysLeft(calendar, at('2026-03-17T01:00:00Z'), dueTuesday)).toBe(0);
    expect(workingDaysLeft(calendar, at('2026-03-17T16:59:59Z'), dueTuesday)).toBe(0);
  });

  it('is negative once the due day has passed: minus the working days since', () => {
    expect(workingDaysLeft(calendar, at('2026-03-18T02:00:00Z'), dueTuesday)).toBe(-1);
    // Monday 23 March: Wed, Thu, Fri and Mon have passed.
    expect(workingDaysLeft(calendar, at('2026-03-23T02:00:00Z'), dueTuesday)).toBe(-4);
  });

  it('on a weekend before a Monday deadline, one working day is left', () => {
    expect(workingDaysLeft(calendar, at('2026-03-14T03:00:00Z'), at('2026-03-16T17:00:00Z'))).toBe(1);
  });

  it('skips the Tết break (Labour Code Art 112)', () => {
    // 12 Feb 2026 → due 24:00 on 24 Feb: 13 Feb, then the break, then 23 and 24 Feb.
    expect(workingDaysLeft(calendar, at('2026-02-12T03:00:00Z'), at('2026-02-24T17:00:00Z'))).toBe(3);
  });

  it('rejects an invalid instant', () => {
    expect(() => workingDaysLeft(calendar, new Date(Number.NaN), dueTuesday)).toThrow(RangeError);
  });
});
