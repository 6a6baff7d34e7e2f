import { EntityManager, In, IsNull } from 'typeorm';
import { type ClockSettings, type DeadlineView, toDeadlineView } from '@app/cases';
import { DEFAULT_DEADLINE_POLICIES } from '@app/domain';
import { CaseDeadlineEntity } from '@app/persistence';

/**
 * The clocks whose policy names the business as the one who must act: confirm receipt (Law 19
 * Art 31.2), negotiate (Art 57.2), report the result (Art 57.5), answer a request for mediation (Art 61).
 */
export const BUSINESS_DUTY_KINDS: readonly string[] = DEFAULT_DEADLINE_POLICIES.filter(
  (p) => p.actor === 'business',
).map((p) => p.kind);

/**
 * The business's own duties still open — running, paused, or late and not yet met — soonest
 * first, each with the working days left on the calendar in force. No one else's clock: the
 * staff's (triage, forwarding, mediator assignment…) and the consumer's are not for it.
 */
export async function businessDeadlines(
  m: EntityManager,
  caseId: string,
  settings: ClockSettings,
  now: Date,
): Promise<Required<DeadlineView>[]> {
  const kinds = settings.policies.filter((p) => p.actor === 'business').map((p) => p.kind);
  const clocks = await m.find(CaseDeadlineEntity, {
    where: { caseId, kind: In(kinds), status: In(['pending', 'paused', 'breached']), closedAt: IsNull() },
    order: { dueAt: 'ASC' },
  });
  // With the calendar given, every view counts its working days left.
  return clocks.map((d) => toDeadlineView(d, now, settings.calendar) as Required<DeadlineView>);
}
