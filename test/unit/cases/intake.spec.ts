import { applyDecision, decide, REFUSAL_GROUNDS } from '@app/domain/cases';
import {
  ADMIN,
  ASSOCIATION,
  CONSUMER,
  MEDIATOR,
  OFFICER,
  T0,
  act,
  daysAfter,
  expectError,
  expectOk,
  inMediation,
  stateIn,
} from './case-fixtures';

describe(decide.name, () => {
  describe('accept', () => {
    it('moves submitted → consultation and assigns the handling unit and advisor', () => {
      const d = expectOk(act(stateIn('submitted'), 'accept', OFFICER));
      expect(d.to).toBe('consultation');
      expect(d.changes).toMatchObject({ handlingUnitId: 'sct-tn', advisorId: 'u-1', barredFromNegotiation: false });
    });

    it('422 without a handling unit or advisor', () => {
      const d = act(stateIn('submitted'), 'accept', ADMIN, { handlingUnitId: ' ' });
      expectError(d, 'rule_violated', 'handlingUnitId', 'required');
      expectError(d, 'rule_violated', 'advisorId', 'required');
    });

    it('Art 54.2: flagging a bar at acceptance needs the reason', () => {
      const input = { handlingUnitId: 'u', advisorId: 'a', barredFromNegotiation: true };
      expectError(
        act(stateIn('submitted'), 'accept', OFFICER, input),
        'rule_violated',
        'barReason',
        'art_54_2_reason_required',
      );
      const d = expectOk(act(stateIn('submitted'), 'accept', OFFICER, { ...input, barReason: 'public_interest' }));
      expect(d.changes).toMatchObject({ barredFromNegotiation: true, barReason: 'public_interest' });
    });
  });

  describe('request_info / provide_info', () => {
    it('pauses the clock in needs_info and returns to the status it came from', () => {
      const asked = expectOk(act(stateIn('negotiation'), 'request_info', OFFICER));
      expect(asked).toMatchObject({ to: 'needs_info', changes: { resumeStatus: 'negotiation', clockPausedAt: T0 } });
      const waiting = applyDecision(stateIn('negotiation'), asked);
      const later = daysAfter(T0, 4);
      const answered = expectOk(act(waiting, 'provide_info', CONSUMER, { answer: 'here' }, later));
      expect(answered.to).toBe('negotiation');
      expect(answered.changes).toMatchObject({
        resumeStatus: null,
        clockPausedAt: null,
        pausedIntervals: [{ from: T0, to: later }],
      });
    });

    it('mediators may ask for information during mediation (once the business consented, Art 61), officers may not', () => {
      expect(expectOk(act(inMediation(), 'request_info', MEDIATOR)).changes.resumeStatus).toBe('mediation');
      expectError(act(inMediation(), 'request_info', OFFICER), 'forbidden');
    });

    it('422 when the question or the answer is missing', () => {
      expectError(act(stateIn('consultation'), 'request_info', OFFICER, {}), 'rule_violated', 'question');
      const waiting = stateIn('needs_info', { resumeStatus: 'consultation', clockPausedAt: T0 });
      expectError(act(waiting, 'provide_info', CONSUMER, { answer: '' }), 'rule_violated', 'answer');
    });
  });

  describe('refuse', () => {
    it.each(REFUSAL_GROUNDS)('Art 58: refusal on ground (%s) is recorded', (ground) => {
      const d = expectOk(act(stateIn('submitted'), 'refuse', OFFICER, { ground }));
      expect(d).toMatchObject({
        to: 'refused',
        outcome: { code: 'refused' },
        changes: { refusal: { ground }, closedAt: T0 },
      });
    });

    it('Art 58: refusal without one of the grounds a–e is a 422', () => {
      for (const input of [{}, { ground: 'f' }, { ground: ['a', 'b'] }, null]) {
        expectError(
          act(stateIn('consultation'), 'refuse', OFFICER, input),
          'rule_violated',
          'ground',
          'art_58_ground_required',
        );
      }
    });

    it('Art 53.3: the association may not refuse a complaint (403)', () => {
      expectError(act(stateIn('submitted'), 'refuse', ASSOCIATION, { ground: 'd' }), 'forbidden', 'actor');
    });

    it('records the statistical outcome code when given (duplicate, business not found)', () => {
      const d = expectOk(act(stateIn('submitted'), 'refuse', OFFICER, { ground: 'e', outcomeCode: 'duplicate' }));
      expect(d.outcome).toEqual({ code: 'duplicate' });
      expectError(
        act(stateIn('submitted'), 'refuse', OFFICER, { ground: 'e', outcomeCode: 'explained' }),
        'rule_violated',
        'outcomeCode',
      );
    });
  });

  describe('transfer', () => {
    it('Art 11.3: moves any open case to transferred once the consumer is told', () => {
      const d = expectOk(act(stateIn('mediation'), 'transfer', ADMIN));
      expect(d).toMatchObject({ to: 'transferred', outcome: { code: 'transferred' } });
      expect(d.changes.transfer).toEqual({ authorityId: 'so-y-te', reason: undefined, consumerNotifiedAt: T0 });
      const silent = { authorityId: 'so-y-te', consumerNotified: false };
      expectError(
        act(stateIn('submitted'), 'transfer', OFFICER, silent),
        'rule_violated',
        'consumerNotified',
        'art_11_3_consumer_must_be_told',
      );
    });
  });

  describe('resolve_by_advice', () => {
    it('closes a consultation as resolved / explained', () => {
      const d = expectOk(act(stateIn('consultation'), 'resolve_by_advice', OFFICER));
      expect(d).toMatchObject({ to: 'resolved', outcome: { code: 'explained' }, changes: { closedAt: T0 } });
    });
  });

  describe('withdraw', () => {
    it.each(['submitted', 'needs_info', 'consultation', 'negotiation', 'mediation'] as const)(
      'the consumer withdraws from %s',
      (status) => {
        const paused = status === 'needs_info' ? { resumeStatus: 'consultation' as const, clockPausedAt: T0 } : {};
        const d = expectOk(act(stateIn(status, paused), 'withdraw', CONSUMER, {}, daysAfter(T0, 1)));
        expect(d).toMatchObject({
          to: 'withdrawn',
          outcome: { code: 'withdrawn' },
          changes: { resumeStatus: null, clockPausedAt: null },
        });
      },
    );

    it('only the consumer may withdraw', () => {
      expectError(act(stateIn('consultation'), 'withdraw', OFFICER), 'forbidden');
    });
  });
});
