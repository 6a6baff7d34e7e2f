import type { ClockConsequence, DeadlineKind, DeadlinePolicy } from './deadline-kinds';
import { DEFAULT_DEADLINE_POLICIES, policyFor } from './default-policies';

/** What `kind` running out means: a duty unless its policy says otherwise. */
export function clockConsequence(
  kind: DeadlineKind,
  policies: readonly DeadlinePolicy[] = DEFAULT_DEADLINE_POLICIES,
): ClockConsequence {
  return policyFor(kind, policies).consequence ?? 'duty';
}

/**
 * The clocks that are someone's duty: only they breach, escalate, make a case overdue or give it
 * its next due time. Admins cannot edit a consequence, so the default policies say it.
 */
export const DUTY_KINDS: readonly DeadlineKind[] = DEFAULT_DEADLINE_POLICIES.filter(
  (p) => (p.consequence ?? 'duty') === 'duty',
).map((p) => p.kind);

/**
 * Whether a clock that lapsed is closed by its lapse: a reminder-only period simply ends; a
 * follow-up stays open, lapsed, until the answer it asked for (which closes it).
 */
export function lapseCloses(
  kind: DeadlineKind,
  policies: readonly DeadlinePolicy[] = DEFAULT_DEADLINE_POLICIES,
): boolean {
  return clockConsequence(kind, policies) !== 'follow_up';
}

/** Whether a stored clock's kind is someone's duty (an unknown kind is not). */
export function isDutyKind(kind: string): boolean {
  return (DUTY_KINDS as readonly string[]).includes(kind);
}
