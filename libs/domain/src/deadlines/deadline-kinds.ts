import type { CaseAction } from '../cases';

/** The legal clocks a complaint case can run (domain.md §2, §5). */
export const DEADLINE_KINDS = [
  'business_acknowledgement',
  'business_negotiation',
  'forwarding',
  'business_result_report',
  'consumer_information',
  'triage',
  'business_mediation_consent',
  'mediator_assignment',
  'mediation_conclusion',
  'settlement_performance',
  'court_recognition',
] as const;

export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** How a period is counted; `fixed_date` takes the date written in a record (Art 65.2). */
export const DEADLINE_UNITS = ['working_days', 'calendar_days', 'months', 'fixed_date'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

/** Who must act before the clock runs out. */
export const DEADLINE_ACTORS = [
  'business',
  'advisor',
  'consumer',
  'mediator',
  'mediation_admin',
  'consumer_or_business',
] as const;
export type DeadlineActor = (typeof DEADLINE_ACTORS)[number];

/**
 * What a clock running out means (domain.md §2, §5). `duty`: someone in the system must act by then
 * — a reminder, then the breach (the case overdue, the responsible person and their supervisor
 * told) and the department. `follow_up`: no one's breach yet — at the due instant the parties are
 * asked what happened, and the clock waits, lapsed, for the answer. `reminder_only`: a period that
 * runs for the parties, no one's duty — they are reminded before it ends, then it lapses.
 */
export const CLOCK_CONSEQUENCES = ['duty', 'follow_up', 'reminder_only'] as const;
export type ClockConsequence = (typeof CLOCK_CONSEQUENCES)[number];

/** One editable row of deadline policy (admins edit these; `validatePolicies` checks them). */
export interface DeadlinePolicy {
  readonly kind: DeadlineKind;
  readonly unit: DeadlineUnit;
  /** Length of the period in `unit`; null for `fixed_date`. */
  readonly amount: number | null;
  /** Statute, or '(policy)' for local practice. */
  readonly legalBasis: string;
  /** True when the period is set by law, false when it is local practice (configurable). */
  readonly statutory: boolean;
  readonly actor: DeadlineActor;
  /** Remind this many working days before the due instant. */
  readonly reminderLeadWorkingDays: number;
  /** The period may be extended (e.g. mediation, by policy). */
  readonly extendable: boolean;
  /** How many times an extendable period may be extended (absent: once); see `extensionRefusals`. */
  readonly maxExtensions?: number;
  /**
   * The escalation ladder's second rung: the department is told when the clock is still not met
   * this many working days after its breach (0: at the breach). Null: never (e.g. the consumer's
   * own clock).
   */
  readonly departmentEscalationWorkingDays: number | null;
  /** What running out means (absent: `duty`); see `clockConsequence`. Not editable. */
  readonly consequence?: ClockConsequence;
  /**
   * What running out means when it is not anyone's breach: at the due instant the system performs
   * this lifecycle action (as the `system` actor) instead of marking a breach. Not editable.
   */
  readonly atDue?: { readonly perform: CaseAction };
}

/**
 * Clocks that run after the case is closed: closing a case never cancels them
 * (only `withdraw` does, and it happens while the case is open). `court_recognition` is not one:
 * the closure that records the agreement starts it, and a later closure (after a reopening) ends it.
 */
export const POST_CLOSURE_KINDS: readonly DeadlineKind[] = ['business_result_report', 'settlement_performance'];

export function isDeadlineKind(value: unknown): value is DeadlineKind {
  return typeof value === 'string' && (DEADLINE_KINDS as readonly string[]).includes(value);
}

export function isDeadlineUnit(value: unknown): value is DeadlineUnit {
  return typeof value === 'string' && (DEADLINE_UNITS as readonly string[]).includes(value);
}
