import { EntityManager } from 'typeorm';
import { type DeadlineKind, nextClockStep } from '@app/domain';
import type { CaseDeadlineEntity } from '@app/persistence';
import { clockState } from '../legal-clocks';
import type { ScheduledStep } from './clock-scheduler';
import type { ClockSettings } from './clock-settings.service';

export interface ClockExtension {
  previousDueAt: Date;
  /** The clock had run out: the extension cleared its breach and stopped its escalation. */
  breachCleared: boolean;
  /** The clock's next step (a reminder before the new due time, or the breach), to reschedule after commit. */
  scheduled: ScheduledStep[];
}

/**
 * Moves an open clock's due time to `dueAt` in the caller's transaction (decided by the domain's
 * `decideExtension`): the clock runs again from its old start, its reminder and breach steps are
 * planned anew, and a breach not yet met is cleared. The case's next due time and overdue mark
 * follow, without a new version: an extension is not a lifecycle change.
 */
export async function extendClock(
  m: EntityManager,
  clock: CaseDeadlineEntity,
  dueAt: Date,
  settings: ClockSettings,
): Promise<ClockExtension> {
  const previousDueAt = clock.dueAt;
  const breachCleared = clock.status === 'breached';
  const running = {
    ...clock,
    kind: clock.kind as DeadlineKind,
    status: 'pending' as const,
    dueAt,
    remindersSent: 0,
    escalationLevel: 0,
    breachedAt: null,
    closedAt: null,
  };
  const nextActionAt = nextClockStep(running, settings.calendar, settings.policies)?.at ?? null;
  await m.query(
    `UPDATE case_deadlines SET status = 'pending', due_at = $2, next_action_at = $3, reminders_sent = 0,
            escalation_level = 0, breached_at = NULL WHERE id = $1`,
    [clock.id, dueAt, nextActionAt],
  );
  const state = await clockState(m, clock.caseId);
  await m.query(
    `UPDATE cases SET next_due_at = $2, overdue_since = CASE WHEN $3 THEN overdue_since END, updated_at = now()
      WHERE id = $1`,
    [clock.caseId, state.nextDueAt, state.overdue],
  );
  return { previousDueAt, breachCleared, scheduled: nextActionAt ? [{ id: clock.id, at: nextActionAt }] : [] };
}
