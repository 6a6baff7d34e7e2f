import { MEDIATION_NEXT_STEPS, type MediationNextStep, type MediationRecord } from './case-state';
import { type InputReader, readInput } from './input';
import { type OutcomeCode, reliefOutcome } from './outcomes';
import { type CaseRule, done, notBarred } from './rule-types';

/** `request_mediation`: a mediation organisation chosen and both parties' consent (Arts 61–63). */
export const mediationRequest: CaseRule = {
  guard: notBarred,
  apply: ({ input, now }) => {
    const r = readInput(input);
    const organisationId = r.text('organisationId');
    r.isTrue('consumerConsent', 'consent_required');
    r.isTrue('businessConsent', 'consent_required');
    const mediation = { organisationId, requestedAt: now, consumerConsentAt: now, businessConsentAt: now };
    return done(r, () => ({ changes: { mediation, openProposal: null } }));
  },
};

const ART_65_2 = 'art_65_2_required';

/** Art 65.2: all eight elements of a successful-mediation record. */
function readRecord(r: InputReader): MediationRecord {
  return {
    mediator: r.text('mediator', ART_65_2),
    organisation: r.text('organisation', ART_65_2),
    parties: r.textList('parties', 2, ART_65_2),
    time: r.date('time', ART_65_2),
    place: r.text('place', ART_65_2),
    subject: r.text('subject', ART_65_2),
    consumerViews: r.text('consumerViews', ART_65_2),
    businessViews: r.text('businessViews', ART_65_2),
    result: r.text('result', ART_65_2),
    implementation: r.text('implementation', ART_65_2),
    performanceDeadline: r.date('performanceDeadline', ART_65_2),
    otherTerms: r.presentText('otherTerms', ART_65_2),
  };
}

// Failed mediation: the next step decides the outcome code. "continue" means the consumer was told
// the remaining options and may start again; it counts as `explained`.
export const NEXT_STEP_OUTCOME: Readonly<Record<MediationNextStep, OutcomeCode>> = {
  continue: 'explained',
  arbitration: 'referred_to_arbitration',
  court: 'referred_to_court',
  transfer: 'transferred',
};

/** `record_mediation_result`: success → resolved with the Art 65.2 record; failure → unresolved. */
export const mediationResult: CaseRule = {
  apply: ({ input, now }) => {
    const r = readInput(input);
    const result = r.oneOf('result', ['success', 'failure'] as const);
    if (r.violations.length > 0) return { ok: false, details: r.violations };
    if (result === 'success') {
      const record = readRecord(r.nested('record'));
      const amount = r.amountVnd('amountRecoveredVnd');
      const agreement = { source: 'mediation' as const, summary: record.result, at: now };
      return done(r, () => ({
        to: 'resolved',
        changes: { mediationRecord: record, agreement },
        outcome: reliefOutcome(amount),
      }));
    }
    const reason = r.text('reason');
    const nextStep = r.oneOf('nextStep', MEDIATION_NEXT_STEPS);
    return done(r, () => ({
      to: 'unresolved',
      changes: { mediationFailure: { reason, nextStep, recordedAt: now } },
      outcome: { code: NEXT_STEP_OUTCOME[nextStep] },
    }));
  },
};
