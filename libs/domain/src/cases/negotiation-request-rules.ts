import { type CaseState, endPause, NEGOTIATION_PARTIES } from './case-state';
import type { FieldViolation } from './domain-error';
import { type InputReader, readInput } from './input';
import { type CaseRule, done, type RuleContext } from './rule-types';

// Law 19 Art 59.1: either party may ask that the negotiation be kept confidential, or paused or
// stopped. Staff record the request; a pause is no one's delay, so the negotiation clocks pause
// with it (the clock table) and run on, longer by the pause, when it is lifted.

/** Whether a party's pause holds the negotiation now (it ends with the negotiation). */
export function negotiationPausedNow(state: CaseState): boolean {
  return state.status === 'negotiation' && Boolean(state.negotiationPaused);
}

/** Art 59.1: while a party's pause holds, the negotiation itself waits (lift the pause to go on). */
export function negotiationNotPaused({ state }: RuleContext): FieldViolation[] {
  return negotiationPausedNow(state) ? [{ field: 'negotiationPaused', rule: 'art_59_1_negotiation_paused' }] : [];
}

/** Which of the two requests the input names; at least one. */
function readScope(r: InputReader): { confidential: boolean; paused: boolean } {
  const confidential = r.optionalBoolean('confidential') === true;
  const paused = r.optionalBoolean('paused') === true;
  if (!confidential && !paused) r.fail('confidential', 'art_59_1_confidential_or_paused_required');
  return { confidential, paused };
}

/**
 * `record_negotiation_request` (staff): who asked, for confidentiality and/or a pause, and why.
 * A pause already in force is not paused again.
 */
export const negotiationRequest: CaseRule = {
  apply: ({ input, state, now }) => {
    const r = readInput(input);
    const requestedBy = r.oneOf('requestedBy', NEGOTIATION_PARTIES, 'art_59_1_party_required');
    const { confidential, paused } = readScope(r);
    const reason = r.text('reason', 'art_59_1_reason_required');
    if (paused && negotiationPausedNow(state)) r.fail('paused', 'art_59_1_already_paused');
    const request = { requestedBy, reason, requestedAt: now };
    return done(r, () => ({
      changes: {
        ...(confidential ? { negotiationConfidential: request } : {}),
        ...(paused ? { negotiationPaused: request, clockPausedAt: now } : {}),
      },
    }));
  },
};

/** `lift_negotiation_request` (staff): confidentiality and/or the pause end; the clocks run again. */
export const negotiationRequestLifted: CaseRule = {
  apply: ({ input, state, now }) => {
    const r = readInput(input);
    const { confidential, paused } = readScope(r);
    r.optionalText('reason');
    if (confidential && !state.negotiationConfidential) r.fail('confidential', 'art_59_1_not_confidential');
    if (paused && !negotiationPausedNow(state)) r.fail('paused', 'art_59_1_not_paused');
    return done(r, () => ({
      changes: {
        ...(confidential ? { negotiationConfidential: null } : {}),
        ...(paused ? { negotiationPaused: null, ...endPause(state, now) } : {}),
      },
    }));
  },
};
