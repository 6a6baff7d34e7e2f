import { validateYearTable, yearOf, type YearTable } from '@app/domain';
import { ConstraintFailure, RequestValidationError } from '../../common/validation/validation.pipe';

type Failure = { field: string; constraints: ConstraintFailure[] };

/**
 * `validateYearTable` decides; when it refuses, this names the fields (as the global pipe would)
 * so that the admin sees which list holds which wrong dates.
 */
export function assertValidYearTable(table: YearTable): void {
  try {
    validateYearTable(table);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new RequestValidationError(locate(table));
  }
}

function locate(table: YearTable): Failure[] {
  const failures: Failure[] = [];
  for (const field of ['daysOff', 'workingDays'] as const) {
    const outside = table[field].filter((day) => yearOf(day) !== table.year);
    if (outside.length > 0) {
      failures.push({ field, constraints: [{ name: 'dateInYear', args: [table.year, outside.join(', ')] }] });
    }
  }
  const off = new Set(table.daysOff);
  const both = table.workingDays.filter((day) => off.has(day));
  if (both.length > 0) {
    failures.push({ field: 'workingDays', constraints: [{ name: 'notAlsoDayOff', args: [both.join(', ')] }] });
  }
  // The DTO already checked the dates' form, so the domain's other refusals cannot happen here.
  return failures.length > 0 ? failures : [{ field: 'daysOff', constraints: [{ name: 'yearTable', args: [] }] }];
}
