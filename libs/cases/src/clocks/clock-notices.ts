import { type ClockStep, type DeadlinePolicy } from '@app/domain';
import type { CaseDeadlineEntity, CaseEntity } from '@app/persistence';
import type { NotificationRequest } from '../notifications/notification-request';
import type { TemplateName } from '../notifications/templates';
import type { AddressedRecipient } from './clock-recipients';

/** Which email each recipient of a clock step gets. */
export function clockTemplate(step: ClockStep, to: AddressedRecipient, policy: DeadlinePolicy): TemplateName {
  if (step === 'escalate') return 'deadline_escalated';
  // The settlement's performance date passed (Art 65.2): the consumer is asked, the advisor informed.
  if (step === 'breach' && policy.kind === 'settlement_performance')
    return to.kind === 'staff' ? 'performance_check_staff' : 'performance_check';
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
