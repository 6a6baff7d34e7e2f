import { addDays, daysInMonth, type IsoDate, isoDate } from '@app/domain';
import { RequestValidationError } from '../../common/validation/validation.pipe';
import type { StatsQuery } from './dto/stats.query';

/** The same day 12 months earlier, plus one: a period of 12 whole months ending on `to`. */
function twelveMonthsEndingOn(to: IsoDate): IsoDate {
  const [year, month, day] = to.split('-').map(Number);
  return addDays(isoDate(year - 1, month, Math.min(day, daysInMonth(year - 1, month))), 1);
}

/** The period asked for, both days included: by default the 12 months ending today. */
export function statsPeriod(query: StatsQuery, today: IsoDate): { from: IsoDate; to: IsoDate } {
  const to = query.to ?? (query.from && query.from > today ? query.from : today);
  const from = query.from ?? twelveMonthsEndingOn(to);
  if (from > to) {
    throw new RequestValidationError([{ field: 'to', constraints: [{ name: 'notBeforeFrom', args: [] }] }]);
  }
  return { from, to };
}
