/** Actions a caller may POST on a case (issue text). The transition table says when and by whom. */
export const CASE_ACTIONS = [
  'accept',
  'request_info',
  'provide_info',
  'refuse',
  'transfer',
  'resolve_by_advice',
  'forward_to_business',
  'business_respond',
  'accept_proposal',
  'reject_proposal',
  'settle',
  'request_mediation',
  'record_mediation_result',
  'withdraw',
  'reopen',
] as const;

export type CaseAction = (typeof CASE_ACTIONS)[number];

export function isCaseAction(value: unknown): value is CaseAction {
  return typeof value === 'string' && (CASE_ACTIONS as readonly string[]).includes(value);
}
