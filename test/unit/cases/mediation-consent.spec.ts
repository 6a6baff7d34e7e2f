import { allowedActions, decide, mediationConsentRefusal } from '@app/domain/cases';
import {
  ADMIN,
  BUSINESS,
  CONSUMER,
  MEDIATION_ADMIN,
  MEDIATOR,
  OFFICER,
  SYSTEM,
  T0,
  act,
  daysAfter,
  expectError,
  expectOk,
  inMediation,
  stateIn,
} from './case-fixtures';

// Law 19/2023 Art 61: mediation rests on the parties' agreement. The consumer's request starts it,
// the business's own consent completes it; without that consent the attempt closes.

const LATER = daysAfter(T0, 2);
const pending = inMediation('pending');

describe(decide.name, () => {
  describe('accept_mediation', () => {
    it('Art 61: the business accepts through its link; the case stays in mediation with the consent recorded', () => {
      const d = expectOk(act(pending, 'accept_mediation', BUSINESS, {}, LATER));
      expect(d.to).toBe('mediation');
      expect(d.changes.mediation).toEqual({
        organisationId: 'hoi-bvqlntd',
        requestedAt: T0,
        consumerConsentAt: T0,
        businessConsentAt: LATER,
        businessConsentVia: 'link',
      });
    });

    it.each([
      ['officer', OFFICER],
      ['admin', ADMIN],
      ['mediator', MEDIATOR],
      ['mediation admin', MEDIATION_ADMIN],
    ])('Art 61: the %s records a consent given on paper, with its uploaded document', (_, staff) => {
      const d = expectOk(act(pending, 'accept_mediation', staff, { documentIds: ['scan-1'] }, LATER));
      expect(d.changes.mediation).toMatchObject({
        businessConsentAt: LATER,
        businessConsentVia: 'paper',
        consentDocumentIds: ['scan-1'],
      });
    });

    it('Art 61: a paper consent without a document is a 422 (the document is the proof)', () => {
      expectError(
        act(pending, 'accept_mediation', OFFICER, {}),
        'rule_violated',
        'documentIds',
        'consent_document_required',
      );
      expectError(
        act(pending, 'accept_mediation', MEDIATOR, { documentIds: [] }),
        'rule_violated',
        'documentIds',
        'consent_document_required',
      );
    });

    it('Art 61: the consumer cannot accept on the business’s behalf', () => {
      expectError(act(pending, 'accept_mediation', CONSUMER), 'forbidden');
    });

    it('Art 61: a consent already given (or a case with no request) is not given again: 422', () => {
      expectError(act(inMediation(), 'accept_mediation', BUSINESS, {}), 'rule_violated', 'businessConsentAt');
      expectError(act(stateIn('mediation'), 'accept_mediation', BUSINESS, {}), 'rule_violated', 'businessConsentAt');
    });
  });

  describe('decline_mediation', () => {
    it('Art 61: the business declines: the attempt closes unresolved, the consumer told what remains (explained)', () => {
      const d = expectOk(act(pending, 'decline_mediation', BUSINESS, { reason: 'We prefer court' }, LATER));
      expect(d).toMatchObject({ to: 'unresolved', outcome: { code: 'explained' } });
      expect(d.changes.mediation).toMatchObject({
        businessConsentAt: null,
        consentFailure: 'declined',
        consentFailureAt: LATER,
        declineReason: 'We prefer court',
      });
      expect(d.changes.closedAt).toEqual(LATER);
    });

    it('Art 61: only the business declines, and only while its consent is pending', () => {
      for (const actor of [CONSUMER, OFFICER, MEDIATOR, SYSTEM])
        expectError(act(pending, 'decline_mediation', actor), 'forbidden');
      expectError(act(inMediation(), 'decline_mediation', BUSINESS), 'rule_violated', 'businessConsentAt');
    });
  });

  describe('expire_mediation_request', () => {
    it('Art 61 (policy period): silence is not consent: the system closes the attempt, unresolved (explained)', () => {
      const d = expectOk(act(pending, 'expire_mediation_request', SYSTEM, {}, LATER));
      expect(d).toMatchObject({ to: 'unresolved', outcome: { code: 'explained' } });
      expect(d.changes.mediation).toMatchObject({ consentFailure: 'lapsed', consentFailureAt: LATER });
    });

    it('Art 61: only the system lets it lapse, and not once the business consented', () => {
      for (const actor of [BUSINESS, OFFICER, ADMIN, MEDIATION_ADMIN]) {
        expectError(act(pending, 'expire_mediation_request', actor), 'forbidden');
      }
      expectError(act(inMediation(), 'expire_mediation_request', SYSTEM), 'rule_violated', 'businessConsentAt');
    });
  });

  describe('until the business consents', () => {
    it('Arts 61, 65: no mediation result may be recorded (422 business_consent_pending)', () => {
      const failure = { result: 'failure', reason: 'No agreement', nextStep: 'court' };
      expectError(
        act(pending, 'record_mediation_result', MEDIATOR, failure),
        'rule_violated',
        'businessConsentAt',
        'business_consent_pending',
      );
      expect(mediationConsentRefusal(pending)).toEqual({
        field: 'businessConsentAt',
        rule: 'business_consent_pending',
      });
      expect(mediationConsentRefusal(inMediation())).toBeNull();
    });

    it('Art 61: the business is offered accept and decline; the mediation itself (questions, result) waits', () => {
      expect(allowedActions(pending, BUSINESS, T0)).toEqual(['accept_mediation', 'decline_mediation']);
      expect(allowedActions(pending, MEDIATOR, T0)).toEqual(['accept_mediation']);
      expectError(
        act(pending, 'request_info', MEDIATOR),
        'rule_violated',
        'businessConsentAt',
        'business_consent_pending',
      );
      expect(allowedActions(inMediation(), MEDIATOR, T0)).toEqual(['request_info', 'record_mediation_result']);
      expect(allowedActions(inMediation(), BUSINESS, T0)).toEqual([]);
    });
  });
});
