/**
 * Public holidays computed from the Labour Code 2019 (Arts 111.3 and 112), used when the
 * government's yearly table for a year has not been entered.
 */
import Holidays, { HolidaysTypes } from 'date-holidays';
import { addDays, IsoDate, isoDate, isWeekend, weekdayOf } from './iso-date';
import { assertYear, YearTable } from './year-table';

export type StatutoryHolidayKind =
  | 'new_year' // 1 Jan (Art 112.1.a)
  | 'tet' // Tết Nguyên Đán, 5 days (Art 112.1.b)
  | 'hung_kings' // 10/3 lunar (Art 112.1.e)
  | 'reunification' // 30 Apr (Art 112.1.c)
  | 'labour_day' // 1 May (Art 112.1.d)
  | 'national_day' // 2 Sep plus one adjacent day (Art 112.1.đ)
  | 'compensatory'; // next working day for a holiday on the weekly rest day (Art 111.3)

export interface StatutoryHoliday {
  date: IsoDate;
  kind: StatutoryHolidayKind;
  /** For a compensatory day: the holiday it replaces. */
  replaces?: IsoDate;
}

/**
 * Lunar rules as written in date-holidays' VN data (Vietnamese calendar, UTC+7, the meridian
 * Vietnam has used for its lunar calendar since 1968; earlier years followed UTC+8).
 */
const LUNAR_NEW_YEAR_RULE = 'vietnamese 1-0-1';
const HUNG_KINGS_RULE = 'vietnamese 3-0-10';

const LUNAR_RULES: ReadonlySet<string> = new Set([LUNAR_NEW_YEAR_RULE, HUNG_KINGS_RULE]);

let vn: Holidays | undefined;
const lunarMemo = new Map<number, ReadonlyMap<string, IsoDate>>(); // year → rule → day

/**
 * date-holidays' VN data with only the two lunar rules the statute needs: each lunar date costs an
 * astronomical computation, and the full data (Mid-Autumn, the Kitchen Gods, …) took 3–4 times as
 * long to give the same two days.
 */
function statutoryLunarRules(): Holidays {
  const holidays = new Holidays('VN');
  // Each rule object carries its `rule` (built from HolidaysTypes.HolidayRule), which the class's declaration omits.
  const rules = holidays.getRules() as unknown as HolidaysTypes.HolidayRule[];
  for (const { rule } of rules) if (!LUNAR_RULES.has(rule)) holidays.unsetRule(rule);
  return holidays;
}

function lunarDate(year: number, rule: string): IsoDate {
  assertYear(year);
  let byRule = lunarMemo.get(year);
  if (byRule === undefined) {
    vn ??= statutoryLunarRules();
    byRule = new Map(vn.getHolidays(year).map((h) => [h.rule, h.date.slice(0, 10)]));
    lunarMemo.set(year, byRule);
  }
  const day = byRule.get(rule);
  if (day === undefined) throw new RangeError(`date-holidays gives no '${rule}' in ${year}`);
  return day;
}

/**
 * Default rule for the day adjacent to 2 Sep (the PM picks it each year): 3 Sep when 2 Sep is a
 * Monday or a Thursday (it then joins the weekend, or avoids a Sunday), otherwise 1 Sep.
 * This reproduces the official choices of 2021–2026 (before compensatory and swapped days).
 */
export function nationalDayAdjacent(year: number): IsoDate {
  assertYear(year);
  const weekday = weekdayOf(isoDate(year, 9, 2));
  return isoDate(year, 9, weekday === 1 || weekday === 4 ? 3 : 1);
}

/**
 * Default Tết rule: the last day of the lunar year (giao thừa) plus the first 4 days of the new
 * lunar year, i.e. 5 consecutive days starting the day before lunar 1/1.
 */
export function tetDays(year: number): IsoDate[] {
  const firstDay = lunarNewYear(year);
  return [-1, 0, 1, 2, 3].map((offset) => addDays(firstDay, offset));
}

/** Lunar 1/1 (Tết) in the Vietnamese calendar, e.g. 2030-02-02 (China: 2030-02-03). */
export function lunarNewYear(year: number): IsoDate {
  return lunarDate(year, LUNAR_NEW_YEAR_RULE);
}

/** Lunar 10/3, the Hùng Kings' commemoration day. */
export function hungKingsDay(year: number): IsoDate {
  return lunarDate(year, HUNG_KINGS_RULE);
}

/** The Art 112 holidays of `year` and their Art 111.3 compensatory days, sorted by date. */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  assertYear(year);
  const fixed: StatutoryHoliday[] = [
    { date: isoDate(year, 1, 1), kind: 'new_year' },
    ...tetDays(year).map((date): StatutoryHoliday => ({ date, kind: 'tet' })),
    { date: hungKingsDay(year), kind: 'hung_kings' },
    { date: isoDate(year, 4, 30), kind: 'reunification' },
    { date: isoDate(year, 5, 1), kind: 'labour_day' },
    { date: isoDate(year, 9, 2), kind: 'national_day' },
    { date: nationalDayAdjacent(year), kind: 'national_day' },
  ];
  const holidays = fixed.sort((a, b) => a.date.localeCompare(b.date));

  const taken = new Set(holidays.map((h) => h.date));
  const compensatory: StatutoryHoliday[] = [];
  for (const holiday of holidays) {
    if (!isWeekend(holiday.date)) continue;
    let day = addDays(holiday.date, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    compensatory.push({ date: day, kind: 'compensatory', replaces: holiday.date });
  }
  return [...holidays, ...compensatory].sort((a, b) => a.date.localeCompare(b.date));
}

const memo = new Map<number, readonly IsoDate[]>();

/**
 * The year table computed from the statute alone (no swapped days): the starting point admins
 * edit once the government announces the year's actual days off. Returns a fresh copy.
 */
export function statutoryYearTable(year: number): YearTable {
  assertYear(year);
  let daysOff = memo.get(year);
  if (daysOff === undefined) {
    daysOff = Object.freeze([...new Set(statutoryHolidays(year).map((h) => h.date))]);
    memo.set(year, daysOff);
  }
  return { year, daysOff: [...daysOff], workingDays: [] };
}
