import type { CaseAction } from './case-action';
import { ART_54_2_REASONS, type CaseState } from './case-state';
import type { FieldViolation } from './domain-error';
import { readInput } from './input';
import { type CaseRule, done } from './rule-types';

/**
 * Law 19 Art 54.2: a barred case is neither negotiated nor mediated; it goes to the competent
 * authority (`transfer`) or ends (`refuse`, `withdraw`). A closed barred case may still be reopened
 * by a supervisor, and stays barred. An allow-list: an action added later is closed to barred cases
 * until it is listed here.
 */
export const ACTIONS_OPEN_WHEN_BARRED: readonly CaseAction[] = ['transfer', 'refuse', 'withdraw', 'reopen'];

/** Checked by `decide` and `allowedActions` for every action, before the action's own rule. */
export function barViolations(state: CaseState, action: CaseAction): FieldViolation[] {
  return state.barredFromNegotiation === true && !ACTIONS_OPEN_WHEN_BARRED.includes(action)
    ? [{ field: 'barredFromNegotiation', rule: 'art_54_2_barred' }]
    : [];
}

/**
 * `bar` (desk, any open status, the status stays): Art 54.2 with its reason, at any stage before
 * closure. An open proposal lapses with the negotiation; the optional note is for staff.
 */
export const barring: CaseRule = {
  apply: ({ input }) => {
    const r = readInput(input);
    const barReason = r.oneOf('barReason', ART_54_2_REASONS, 'art_54_2_reason_required');
    r.optionalText('note');
    return done(r, () => ({ changes: { barredFromNegotiation: true, barReason, openProposal: null } }));
  },
};
