/**
 * Instants ↔ calendar days in Asia/Ho_Chi_Minh. Vietnam has used UTC+7 without daylight saving
 * since 1975, so a fixed offset is exact and needs no time-zone database.
 */
import { assertIsoDate, fromDayNumber, IsoDate, toDayNumber } from './iso-date';

export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const VN_UTC_OFFSET_MS = 7 * 3_600_000;
const MS_PER_DAY = 86_400_000;

export function assertValidInstant(instant: unknown, label = 'instant'): asserts instant is Date {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`${label} must be a valid Date, got ${String(instant)}`);
  }
}

/** The calendar day (UTC+7) in which `instant` falls. */
export function toLocalDate(instant: Date): IsoDate {
  assertValidInstant(instant);
  return fromDayNumber(Math.floor((instant.getTime() + VN_UTC_OFFSET_MS) / MS_PER_DAY));
}

/** 00:00 (UTC+7) at the start of `day`, i.e. 17:00Z on the day before. */
export function startOfLocalDay(day: IsoDate): Date {
  assertIsoDate(day, 'day');
  return new Date(toDayNumber(day) * MS_PER_DAY - VN_UTC_OFFSET_MS);
}

/** 24:00 (UTC+7) at the end of `day`, i.e. 17:00Z on `day` (Civil Code Art 148: a day ends at 24:00). */
export function endOfLocalDay(day: IsoDate): Date {
  assertIsoDate(day, 'day');
  return new Date((toDayNumber(day) + 1) * MS_PER_DAY - VN_UTC_OFFSET_MS);
}
