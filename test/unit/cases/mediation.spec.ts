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
      'from %s: organisation chosen and both consents recorded',
      (status) => {
        const d = expectOk(act(stateIn(status), 'request_mediation', CONSUMER));
        expect(d.to).toBe('mediation');
        expect(d.changes.mediation).toEqual({
          organisationId: 'hoi-bvqlntd',
          requestedAt: T0,
          consumerConsentAt: T0,
          businessConsentAt: T0,
        });
      },
    );

    it('Arts 61–63: 422 without an organisation or without both parties’ consent', () => {
      const d = act(stateIn('consultation'), 'request_mediation', CONSUMER, {
        consumerConsent: true,
        businessConsent: 'yes',
      });
      expectError(d, 'rule_violated', 'organisationId', 'required');
      expectError(d, 'rule_violated', 'businessConsent', 'consent_required');
    });

    it('is the consumer’s request, not the business’s', () => {
      expectError(act(stateIn('negotiation'), 'request_mediation', BUSINESS), 'forbidden');
    });
  });

  describe('record_mediation_result', () => {
    it('Art 65.2: success with the full record resolves the case', () => {
      const d = expectOk(
        act(
          stateIn('mediation'),
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
      const d = act(stateIn('mediation'), 'record_mediation_result', MEDIATION_ADMIN, success(record));
      expectError(d, 'rule_violated', `record.${field}`, 'art_65_2_required');
    });

    it('Art 65.2: a deadline that is not a date, or one party only, is a 422', () => {
      const record = { ...ART_65_2_RECORD, performanceDeadline: 'soon', parties: ['only me'] };
      const d = act(stateIn('mediation'), 'record_mediation_result', MEDIATOR, success(record));
      expectError(d, 'rule_violated', 'record.performanceDeadline', 'art_65_2_required');
      expectError(d, 'rule_violated', 'record.parties', 'art_65_2_required');
    });

    it.each([
      ['court', 'referred_to_court'],
      ['arbitration', 'referred_to_arbitration'],
      ['transfer', 'transferred'],
      ['continue', 'explained'],
    ])('failure with next step %s ends unresolved / %s', (nextStep, code) => {
      const d = expectOk(
        act(stateIn('mediation'), 'record_mediation_result', MEDIATOR, {
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

    it('failure needs a reason and a known next step', () => {
      const d = act(stateIn('mediation'), 'record_mediation_result', MEDIATOR, {
        result: 'failure',
        nextStep: 'appeal',
      });
      expectError(d, 'rule_violated', 'reason', 'required');
      expectError(d, 'rule_violated', 'nextStep', 'one_of');
      expectError(act(stateIn('mediation'), 'record_mediation_result', MEDIATOR, {}), 'rule_violated', 'result');
    });

    it('only mediators and mediation admins record results', () => {
      expectError(act(stateIn('mediation'), 'record_mediation_result', OFFICER), 'forbidden');
    });
  });
});
