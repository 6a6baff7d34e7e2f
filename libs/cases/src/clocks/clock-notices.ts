import { type ClockStep, type DeadlineKind, type DeadlinePolicy } from '@app/domain';
import type { CaseDeadlineEntity, CaseEntity } from '@app/persistence';
import type { NotificationRequest } from '../notifications/notification-request';
import type { TemplateName } from '../notifications/templates';
import type { AddressedRecipient } from './clock-recipients';

/** Reminders with their own text: the parties' right to court recognition (Art 66, CPC Art 418.1). */
const REMINDERS: Readonly<Partial<Record<DeadlineKind, TemplateName>>> = {
  court_recognition: 'court_recognition_reminder',
};

/**
 * What a follow-up's lapse asks, to the parties and (for information) to staff: the settlement's
 * performance date passed (Art 65.2), did the business perform?
 */
const LAPSES: Readonly<Partial<Record<DeadlineKind, { party: TemplateName; staff: TemplateName }>>> = {
  settlement_performance: { party: 'performance_check', staff: 'performance_check_staff' },
};

/** Which email each recipient of a clock step gets. */
export function clockTemplate(step: ClockStep, to: AddressedRecipient, policy: DeadlinePolicy): TemplateName {
  if (step === 'escalate') return 'deadline_escalated';
  const lapse = LAPSES[policy.kind];
  if (step === 'lapse' && lapse) return to.kind === 'staff' ? lapse.staff : lapse.party;
  const reminder = REMINDERS[policy.kind];
  if (step === 'remind' && reminder && to.kind !== 'staff') return reminder;
  // A lapse is never told as a breach: without a text of its own it falls back to the generic reminder.
  if (step === 'lapse') return to.kind === 'staff' ? 'deadline_reminder_staff' : 'deadline_reminder_party';
  if (to.kind === 'staff') return step === 'remind' ? 'deadline_reminder_staff' : 'deadline_breached_staff';
  if (to.kind === 'business') {
    if (step === 'remind')
      return policy.actor === 'business' ? 'deadline_reminder_business' : 'deadline_reminder_party';
    return 'deadline_breached_business';
  }
  if (step === 'remind') return policy.actor === 'consumer' ? 'deadline_reminder_consumer' : 'deadline_reminder_party';
  // The consumer's own missed answer, or the business's: then what they can do next (Art 56.3).
  return policy.actor === 'consumer' ? 'consumer_deadline_missed' : 'business_deadline_missed';
}

/** One email per recipient per step of a clock: the key makes a second firing write nothing. */
export function clockNotices(
  c: CaseEntity,
  clock: CaseDeadlineEntity,
  step: ClockStep,
  recipients: readonly AddressedRecipient[],
  policy: DeadlinePolicy,
): NotificationRequest[] {
  return recipients.map((to) => ({
    messageKey: `clock:${clock.id}:${step}:${to.key}`,
    caseId: c.id,
    to,
    template: clockTemplate(step, to, policy),
    data: {
      trackingCode: c.trackingCode,
      deadlineKind: policy.kind,
      dueAt: clock.dueAt,
      legalBasis: policy.legalBasis,
    },
  }));
}
