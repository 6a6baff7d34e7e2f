import { decide } from '@app/domain/cases';
import {
  ART_65_2_RECORD,
  BUSINESS,
  CONSUMER,
  MEDIATION_ADMIN,
  MEDIATOR,
  OFFICER,
  T0,
  act,
  expectError,
  expectOk,
  inMediation,
  stateIn,
} from './case-fixtures';

const success = (record: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  result: 'success',
  record,
  ...extra,
});

describe(decide.name, () => {
  describe('request_mediation', () => {
    it.each(['consultation', 'negotiation'] as const)(
      'Art 61: from %s, the organisation and the consumer’s consent start it; the business’s consent is pending',
      (status) => {
        const d = expectOk(act(stateIn(status), 'request_mediation', CONSUMER));
        expect(d.to).toBe('mediation');
        expect(d.changes.mediation).toEqual({
          organisationId: 'hoi-bvqlntd',
          requestedAt: T0,
          consumerConsentAt: T0,
          businessConsentAt: null,
        });
      },
    );

    it('Art 61: the consumer cannot consent for the business (a businessConsent in their input proves nothing)', () => {
      const input = { organisationId: 'hoi-bvqlntd', consumerConsent: true, businessConsent: true };
      const d = expectOk(act(stateIn('negotiation'), 'request_mediation', CONSUMER, input));
      expect(d.changes.mediation?.businessConsentAt).toBeNull();
    });

    it('Arts 61–63: 422 without an organisation or without the consumer’s consent', () => {
      const d = act(stateIn('consultation'), 'request_mediation', CONSUMER, { consumerConsent: 'yes' });
      expectError(d, 'rule_violated', 'organisationId', 'required');
      expectError(d, 'rule_violated', 'consumerConsent', 'consent_required');
    });

    it('is the consumer’s request, not the business’s', () => {
      expectError(act(stateIn('negotiation'), 'request_mediation', BUSINESS), 'forbidden');
    });
  });

  describe('record_mediation_result', () => {
    it('Art 65.2: success with the full record resolves the case', () => {
      const d = expectOk(
        act(
          inMediation(),
          'record_mediation_result',
          MEDIATOR,
          success(ART_65_2_RECORD, { amountRecoveredVnd: 5_000_000 }),
        ),
      );
      expect(d).toMatchObject({ to: 'resolved', outcome: { code: 'monetary_relief', amountRecoveredVnd: 5_000_000 } });
      expect(d.changes.mediationRecord).toMatchObject({
        otherTerms: '',
        performanceDeadline: new Date('2026-03-31'),
        parties: ART_65_2_RECORD.parties,
      });
    });

    it.each(Object.keys(ART_65_2_RECORD))('Art 65.2: success without %s is a 422', (field) => {
      const record: Record<string, unknown> = { ...ART_65_2_RECORD };
      delete record[field];
      const d = act(inMediation(), 'record_mediation_result', MEDIATION_ADMIN, success(record));
      expectError(d, 'rule_violated', `record.${field}`, 'art_65_2_required');
    });

    it('Art 65.2: a deadline that is not a date, or one party only, is a 422', () => {
      const record = { ...ART_65_2_RECORD, performanceDeadline: 'soon', parties: ['only me'] };
      const d = act(inMediation(), 'record_mediation_result', MEDIATOR, success(record));
      expectError(d, 'rule_violated', 'record.performanceDeadline', 'art_65_2_required');
      expectError(d, 'rule_violated', 'record.parties', 'art_65_2_required');
    });

    it.each([
      ['court', 'referred_to_court'],
      ['arbitration', 'referred_to_arbitration'],
      ['transfer', 'transferred'],
    ])('failure with next step %s ends unresolved / %s', (nextStep, code) => {
      const d = expectOk(
        act(inMediation(), 'record_mediation_result', MEDIATOR, {
          result: 'failure',
          reason: 'No agreement',
          nextStep,
        }),
      );
      expect(d).toMatchObject({
        to: 'unresolved',
        outcome: { code },
        changes: { mediationFailure: { reason: 'No agreement', nextStep } },
      });
    });

    it('Arts 61, 65: failure with next step "continue" keeps the mediation open for a new session', () => {
      const d = expectOk(
        act(inMediation(), 'record_mediation_result', MEDIATOR, {
          result: 'failure',
          reason: 'Business asked for time to check the invoice',
          nextStep: 'continue',
        }),
      );
      expect(d.to).toBe('mediation');
      expect(d.outcome).toBeUndefined();
      expect(d.changes).not.toHaveProperty('closedAt');
      expect(d.changes).not.toHaveProperty('mediationFailure');
    });

    it('failure needs a reason and a known next step', () => {
      const d = act(inMediation(), 'record_mediation_result', MEDIATOR, {
        result: 'failure',
        nextStep: 'appeal',
      });
      expectError(d, 'rule_violated', 'reason', 'required');
      expectError(d, 'rule_violated', 'nextStep', 'one_of');
      expectError(act(inMediation(), 'record_mediation_result', MEDIATOR, {}), 'rule_violated', 'result');
    });

    it('only mediators and mediation admins record results', () => {
      expectError(act(inMediation(), 'record_mediation_result', OFFICER), 'forbidden');
    });
  });
});
