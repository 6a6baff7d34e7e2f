import type { CaseAction } from '@app/domain';
import type { EventVisibility } from '@app/persistence';

// For each action, the fields of its input the parties may read on the public timeline.
const PUBLIC_FIELDS: Partial<Record<CaseAction, readonly string[]>> = {
  request_info: ['question'],
  provide_info: ['answer'],
  refuse: ['ground'],
  transfer: ['authorityId', 'authorityName', 'reason'],
  // Art 54.2: the parties see why negotiation and mediation stopped; the note is for staff.
  bar: ['barReason'],
  resolve_by_advice: ['adviceSummary'],
  business_respond: ['type', 'description', 'reasons', 'question', 'amountVnd'],
  reject_proposal: ['reason'],
  settle: ['outcomeCode', 'amountRecoveredVnd'],
  // Art 59.1: the parties see who asked for what; the reason is for staff.
  record_negotiation_request: ['requestedBy', 'confidential', 'paused'],
  lift_negotiation_request: ['confidential', 'paused'],
  request_mediation: ['organisationId'],
  decline_mediation: ['reason'],
  record_mediation_result: ['result', 'nextStep'],
  withdraw: ['reason'],
  reopen: ['reason'],
};

// Mediation content is confidential (Law 19 Art 62.2): the mediator, their organisation's admin and the parties.
const CONFIDENTIAL: readonly CaseAction[] = ['record_mediation_result'];

export function eventDataFor(
  action: CaseAction,
  input: Record<string, unknown>,
): { visibility: EventVisibility; public: Record<string, unknown>; detail: Record<string, unknown> } {
  const fields = PUBLIC_FIELDS[action] ?? [];
  const publicData = Object.fromEntries(Object.entries(input).filter(([key]) => fields.includes(key)));
  return { visibility: CONFIDENTIAL.includes(action) ? 'confidential' : 'public', public: publicData, detail: input };
}
