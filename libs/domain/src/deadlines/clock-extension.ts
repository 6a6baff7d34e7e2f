import { assertValidInstant, endOfLocalDay, type IsoDate } from '../calendar';
import type { FieldViolation } from '../cases/domain-error';
import type { DeadlineKind, DeadlinePolicy } from './deadline-kinds';
import { DEFAULT_DEADLINE_POLICIES, policyFor } from './default-policies';
import type { DeadlineCalendar } from './due-at';

/** A clock as an extension sees it. */
export interface ExtendableClock {
  readonly kind: DeadlineKind;
  /** As stored ('pending', 'paused', 'met', 'breached', 'cancelled'…): only two of them are open. */
  readonly status: string;
  readonly dueAt: Date;
  readonly closedAt: Date | null;
  /** How many times this clock was extended already. */
  readonly extensions: number;
}

/** What the mediator (or the organisation's admin) asks for: a new last day and why. */
export interface ExtensionRequest {
  /** The new last day (Asia/Ho_Chi_Minh). */
  readonly dueDate: IsoDate;
  readonly reason: string;
}

export type ExtensionDecision =
  | { readonly ok: true; readonly dueAt: Date }
  | {
      readonly ok: false;
      /** `clock_not_open` is a conflict with the clock's state (409); the others break a rule (422). */
      readonly code: 'invalid_transition' | 'rule_violated';
      readonly details: readonly FieldViolation[];
    };

/** How many times a clock of this policy may be extended: none unless extendable, once by default. */
export function extensionsAllowed(policy: Pick<DeadlinePolicy, 'extendable' | 'maxExtensions'>): number {
  return policy.extendable ? (policy.maxExtensions ?? 1) : 0;
}

/**
 * Where an extended clock ends: 24:00 of the new last day, or of the next working day when that day
 * is not one (Civil Code Arts 147–148, as for every other clock).
 */
export function extendedDueAt(dueDate: IsoDate, calendar: Pick<DeadlineCalendar, 'addWorkingDays'>): Date {
  return endOfLocalDay(calendar.addWorkingDays(dueDate, 0));
}

/**
 * Whether `clock` may be extended as asked (the mediation policy: 30 days, extendable, domain.md §2).
 * Only a clock whose policy is extendable, still open (pending, or breached and not yet met: the
 * extension then clears the breach), to a day after its current due time, with a reason, and fewer
 * times than the policy allows. Paused clocks wait on the consumer: they move when they resume.
 */
export function decideExtension(
  clock: ExtendableClock,
  request: ExtensionRequest,
  calendar: Pick<DeadlineCalendar, 'addWorkingDays'>,
  policies: readonly DeadlinePolicy[] = DEFAULT_DEADLINE_POLICIES,
): ExtensionDecision {
  assertValidInstant(clock.dueAt, 'dueAt');
  const policy = policyFor(clock.kind, policies);
  if (!policy.extendable) {
    return { ok: false, code: 'rule_violated', details: [{ field: 'kind', rule: 'policy_not_extendable' }] };
  }
  const open = clock.status === 'pending' || (clock.status === 'breached' && clock.closedAt === null);
  if (!open) return { ok: false, code: 'invalid_transition', details: [{ field: 'status', rule: 'clock_not_open' }] };
  const details: FieldViolation[] = [];
  if (clock.extensions >= extensionsAllowed(policy))
    details.push({ field: 'extensions', rule: 'max_extensions_reached' });
  const dueAt = extendedDueAt(request.dueDate, calendar);
  if (dueAt.getTime() <= clock.dueAt.getTime()) details.push({ field: 'dueDate', rule: 'extension_not_after_due' });
  if (request.reason.trim() === '') details.push({ field: 'reason', rule: 'required' });
  return details.length > 0 ? { ok: false, code: 'rule_violated', details } : { ok: true, dueAt };
}
