import {
  addDays,
  assertIsoDate,
  daysInMonth,
  endOfLocalDay,
  fromDayNumber,
  isIsoDate,
  startOfLocalDay,
  toDayNumber,
  toLocalDate,
  weekdayOf,
  WorkingDayCalendar,
} from '@app/domain/calendar';

describe('IsoDate', () => {
  it.each(['2026-02-30', '2026-13-01', '2026-00-10', '2026-2-3', '26-02-03', '', 'abc', '2026-02-12T00:00'])(
    'input validation: rejects %p with a RangeError',
    (bad) => {
      expect(() => assertIsoDate(bad)).toThrow(RangeError);
      expect(isIsoDate(bad)).toBe(false);
    },
  );

  it('input validation: the message names the argument and the bad value', () => {
    const calendar = new WorkingDayCalendar();
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow("day '2026-02-30' is not a real calendar day");
    expect(() => calendar.addWorkingDays('12/02/2026', 1)).toThrow(
      "from must be an IsoDate 'YYYY-MM-DD', got '12/02/2026'",
    );
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('input validation: rejects n = %p', (n) => {
    expect(() => new WorkingDayCalendar().addWorkingDays('2026-03-02', n)).toThrow(/n must be a non-negative integer/);
  });

  it('accepts leap days only in leap years', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(daysInMonth(2028, 2)).toBe(29);
  });

  it('does calendar arithmetic across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(weekdayOf('2026-01-10')).toBe(6); // Saturday
    expect(weekdayOf('2028-04-30')).toBe(0); // Sunday
  });
});

describe('Asia/Ho_Chi_Minh time', () => {
  it('Civil Code Art 148: a day ends at 24:00 UTC+7, i.e. 17:00Z', () => {
    expect(endOfLocalDay('2026-03-06').toISOString()).toBe('2026-03-06T17:00:00.000Z');
    expect(startOfLocalDay('2026-03-06').toISOString()).toBe('2026-03-05T17:00:00.000Z');
  });

  it('Civil Code Art 147: the local day of an instant is taken in UTC+7', () => {
    expect(toLocalDate(new Date('2026-03-06T16:30:00Z'))).toBe('2026-03-06'); // 23:30 local
    expect(toLocalDate(new Date('2026-03-06T16:59:59.999Z'))).toBe('2026-03-06');
    expect(toLocalDate(new Date('2026-03-06T17:00:00Z'))).toBe('2026-03-07'); // 00:00 local
    expect(toLocalDate(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });

  it('input validation: rejects an invalid Date', () => {
    expect(() => toLocalDate(new Date('nope'))).toThrow(RangeError);
  });

  // The day numbers are integer arithmetic (no Date per call); Date.UTC, the proleptic Gregorian
  // calendar, is the reference for every day the type allows.
  it('numbers the days of the years 0000–9999 as Date.UTC does, both ways', () => {
    const reference = (n: number) => {
      const d = new Date(n * 86_400_000);
      return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
    };
    const first = toDayNumber('0000-01-01');
    const last = toDayNumber('9999-12-31');
    expect([first, last]).toEqual([-719_528, 2_932_896]);
    // Every day of 1900–2199; every 29th day (a stride that meets every day of the month) elsewhere.
    const [busyFrom, busyTo] = [toDayNumber('1900-01-01'), toDayNumber('2199-12-31')];
    const wrong: string[] = [];
    for (let n = first; n <= last && wrong.length < 5; n += n >= busyFrom && n <= busyTo ? 1 : 29) {
      const day = reference(n);
      if (fromDayNumber(n) !== day || toDayNumber(day) !== n) wrong.push(`${n}: ${day} / ${fromDayNumber(n)}`);
    }
    expect(wrong).toEqual([]);
    expect([fromDayNumber(first), fromDayNumber(last)]).toEqual(['0000-01-01', '9999-12-31']);
    expect(() => fromDayNumber(first - 1)).toThrow(RangeError);
    expect(() => fromDayNumber(last + 1)).toThrow(RangeError);
  });

  it('knows the length of every month of the years 0000–9999 as Date.UTC does', () => {
    const wrong: string[] = [];
    for (let year = 0; year <= 9999; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const reference = new Date(Date.UTC(2000, month, 0));
        reference.setUTCFullYear(year, month, 0);
        if (daysInMonth(year, month) !== reference.getUTCDate()) wrong.push(`${year}-${month}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
