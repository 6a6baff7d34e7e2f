import { assertValidInstant } from '../calendar';
import type { CaseErrorCode, CaseStatus, FieldViolation } from '../cases';
import {
  type Audience,
  type DeadlineCalendar,
  type DeadlinePolicy,
  DEFAULT_DEADLINE_POLICIES,
  dueAt,
} from '../deadlines';

/** The flag a case carries when the consumer says the settlement was not performed. */
export const SETTLEMENT_NOT_PERFORMED = 'settlement_not_performed';

/** Emails of the follow-up; the names are templates of libs/cases. */
export type FollowUpMessage = 'court_recognition_advice' | 'settlement_not_performed_staff';

export interface FollowUpNotice {
  readonly audience: Extract<Audience, 'consumer' | 'advisor' | 'unit_supervisors'>;
  readonly message: FollowUpMessage;
}

/** What the answer depends on, as stored. */
export interface PerformanceFacts {
  readonly status: CaseStatus;
  /** The successful-mediation record (Art 65.2) the case was resolved with; null when it was not. */
  readonly record: { readonly time: Date } | null;
  /** The case's settlement_performance clock (Art 65.2), null when it has none. */
  readonly clock: { readonly dueAt: Date } | null;
  /** The consumer answered already for this clock. */
  readonly answered: boolean;
}

export interface PerformanceAnswer {
  readonly performed: boolean;
}

export type PerformanceDecision =
  | { readonly ok: false; readonly code: CaseErrorCode; readonly details: readonly FieldViolation[] }
  | {
      readonly ok: true;
      readonly event: 'performance_confirmed' | 'performance_not_confirmed';
      /** The attention flag to set; null leaves the case as it is. */
      readonly flag: typeof SETTLEMENT_NOT_PERFORMED | null;
      /** Last day to ask a court to recognise the agreement (Art 66; Civil Procedure Code Art 418.1). */
      readonly courtDeadline: Date;
      readonly notices: readonly FollowUpNotice[];
    };

const refuse = (code: CaseErrorCode, field: string, rule: string): PerformanceDecision => ({
  ok: false,
  code,
  details: [{ field, rule }],
});

/**
 * The consumer's answer to "did the business do what was agreed?" after a successful mediation.
 * Only a case resolved by mediation with a performance deadline (Law 19 Art 65.2) is asked, and
 * once. "Not performed" can be said only once that deadline has passed; it flags the case for
 * staff and tells the consumer they may ask a court to recognise the agreement (Law 19 Art 66)
 * within 6 months of it (Civil Procedure Code Art 418.1): the court_recognition period counted from
 * the record's date.
 */
export function decidePerformanceAnswer(
  answer: PerformanceAnswer,
  facts: PerformanceFacts,
  now: Date,
  calendar: DeadlineCalendar,
  policies: readonly DeadlinePolicy[] = DEFAULT_DEADLINE_POLICIES,
): PerformanceDecision {
  assertValidInstant(now, 'now');
  if (facts.status !== 'resolved' || facts.record === null) {
    return refuse('rule_violated', 'status', 'not_resolved_by_mediation');
  }
  if (facts.clock === null) return refuse('rule_violated', 'performed', 'no_performance_deadline');
  if (facts.answered) return refuse('invalid_transition', 'performed', 'already_answered');
  if (!answer.performed && now < facts.clock.dueAt) {
    return refuse('rule_violated', 'performed', 'performance_deadline_not_reached');
  }
  const courtDeadline = courtRecognitionDeadline(facts.record.time, calendar, policies);
  if (answer.performed) {
    return { ok: true, event: 'performance_confirmed', flag: null, courtDeadline, notices: [] };
  }
  return {
    ok: true,
    event: 'performance_not_confirmed',
    flag: SETTLEMENT_NOT_PERFORMED,
    courtDeadline,
    notices: [
      { audience: 'consumer', message: 'court_recognition_advice' },
      { audience: 'advisor', message: 'settlement_not_performed_staff' },
      { audience: 'unit_supervisors', message: 'settlement_not_performed_staff' },
    ],
  };
}

/**
 * Law 19 Art 66 with Civil Procedure Code Art 418.1: a request to recognise a mediation result is
 * filed within 6 months of the agreement (the court_recognition policy), counted as the Civil Code
 * counts months (Arts 147–148: from the next day, ending 24:00, rolled past days off).
 */
export function courtRecognitionDeadline(
  agreementAt: Date,
  calendar: DeadlineCalendar,
  policies: readonly DeadlinePolicy[] = DEFAULT_DEADLINE_POLICIES,
): Date {
  return dueAt('court_recognition', agreementAt, calendar, policies);
}
