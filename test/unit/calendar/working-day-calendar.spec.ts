import { OFFICIAL_2026_TABLE, OFFICIAL_YEAR_TABLES, WorkingDayCalendar, YearTable } from '@app/domain/calendar';

describe(WorkingDayCalendar.name, () => {
  const calendar = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES);
  const statutory = new WorkingDayCalendar();

  describe('official 2026 table', () => {
    it('Labour Code Art 112.3: addWorkingDays skips the 2026 Tết break (14–22 Feb)', () => {
      expect(calendar.addWorkingDays('2026-02-12', 7)).toBe('2026-03-02');
    });

    it('Labour Code Art 112.3: Friday 2 Jan 2026 is off and Saturday 10 Jan is worked (swap)', () => {
      expect(calendar.isWorkingDay('2026-01-02')).toBe(false);
      expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
      expect(calendar.isWorkingDay('2026-01-05')).toBe(true);
    });

    it('Labour Code Art 111.3: Hùng Kings on Sunday 26 Apr 2026, so Monday 27 Apr is off', () => {
      expect(calendar.isWorkingDay('2026-04-27')).toBe(false);
      expect(calendar.isWorkingDay('2026-04-28')).toBe(true);
      expect(calendar.isWorkingDay('2026-04-30')).toBe(false);
      expect(calendar.isWorkingDay('2026-05-01')).toBe(false);
    });

    it('Labour Code Art 112.3: off 29 Aug–2 Sep 2026, Saturday 22 Aug worked', () => {
      expect(calendar.isWorkingDay('2026-08-22')).toBe(true);
      expect(calendar.isWorkingDay('2026-08-31')).toBe(false);
      expect(calendar.isWorkingDay('2026-09-02')).toBe(false);
      expect(calendar.isWorkingDay('2026-09-03')).toBe(true);
    });

    it('Labour Code Art 112.3: a table replaces the statutory computation for its year only', () => {
      expect(statutory.isWorkingDay('2026-01-02')).toBe(true); // no swap in the statutory table
      expect(statutory.isWorkingDay('2026-01-10')).toBe(false);
      expect(statutory.isWorkingDay('2026-02-20')).toBe(false); // statutory Tết: 16–20 Feb
      expect(statutory.isWorkingDay('2026-02-23')).toBe(true);
      expect(calendar.isStatutory(2026)).toBe(false);
      expect(calendar.isStatutory(2027)).toBe(true);
      expect(calendar.isWorkingDay('2027-02-05')).toBe(statutory.isWorkingDay('2027-02-05'));
    });

    it('Labour Code Art 112.3: an admin-edited table is plain data and takes effect', () => {
      const edited: YearTable = { ...OFFICIAL_2026_TABLE, daysOff: [...OFFICIAL_2026_TABLE.daysOff, '2026-12-31'] };
      expect(new WorkingDayCalendar([edited]).isWorkingDay('2026-12-31')).toBe(false);
      expect(calendar.isWorkingDay('2026-12-31')).toBe(true);
      expect(calendar.yearTable(2026)).toEqual({
        ...OFFICIAL_2026_TABLE,
        daysOff: [...OFFICIAL_2026_TABLE.daysOff].sort(),
      });
    });
  });

  describe('day arithmetic', () => {
    it('Civil Code Art 147: addWorkingDays(d, 0) is d when d is a working day, else the next one', () => {
      expect(calendar.addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
      expect(calendar.addWorkingDays('2026-03-07', 0)).toBe('2026-03-09');
      expect(calendar.addWorkingDays('2026-03-06', 1)).toBe('2026-03-09');
    });

    it('Civil Code Art 148: nextWorkingDay is the first working day strictly after the day', () => {
      expect(calendar.nextWorkingDay('2026-03-02')).toBe('2026-03-03');
      expect(calendar.nextWorkingDay('2026-02-13')).toBe('2026-02-23');
      expect(calendar.nextWorkingDay('2026-12-31')).toBe('2027-01-04'); // 1 Jan 2027 is a holiday
    });

    it('Civil Code Art 147: workingDaysBetween counts (a, b] and is negative when b < a', () => {
      expect(calendar.workingDaysBetween('2026-02-12', '2026-03-02')).toBe(7);
      expect(calendar.workingDaysBetween('2026-03-02', '2026-02-12')).toBe(-7);
      expect(calendar.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
      expect(calendar.workingDaysBetween('2026-03-06', '2026-03-08')).toBe(0);
      expect(calendar.workingDaysBetween('2026-03-08', '2026-03-07')).toBe(0); // +0, not -0
    });

    it('Labour Code Art 112: 2026 has 250 working days under the official table', () => {
      expect(calendar.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(250);
    });
  });

  describe('input validation', () => {
    it('rejects a table with a day outside its year', () => {
      expect(() => new WorkingDayCalendar([{ year: 2027, daysOff: ['2026-12-31'], workingDays: [] }])).toThrow(
        "year table 2027: daysOff[0] '2026-12-31' is not in 2027",
      );
    });

    it('rejects two tables for one year, and a day both off and worked', () => {
      expect(() => new WorkingDayCalendar([OFFICIAL_2026_TABLE, OFFICIAL_2026_TABLE])).toThrow(RangeError);
      const both: YearTable = { year: 2027, daysOff: ['2027-01-02'], workingDays: ['2027-01-02'] };
      expect(() => new WorkingDayCalendar([both])).toThrow(/both a day off and a working day/);
    });

    it('rejects an invalid date inside a table', () => {
      expect(() => new WorkingDayCalendar([{ year: 2027, daysOff: ['2027-02-30'], workingDays: [] }])).toThrow(
        RangeError,
      );
    });
  });
});
