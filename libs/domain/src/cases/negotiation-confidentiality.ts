import type { StaffRole } from '../access/roles';
import type { CaseState } from './case-state';

// Law 19 Art 59.1: a party may ask that the negotiation be kept confidential. Its content is then
// for the parties (who negotiate it, so they see all of it) and the staff handling the case: the
// desk that forwarded the request (officers of the handling unit, whom the case access rules already
// limit to their unit's cases) and admins. The association, analysts and the mediation side see that
// the negotiation took place, not what was said; outcome codes and amounts stay in the statistics.

/** Staff who handle the negotiation and see its content when it is confidential. */
export const NEGOTIATION_HANDLERS: readonly StaffRole[] = ['officer', 'admin'];

/** Timeline events whose data is the negotiation's content (what was proposed, said, agreed, reported). */
export const NEGOTIATION_CONTENT_EVENTS: readonly string[] = [
  'business_respond',
  'accept_proposal',
  'reject_proposal',
  'settle',
  'message',
  'negotiation_result_reported',
];

/** Lifecycle keys that hold the negotiation's content; an agreement only when reached in negotiation. */
const CONTENT_KEYS: readonly string[] = ['lastBusinessResponse', 'openProposal', 'negotiationResult'];

export function isNegotiationContentKey(key: string, value: unknown): boolean {
  if (CONTENT_KEYS.includes(key)) return true;
  return key === 'agreement' && (value as { source?: string } | null)?.source !== 'mediation';
}

/** Whether staff in `role` must not see the negotiation's content of a case in `state`. */
export function negotiationHiddenFrom(state: Pick<CaseState, 'negotiationConfidential'>, role: StaffRole): boolean {
  return Boolean(state.negotiationConfidential) && !NEGOTIATION_HANDLERS.includes(role);
}
