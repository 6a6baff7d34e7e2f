import { assertValidInstant } from '../calendar';

export type DeadlineStatus = 'pending' | 'paused' | 'met' | 'breached' | 'cancelled';

/**
 * Where a clock stands at `now`. `met` is true, or the instant it was met (met at or after `due`
 * — 24:00 is already the next day — counts as `breached`). Cancelled wins over everything; a met
 * clock is settled; a paused one cannot breach (its due date moves when it resumes).
 */
export function deadlineStatus(
  due: Date,
  now: Date,
  met: boolean | Date | null,
  cancelled: boolean,
  paused: boolean,
): DeadlineStatus {
  assertValidInstant(due, 'due');
  assertValidInstant(now, 'now');
  if (cancelled) return 'cancelled';
  if (met instanceof Date) {
    assertValidInstant(met, 'met');
    return met.getTime() < due.getTime() ? 'met' : 'breached';
  }
  if (met === true) return 'met';
  if (paused) return 'paused';
  return now.getTime() < due.getTime() ? 'pending' : 'breached';
}
