import Holidays from 'date-holidays';
import {
  hungKingsDay,
  lunarNewYear,
  nationalDayAdjacent,
  statutoryHolidays,
  statutoryYearTable,
  tetDays,
  WorkingDayCalendar,
} from '@app/domain/calendar';

describe('statutoryYearTable', () => {
  const calendar = new WorkingDayCalendar(); // no tables: every year is statutory

  it('Labour Code Art 112.1: 11 holiday days a year (1 + 5 + 1 + 1 + 2 + 1)', () => {
    for (let year = 2026; year <= 2035; year += 1) {
      const holidays = statutoryHolidays(year).filter((h) => h.kind !== 'compensatory');
      expect(new Set(holidays.map((h) => h.date)).size).toBe(11);
    }
  });

  it('Labour Code Art 112.1.a/c/d: 1 Jan, 30 Apr and 1 May are holidays', () => {
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false); // Friday
    expect(calendar.isWorkingDay('2027-04-30')).toBe(false); // Friday
    expect(calendar.isWorkingDay('2029-05-01')).toBe(false); // Tuesday
  });

  it('Labour Code Art 112.1.b: Tết 2027 starts 2027-02-06, with the eve 2027-02-05 off by default', () => {
    expect(lunarNewYear(2027)).toBe('2027-02-06');
    expect(tetDays(2027)).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']);
    expect(calendar.isWorkingDay('2027-02-04')).toBe(true); // Thursday before the eve
    expect(calendar.isWorkingDay('2027-02-05')).toBe(false); // eve (last day of the lunar year)
    expect(calendar.isWorkingDay('2027-02-09')).toBe(false); // 4th day of the new year
  });

  it('Labour Code Art 111.3: Tết 2027 on Sat–Sun gives compensatory Wed 10 and Thu 11 Feb', () => {
    expect(calendar.isWorkingDay('2027-02-10')).toBe(false);
    expect(calendar.isWorkingDay('2027-02-11')).toBe(false);
    expect(calendar.isWorkingDay('2027-02-12')).toBe(true);
  });

  it('Labour Code Art 112.1.e: Hùng Kings 2027 (10/3 lunar) is 2027-04-16', () => {
    expect(statutoryHolidays(2027)).toContainEqual({ date: '2027-04-16', kind: 'hung_kings' });
    expect(calendar.isWorkingDay('2027-04-16')).toBe(false);
    expect(calendar.isWorkingDay('2027-04-15')).toBe(true);
  });

  it('Labour Code Art 112.1.b: Tết 2030 is 2030-02-02 in Vietnam (UTC+7), not 3 Feb as in China', () => {
    expect(lunarNewYear(2030)).toBe('2030-02-02');
    expect(tetDays(2030)[0]).toBe('2030-02-01');
    expect(calendar.isWorkingDay('2030-01-31')).toBe(true);
    expect(calendar.isWorkingDay('2030-02-01')).toBe(false);
    expect(lunarNewYear(2007)).toBe('2007-02-17'); // China: 18 Feb 2007
  });

  it('Labour Code Art 111.3: 30 Apr 2028 (Sunday) moves to Tue 2 May, 1 May being a holiday', () => {
    expect(statutoryHolidays(2028)).toContainEqual({
      date: '2028-05-02',
      kind: 'compensatory',
      replaces: '2028-04-30',
    });
    expect(statutoryYearTable(2028).daysOff).toEqual(
      expect.arrayContaining(['2028-04-30', '2028-05-01', '2028-05-02']),
    );
    expect(calendar.isWorkingDay('2028-05-01')).toBe(false);
    expect(calendar.isWorkingDay('2028-05-02')).toBe(false);
    expect(calendar.isWorkingDay('2028-05-03')).toBe(true);
  });

  it('Labour Code Art 111.3: 1 Jan 2028 (Saturday) moves to Monday 3 Jan', () => {
    expect(calendar.isWorkingDay('2028-01-03')).toBe(false);
    expect(calendar.isWorkingDay('2028-01-04')).toBe(true);
  });

  it('Labour Code Art 111.3: every holiday on a weekend gets its own compensatory working day', () => {
    for (let year = 2026; year <= 2040; year += 1) {
      const holidays = statutoryHolidays(year);
      const onWeekend = holidays.filter(
        (h) => h.kind !== 'compensatory' && [0, 6].includes(new Date(h.date).getUTCDay()),
      );
      const compensatory = holidays.filter((h) => h.kind === 'compensatory');
      expect(compensatory.map((h) => h.replaces)).toEqual(onWeekend.map((h) => h.date));
      for (const h of compensatory) expect([0, 6]).not.toContain(new Date(h.date).getUTCDay());
    }
  });

  it('Labour Code Art 112.1.đ: 2 Sep plus 3 Sep when 2 Sep is a Monday or Thursday, else 1 Sep', () => {
    expect(nationalDayAdjacent(2021)).toBe('2021-09-03'); // Thursday 2 Sep (official: 2–3 Sep)
    expect(nationalDayAdjacent(2022)).toBe('2022-09-01'); // Friday (official: 1–2 Sep)
    expect(nationalDayAdjacent(2024)).toBe('2024-09-03'); // Monday (official: 2–3 Sep)
    expect(nationalDayAdjacent(2025)).toBe('2025-09-01'); // Tuesday (official: 1–2 Sep)
    expect(nationalDayAdjacent(2026)).toBe('2026-09-01'); // Wednesday (official: 1–2 Sep, + swap)
  });

  it('Labour Code Art 111.3 + 112.1.đ: 2 Sep 2023 (Saturday) gives Fri 1 and Mon 4 Sep off', () => {
    expect(statutoryYearTable(2023).daysOff.filter((d) => d >= '2023-08-01' && d <= '2023-09-30')).toEqual([
      '2023-09-01',
      '2023-09-02',
      '2023-09-04',
    ]);
  });

  it('Labour Code Art 112: the statutory table is fresh data admins can edit, with no swapped days', () => {
    const table = statutoryYearTable(2027);
    expect(table.year).toBe(2027);
    expect(table.workingDays).toEqual([]);
    (table.daysOff as string[]).push('2027-12-31');
    expect(statutoryYearTable(2027).daysOff).not.toContain('2027-12-31');
  });

  it('input validation: rejects a non-integer year', () => {
    expect(() => statutoryYearTable(2026.5)).toThrow(RangeError);
  });

  it('Labour Code Art 112.1.b and 112.1.e: Tết and the Hùng Kings day are the days of date-holidays’ full VN data, 2015–2035', () => {
    // The calendar computes only these two lunar rules; the full data computes a dozen more.
    const full = new Holidays('VN');
    for (let year = 2015; year <= 2035; year += 1) {
      const days = new Map(full.getHolidays(year).map((h) => [h.rule, h.date.slice(0, 10)]));
      expect([year, lunarNewYear(year), hungKingsDay(year)]).toEqual([
        year,
        days.get('vietnamese 1-0-1'),
        days.get('vietnamese 3-0-10'),
      ]);
    }
  });
});
