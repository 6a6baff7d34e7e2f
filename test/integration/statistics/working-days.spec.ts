import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { ClockSettingsService, mergeYearTables } from '@app/cases';
import { OFFICIAL_2026_TABLE, toLocalDate, WorkingDayCalendar } from '@app/domain';
import { DAY_ORDINALS_CTE, dayOrdinal, WorkingDaysRefresher } from '@app/statistics';
import { createTestDatabase, TestDatabase } from '../../support/test-database';

// Durations in statistics are counted in SQL on the working_days table; they must be the domain
// calendar's WorkingDayCalendar.workingDaysBetween of the two local (UTC+7) days, i.e. the working
// days in (a, b] — across Tết 2026 (off 14–22 Feb), the swapped Saturdays 10 Jan and 22 Aug 2026
// (worked), and the turn of a year. Labour Code 2019 Arts 111–112; Civil Code Art 148 (local days).

const at = (local: string) => new Date(`${local}+07:00`);

describe(WorkingDaysRefresher.name, () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let sut: WorkingDaysRefresher;

  /** Working days between the local days of each pair of instants, as the statistics SQL counts them. */
  async function sqlDurations(pairs: readonly (readonly [Date, Date])[]): Promise<(number | null)[]> {
    const rows = await dataSource.query<{ n: number | null }[]>(
      `WITH ${DAY_ORDINALS_CTE},
       pairs AS (SELECT a, b, i FROM unnest($1::timestamptz[], $2::timestamptz[]) WITH ORDINALITY AS p(a, b, i))
       SELECT (${dayOrdinal('pairs.b')} - ${dayOrdinal('pairs.a')})::int AS n
         FROM pairs CROSS JOIN day_ordinals cal
        ORDER BY pairs.i`,
      [pairs.map(([a]) => a), pairs.map(([, b]) => b)],
    );
    return rows.map((r) => r.n);
  }

  const domainDurations = (calendar: WorkingDayCalendar, pairs: readonly (readonly [Date, Date])[]) =>
    pairs.map(([a, b]) => calendar.workingDaysBetween(toLocalDate(a), toLocalDate(b)));

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await db.dataSource();
    sut = new WorkingDaysRefresher(dataSource, new ClockSettingsService(dataSource));
    await sut.ensureFresh();
  });
  afterAll(() => db.drop());

  it('lists the working days of 2015 to two years ahead, numbered 1, 2, 3… in order', async () => {
    const [range] = await dataSource.query<{ first: string; last: string; n: number; max: number }[]>(
      `SELECT to_char(min(day), 'YYYY-MM-DD') AS first, to_char(max(day), 'YYYY-MM-DD') AS last,
              count(*)::int AS n, max(ordinal) AS max FROM working_days`,
    );
    const lastYear = Number(toLocalDate(new Date()).slice(0, 4)) + 2;
    const calendar = new WorkingDayCalendar(mergeYearTables([]));
    expect(range.first).toBe('2015-01-02'); // 1 Jan 2015 was New Year's Day
    expect(range.last <= `${lastYear}-12-31` && range.last >= `${lastYear}-12-24`).toBe(true);
    expect(range.n).toBe(calendar.workingDaysBetween('2014-12-31', `${lastYear}-12-31`));
    expect(range.max).toBe(range.n);
  });

  it('counts the working days between two local days as the domain calendar does, across Tết 2026 and swapped Saturdays', async () => {
    const pairs = [
      [at('2026-02-13T10:00:00'), at('2026-02-23T09:00:00')], // Fri before Tết → Mon after: 1
      [at('2026-02-13T10:00:00'), at('2026-02-13T23:59:00')], // same day: 0
      [at('2026-02-16T08:00:00'), at('2026-02-24T08:00:00')], // filed during Tết → 2
      [at('2026-02-10T08:00:00'), at('2026-03-05T08:00:00')],
      [at('2026-01-09T08:00:00'), at('2026-01-12T08:00:00')], // Sat 10 Jan worked: 2
      [at('2026-01-09T08:00:00'), at('2026-01-10T08:00:00')], // the swapped Saturday itself: 1
      [at('2026-08-21T08:00:00'), at('2026-09-04T08:00:00')], // Sat 22 Aug worked, 29 Aug–2 Sep off
      [at('2025-12-31T08:00:00'), at('2026-01-05T08:00:00')], // New Year 1–4 Jan 2026 off
      [at('2026-01-31T10:00:00'), at('2026-02-02T10:00:00')], // from a Saturday
      [at('2026-04-24T10:00:00'), at('2026-05-04T10:00:00')], // Hùng Kings (27 Apr), 30 Apr, 1 May
      [new Date('2026-02-13T17:30:00Z'), new Date('2026-02-23T16:59:00Z')], // UTC evening = next local day
      [at('2019-01-31T10:00:00'), at('2019-02-12T10:00:00')], // statutory years (no saved table): Tết 2019
      [at('2026-12-30T10:00:00'), at('2027-02-22T10:00:00')], // into next year's statutory table, Tết 2027
    ] as const;
    const calendar = new WorkingDayCalendar(mergeYearTables([]));
    const expected = domainDurations(calendar, pairs);
    expect(expected.slice(0, 6)).toEqual([1, 0, 2, 12, 2, 1]);
    expect(await sqlDurations(pairs)).toEqual(expected);
  });

  it('agrees with the domain calendar for any two instants of 2015–2028', async () => {
    const calendar = new WorkingDayCalendar(mergeYearTables([]));
    const instant = fc.integer({ min: Date.UTC(2015, 0, 2), max: Date.UTC(2028, 11, 24) }).map((ms) => new Date(ms));
    const pairs = fc.sample(
      fc.tuple(instant, instant).map(([a, b]) => (a <= b ? ([a, b] as const) : ([b, a] as const))),
      { numRuns: 200, seed: 11 },
    );
    expect(await sqlDurations(pairs)).toEqual(domainDurations(calendar, pairs));
  });

  it('is refilled when an admin saves a year table, and left as it is when nothing changed', async () => {
    const xmin = async () =>
      (await dataSource.query<{ x: string }[]>(`SELECT xmin::text AS x FROM working_days WHERE day = '2026-03-02'`))[0]
        .x;
    const before = await xmin();
    // Another process starting with the same calendar finds the table current.
    await new WorkingDaysRefresher(dataSource, new ClockSettingsService(dataSource)).ensureFresh();
    expect(await xmin()).toBe(before);

    // Monday 12 Jan 2026 declared off; Saturday 17 Jan worked instead.
    const saved = {
      year: 2026,
      daysOff: [...OFFICIAL_2026_TABLE.daysOff, '2026-01-12'],
      workingDays: [...OFFICIAL_2026_TABLE.workingDays, '2026-01-17'],
    };
    await dataSource.query(
      `INSERT INTO calendar_years (year, days_off, working_days, source) VALUES ($1, $2, $3, 'e2e')`,
      [saved.year, JSON.stringify(saved.daysOff), JSON.stringify(saved.workingDays)],
    );
    await sut.refresh();
    const pairs = [
      [at('2026-01-09T08:00:00'), at('2026-01-12T08:00:00')], // 10 Jan worked, 12 Jan now off: 1
      [at('2026-01-16T08:00:00'), at('2026-01-19T08:00:00')], // 17 Jan now worked: 2
      [at('2026-02-13T10:00:00'), at('2026-02-23T09:00:00')],
    ] as const;
    const calendar = new WorkingDayCalendar(mergeYearTables([saved]));
    expect(domainDurations(calendar, pairs)).toEqual([1, 2, 1]);
    expect(await sqlDurations(pairs)).toEqual(domainDurations(calendar, pairs));
  });
});
