import { assertValidInstant } from '../calendar';
import { clockConsequence } from './clock-consequence';
import type { ClockConsequence, DeadlineActor, DeadlineKind, DeadlinePolicy } from './deadline-kinds';
import { DEFAULT_DEADLINE_POLICIES, policyFor } from './default-policies';
import { type DeadlineCalendar, reminderAt } from './due-at';

/**
 * What a running clock does next: warn before it runs out, mark the breach, climb the ladder; or,
 * for a clock whose policy has `atDue`, perform that action as the system when it runs out; or, for
 * a clock that is no one's duty (its `ClockConsequence`), lapse when it runs out (nothing follows).
 */
export type ClockStep = 'remind' | 'breach' | 'escalate' | 'act' | 'lapse';

/** A clock as stored: what the next step depends on. */
export interface ClockProgress {
  readonly kind: DeadlineKind;
  /** `lapsed`: a clock that is no one's duty ran out (see `ClockConsequence`). */
  readonly status: 'pending' | 'paused' | 'met' | 'breached' | 'cancelled' | 'lapsed';
  readonly startedAt: Date;
  readonly dueAt: Date;
  readonly remindersSent: number;
  /** 0 before the breach; 1 once the responsible person and supervisor were told; 2 after the department. */
  readonly escalationLevel: number;
  readonly breachedAt: Date | null;
  /** Set when the clock was met or cancelled (also after a breach: the late answer stops the ladder). */
  readonly closedAt: Date | null;
}

export interface PlannedStep {
  readonly step: ClockStep;
  readonly at: Date;
}

/**
 * The next step of a clock and when it is due, or null when nothing is left to do (met, cancelled,
 * paused, or at the top of its ladder). Reminder: `reminderAt` (domain.md §5: 2 wd before by
 * default), skipped when it would fall at or before the start. Breach: at the due instant.
 * Department: `departmentEscalationWorkingDays` after the breach (Civil Code Art 147: counted from
 * the next day, ending at 24:00).
 */
export function nextClockStep(
  clock: ClockProgress,
  calendar: DeadlineCalendar,
  policies: readonly DeadlinePolicy[] = DEFAULT_DEADLINE_POLICIES,
): PlannedStep | null {
  assertValidInstant(clock.dueAt, 'dueAt');
  if (clock.closedAt !== null) return null;
  const policy = policyFor(clock.kind, policies);
  if (clock.status === 'pending') {
    if (clock.remindersSent === 0 && policy.reminderLeadWorkingDays > 0) {
      const remind = reminderAt(clock.kind, clock.dueAt, calendar, policies);
      if (remind > clock.startedAt && remind < clock.dueAt) return { step: 'remind', at: remind };
    }
    // Running out is no one's breach when the policy says what follows (e.g. a request lapses).
    if (policy.atDue) return { step: 'act', at: clock.dueAt };
    return { step: clockConsequence(clock.kind, policies) === 'duty' ? 'breach' : 'lapse', at: clock.dueAt };
  }
  if (clock.status === 'breached' && clock.escalationLevel < 2) {
    const after = policy.departmentEscalationWorkingDays;
    if (after === null) return null;
    const breached = clock.breachedAt ?? clock.dueAt;
    if (after === 0) return { step: 'escalate', at: breached };
    // A breach at 24:00 belongs to the day that ended: count from the next day (Civil Code Art 147).
    return { step: 'escalate', at: calendar.workingDaysDeadline(new Date(breached.getTime() - 1), after) };
  }
  return null;
}

/** Who is told at each step. `consumer` at a business clock's breach is told what to do next. */
export type Audience =
  'business' | 'consumer' | 'advisor' | 'unit_supervisors' | 'mediator' | 'mediation_admins' | 'department';

const REMINDED: Readonly<Record<DeadlineActor, readonly Audience[]>> = {
  business: ['business'],
  advisor: ['advisor'],
  consumer: ['consumer'],
  mediator: ['mediator'],
  mediation_admin: ['mediation_admins'],
  consumer_or_business: ['consumer', 'business'],
};

/**
 * At a breach: the responsible person and their supervisor (unit head or organisation admin).
 * A business's breach is also told to the consumer, with what they can do next — ask for support,
 * mediation, arbitration or court (Law 19 Art 56.3) — and to the advisor who follows the case.
 * The consumer's missed answer goes to the advisor, who decides what follows.
 */
const BREACHED: Readonly<Record<DeadlineActor, readonly Audience[]>> = {
  business: ['business', 'consumer', 'advisor', 'unit_supervisors'],
  advisor: ['advisor', 'unit_supervisors'],
  consumer: ['consumer', 'advisor'],
  mediator: ['mediator', 'mediation_admins'],
  mediation_admin: ['mediation_admins', 'unit_supervisors'],
  consumer_or_business: ['advisor'],
};

/**
 * Breaches told otherwise than by who must act. The result report (Law 19 Art 57.5) is the
 * business's duty towards the body, after the negotiation ended: the business, the advisor and the
 * supervisors hear of it; not the consumer, for whom nothing is late (Art 56.3 is about negotiating).
 */
const BREACHED_KIND: Readonly<Partial<Record<DeadlineKind, readonly Audience[]>>> = {
  business_result_report: ['business', 'advisor', 'unit_supervisors'],
};

/**
 * At a lapse, by consequence. A follow-up asks the consumer what happened (the performance date of
 * a settlement, Law 19 Art 65.2: did the business perform? what follows is Art 66) and tells the
 * advisor for information only; no supervisor is alarmed. A reminder-only period ends quietly: its
 * reminder was its whole job.
 */
const LAPSED: Readonly<Record<ClockConsequence, readonly Audience[]>> = {
  duty: [],
  follow_up: ['consumer', 'advisor'],
  reminder_only: [],
};

export function audienceOf(kind: DeadlineKind, step: ClockStep, policies = DEFAULT_DEADLINE_POLICIES): Audience[] {
  const actor = policyFor(kind, policies).actor;
  // The action performed at due writes its own emails (lifecycle notices).
  if (step === 'act') return [];
  if (step === 'remind') return [...REMINDED[actor]];
  if (step === 'breach') return [...(BREACHED_KIND[kind] ?? BREACHED[actor])];
  if (step === 'lapse') return [...LAPSED[clockConsequence(kind, policies)]];
  return ['department'];
}
