import { addDays, type IsoDate, isoDate, type WorkingDays } from '@app/domain';

/** The first year the table lists: complaints received before it have no durations. */
export const WORKING_DAYS_FIRST_YEAR = 2015;
/** Years listed after the current one, so that a case closed next year still has its durations. */
export const WORKING_DAYS_YEARS_AHEAD = 2;

/** The working days from 1 Jan of `firstYear` to 31 Dec of `lastYear`, in order (ordinal = index + 1). */
export function workingDaysOf(
  calendar: Pick<WorkingDays, 'isWorkingDay'>,
  firstYear: number,
  lastYear: number,
): IsoDate[] {
  const days: IsoDate[] = [];
  const last = isoDate(lastYear, 12, 31);
  for (let day = isoDate(firstYear, 1, 1); day <= last; day = addDays(day, 1)) {
    if (calendar.isWorkingDay(day)) days.push(day);
  }
  return days;
}
