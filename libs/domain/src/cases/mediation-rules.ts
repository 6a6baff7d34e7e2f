import {
  type CaseState,
  MEDIATION_NEXT_STEPS,
  type MediationConsentFailure,
  type MediationNextStep,
  type MediationRecord,
  type MediationRequest,
} from './case-state';
import type { FieldViolation } from './domain-error';
import { type InputReader, readInput } from './input';
import { infoRequest } from './intake-rules';
import { performanceAfterRecord } from '../mediation/records';
import { type OutcomeCode, reliefOutcome } from './outcomes';
import { type CaseRule, done, type RuleContext, type RuleEffect } from './rule-types';

/** `request_mediation`: the consumer's request, with their consent and the organisation (Arts 61–63). */
export const mediationRequest: CaseRule = {
  apply: ({ input, now }) => {
    const r = readInput(input);
    const organisationId = r.text('organisationId');
    r.isTrue('consumerConsent', 'consent_required');
    // Only the business can give its own consent (Art 61): it is pending until it does.
    const mediation: MediationRequest = {
      organisationId,
      requestedAt: now,
      consumerConsentAt: now,
      businessConsentAt: null,
    };
    return done(r, () => ({ changes: { mediation, openProposal: null } }));
  },
};

/**
 * Art 61: mediation rests on both parties' agreement. Why nothing may be done in the mediation yet
 * (no session, no result), or null once the business has consented.
 */
export function mediationConsentRefusal(state: CaseState): FieldViolation | null {
  return state.mediation?.businessConsentAt ? null : { field: 'businessConsentAt', rule: 'business_consent_pending' };
}

const pendingRequest = (state: CaseState): MediationRequest | undefined =>
  state.mediation && !state.mediation.businessConsentAt && !state.mediation.consentFailure
    ? state.mediation
    : undefined;

const NOT_PENDING: FieldViolation = { field: 'businessConsentAt', rule: 'business_consent_not_pending' };

function consentPending({ state }: RuleContext): FieldViolation[] {
  return pendingRequest(state) ? [] : [NOT_PENDING];
}

function consentGiven({ state }: RuleContext): FieldViolation[] {
  const refusal = mediationConsentRefusal(state);
  return refusal ? [refusal] : [];
}

/**
 * `request_info` by the mediation: it has not begun until the business consents (Art 61). Besides,
 * the consent clock is the business's and runs on while the consumer is asked (domain.md §5).
 */
export const mediationInfoRequest: CaseRule = {
  guard: (ctx) => [...consentGiven(ctx), ...(infoRequest.guard?.(ctx) ?? [])],
  apply: (ctx) => infoRequest.apply(ctx),
};

/**
 * `accept_mediation`: the business agrees through its link; or staff record the consent it gave on
 * paper, with the uploaded documents that show it (Art 61).
 */
export const mediationConsent: CaseRule = {
  guard: consentPending,
  apply: ({ state, input, actor, now }) => {
    const r = readInput(input);
    const paper = actor.kind === 'staff';
    const documentIds = paper ? r.textList('documentIds', 1, 'consent_document_required') : [];
    const request = pendingRequest(state);
    if (!request) return { ok: false, details: [NOT_PENDING] };
    const mediation: MediationRequest = {
      ...request,
      businessConsentAt: now,
      businessConsentVia: paper ? 'paper' : 'link',
      ...(paper ? { consentDocumentIds: documentIds } : {}),
    };
    return done(r, () => ({ changes: { mediation } }));
  },
};

// Without the business's consent there is no mediation: the consumer is told what remains (court,
// arbitration), which counts as `explained`.
export const CONSENT_FAILURE_OUTCOME: OutcomeCode = 'explained';

function closedWithoutConsent(
  request: MediationRequest,
  failure: MediationConsentFailure,
  now: Date,
  declineReason?: string,
): RuleEffect {
  const mediation: MediationRequest = {
    ...request,
    consentFailure: failure,
    consentFailureAt: now,
    ...(declineReason ? { declineReason } : {}),
  };
  return { to: 'unresolved', changes: { mediation }, outcome: { code: CONSENT_FAILURE_OUTCOME } };
}

/** `decline_mediation`: the business says no through its link (a reason is optional). */
export const mediationDeclined: CaseRule = {
  guard: consentPending,
  apply: ({ state, input, now }) => {
    const r = readInput(input);
    const reason = r.optionalText('reason');
    const request = pendingRequest(state);
    if (!request) return { ok: false, details: [NOT_PENDING] };
    return done(r, () => closedWithoutConsent(request, 'declined', now, reason));
  },
};

/** `expire_mediation_request`: the consent period ran out (the clock's `atDue`, by the system). */
export const mediationConsentLapsed: CaseRule = {
  guard: consentPending,
  apply: ({ state, now }) => {
    const request = pendingRequest(state);
    return request
      ? { ok: true, ...closedWithoutConsent(request, 'lapsed', now) }
      : { ok: false, details: [NOT_PENDING] };
  },
};

const ART_65_2 = 'art_65_2_required';

/** Art 65.2: all eight elements of a successful-mediation record, performed after it is drawn up. */
function readRecord(r: InputReader): MediationRecord {
  const record: MediationRecord = {
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
  // Compared only when both dates were read (a bad one already has its own error).
  const unread = (key: string) => r.violations.some((v) => v.field.endsWith(`.${key}`));
  if (!unread('time') && !unread('performanceDeadline') && !performanceAfterRecord(record)) {
    r.fail('performanceDeadline', 'art_65_2_performance_after_record');
  }
  return record;
}

// Failed mediation that ends it: the next step decides the outcome code. "continue" does not end
// it: the case stays in mediation for a new session.
export const NEXT_STEP_OUTCOME: Readonly<Record<Exclude<MediationNextStep, 'continue'>, OutcomeCode>> = {
  arbitration: 'referred_to_arbitration',
  court: 'referred_to_court',
  transfer: 'transferred',
};

/**
 * `record_mediation_result`, once the business consented (Art 61): success → resolved with the Art
 * 65.2 record; failure → unresolved, except "continue", which keeps the mediation open (the failed
 * attempt is on the timeline as this event).
 */
export const mediationResult: CaseRule = {
  guard: consentGiven,
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
    if (nextStep === 'continue') return done(r, () => ({ to: 'mediation', changes: {} }));
    return done(r, () => ({
      to: 'unresolved',
      changes: { mediationFailure: { reason, nextStep, recordedAt: now } },
      outcome: { code: NEXT_STEP_OUTCOME[nextStep] },
    }));
  },
};
