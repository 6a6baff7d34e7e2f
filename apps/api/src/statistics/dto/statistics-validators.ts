import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isIsoDate, MAX_STATISTICS_PERIOD_YEARS, periodTooLong } from '@app/domain';

const fromOf = (object: object): unknown => (object as { from?: unknown }).from;

/** `to` not before `from` (both YYYY-MM-DD; malformed dates are left to IsIsoDate). */
export const NotBeforeFrom = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'notBeforeFrom',
      validator: {
        validate: (to, args) => {
          const from = fromOf(args?.object ?? {});
          return !isIsoDate(to) || !isIsoDate(from) || to >= from;
        },
      },
    },
    options,
  );

/** [from, to] spans at most MAX_STATISTICS_PERIOD_YEARS years. */
export const PeriodAtMostYears = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'periodAtMostYears',
      constraints: [MAX_STATISTICS_PERIOD_YEARS],
      validator: {
        validate: (to, args) => {
          const from = fromOf(args?.object ?? {});
          return !isIsoDate(to) || !isIsoDate(from) || to < from || !periodTooLong(from, to);
        },
      },
    },
    options,
  );
