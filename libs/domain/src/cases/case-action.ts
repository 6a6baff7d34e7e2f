/** Actions a caller may POST on a case (issue text). The transition table says when and by whom. */
export const CASE_ACTIONS = [
  'accept',
  'request_info',
  'provide_info',
  'refuse',
  'transfer',
  'bar',
  'resolve_by_advice',
  'forward_to_business',
  'business_respond',
  'accept_proposal',
  'reject_proposal',
  'settle',
  'record_negotiation_request',
  'lift_negotiation_request',
  'request_mediation',
  'accept_mediation',
  'decline_mediation',
  'expire_mediation_request',
  'record_mediation_result',
  'withdraw',
  'reopen',
] as const;

export type CaseAction = (typeof CASE_ACTIONS)[number];

export function isCaseAction(value: unknown): value is CaseAction {
  return typeof value === 'string' && (CASE_ACTIONS as readonly string[]).includes(value);
}
