import { ART_54_2_REASONS, REFUSAL_GROUNDS, endPause } from './case-state';
import { isResumableStatus } from './case-status';
import { readInput } from './input';
import { REFUSAL_OUTCOMES } from './outcomes';
import { type CaseRule, done, notBarred } from './rule-types';

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

/** `refuse`, Art 58: exactly one ground a–e, recorded. The outcome may say why for statistics. */
export const refusal: CaseRule = {
  apply: ({ input }) => {
    const r = readInput(input);
    const ground = r.oneOf('ground', REFUSAL_GROUNDS, 'art_58_ground_required');
    const note = r.optionalText('note');
    const code = r.optionalOneOf('outcomeCode', REFUSAL_OUTCOMES) ?? 'refused';
    return done(r, () => ({ changes: { refusal: { ground, note } }, outcome: { code } }));
  },
};

/** `transfer` to a competent authority; Art 11.3: the consumer must be told. */
export const transfer: CaseRule = {
  apply: ({ input, now }) => {
    const r = readInput(input);
    const authorityId = r.text('authorityId');
    r.isTrue('consumerNotified', 'art_11_3_consumer_must_be_told');
    const reason = r.optionalText('reason');
    return done(r, () => ({ changes: { transfer: { authorityId, reason, consumerNotifiedAt: now } } }));
  },
};

/** `resolve_by_advice` (tư vấn) closes the case as `explained`. */
export const advice: CaseRule = {
  guard: notBarred,
  apply: ({ input }) => {
    const r = readInput(input);
    const adviceSummary = r.text('adviceSummary');
    return done(r, () => ({ changes: { adviceSummary }, outcome: { code: 'explained' } }));
  },
};
