import { ART_54_2_REASONS, REFUSAL_GROUNDS, endPause } from './case-state';
import { isTransferAuthorityKind } from '../reference/transfer-authorities';
import { isResumableStatus } from './case-status';
import { readInput } from './input';
import { negotiationNotPaused } from './negotiation-request-rules';
import { REFUSAL_OUTCOMES } from './outcomes';
import { refusalOutcomeViolations } from './refusal-grounds';
import { type CaseRule, done } from './rule-types';

/** `accept`: assign the handling unit and an advisor; the officer may flag an Art 54.2 bar here. */
export const acceptance: CaseRule = {
  apply: ({ input, state }) => {
    const r = readInput(input);
    const handlingUnitId = r.text('handlingUnitId');
    const advisorId = r.text('advisorId');
    const barred = r.optionalBoolean('barredFromNegotiation') ?? state.barredFromNegotiation ?? false;
    const barReason = barred ? r.oneOf('barReason', ART_54_2_REASONS, 'art_54_2_reason_required') : null;
    return done(r, () => ({ changes: { handlingUnitId, advisorId, barredFromNegotiation: barred, barReason } }));
  },
};

/** `request_info`: remember where we were and pause running clocks (domain.md §5). */
export const infoRequest: CaseRule = {
  // A negotiation paused at a party's request (Art 59.1) is lifted first: one pause at a time.
  guard: negotiationNotPaused,
  apply: ({ input, state, now }) => {
    const r = readInput(input);
    const question = r.text('question');
    if (!isResumableStatus(state.status)) r.fail('status', 'not_resumable');
    const resumeStatus = isResumableStatus(state.status) ? state.status : null;
    return done(r, () => ({
      changes: { resumeStatus, clockPausedAt: now, infoRequest: { question, requestedAt: now } },
    }));
  },
};

/** `provide_info`: return to `resumeStatus` and restart the clocks. */
export const infoProvided: CaseRule = {
  guard: ({ state }) => (state.resumeStatus ? [] : [{ field: 'resumeStatus', rule: 'required' }]),
  apply: ({ input, state, now }) => {
    const r = readInput(input);
    const answer = r.text('answer');
    const asked = state.infoRequest ?? { question: '', requestedAt: state.clockPausedAt ?? now };
    return done(r, () => ({
      changes: { ...endPause(state, now), resumeStatus: null, infoRequest: { ...asked, answer, answeredAt: now } },
    }));
  },
};

/**
 * `refuse`, Art 58: exactly one ground a–e, recorded. The outcome may say why for statistics, and
 * must agree with the ground (REFUSAL_OUTCOME_GROUNDS).
 */
export const refusal: CaseRule = {
  apply: ({ input }) => {
    const r = readInput(input);
    const ground = r.oneOf('ground', REFUSAL_GROUNDS, 'art_58_ground_required');
    const groundGiven = r.violations.length === 0;
    const note = r.optionalText('note');
    const code = r.optionalOneOf('outcomeCode', REFUSAL_OUTCOMES) ?? 'refused';
    if (groundGiven) for (const v of refusalOutcomeViolations(ground, code)) r.fail(v.field, v.rule);
    return done(r, () => ({ changes: { refusal: { ground, note } }, outcome: { code } }));
  },
};

/**
 * `transfer` to the competent authority (Art 11.3; Art 54.2): an organisation of a kind that
 * receives transfers (TRANSFER_AUTHORITY_ROLES), other than the case's own unit, and the consumer
 * must be told. `authorityKind` is filled in by the server from the organisations table; missing
 * means no such organisation.
 */
export const transfer: CaseRule = {
  apply: ({ input, now, state }) => {
    const r = readInput(input);
    const authorityId = r.text('authorityId');
    const kind = r.optionalText('authorityKind');
    if (authorityId !== '' && kind === undefined) r.fail('authorityId', 'unknown_organisation');
    if (kind !== undefined && !isTransferAuthorityKind(kind)) r.fail('authorityId', 'not_a_competent_authority');
    if (authorityId !== '' && authorityId === state.handlingUnitId) r.fail('authorityId', 'transfer_to_own_unit');
    r.isTrue('consumerNotified', 'art_11_3_consumer_must_be_told');
    const reason = r.optionalText('reason');
    return done(r, () => ({ changes: { transfer: { authorityId, reason, consumerNotifiedAt: now } } }));
  },
};

/** `resolve_by_advice` (tư vấn) closes the case as `explained`. */
export const advice: CaseRule = {
  apply: ({ input }) => {
    const r = readInput(input);
    const adviceSummary = r.text('adviceSummary');
    return done(r, () => ({ changes: { adviceSummary }, outcome: { code: 'explained' } }));
  },
};
