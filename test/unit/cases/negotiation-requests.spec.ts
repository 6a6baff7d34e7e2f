import {
  allowedActions,
  applyDecision,
  type CaseState,
  decide,
  isNegotiationContentKey,
  negotiationHiddenFrom,
} from '@app/domain/cases';
import {
  ADMIN,
  ANALYST,
  ASSOCIATION,
  BUSINESS,
  CONSUMER,
  MEDIATOR,
  OFFICER,
  T0,
  act,
  daysAfter,
  expectError,
  expectOk,
  stateIn,
} from './case-fixtures';

const PAUSE = { requestedBy: 'business', paused: true, reason: 'Our manager is abroad until next week' };
const SECRECY = { requestedBy: 'consumer', confidential: true, reason: 'The documents hold health data' };
const withProposal = (extra: Partial<CaseState> = {}): CaseState =>
  stateIn('negotiation', { openProposal: { description: 'Refund', proposedAt: T0 }, ...extra });
const pausedAt = (at: Date, extra: Partial<CaseState> = {}): CaseState =>
  withProposal({
    negotiationPaused: { requestedBy: 'business', reason: 'Away', requestedAt: at },
    clockPausedAt: at,
    ...extra,
  });

describe(decide.name, () => {
  describe('record_negotiation_request', () => {
    it('Art 59.1: the desk records a party’s request to pause the negotiation, who asked and why', () => {
      const d = expectOk(act(stateIn('negotiation'), 'record_negotiation_request', OFFICER, PAUSE));
      expect(d.to).toBe('negotiation');
      expect(d.changes).toMatchObject({
        negotiationPaused: { requestedBy: 'business', reason: PAUSE.reason, requestedAt: T0 },
        clockPausedAt: T0,
      });
      expect(d.changes.negotiationConfidential).toBeUndefined();
    });

    it('Art 59.1: a request for confidentiality alone pauses nothing', () => {
      const d = expectOk(act(stateIn('negotiation'), 'record_negotiation_request', ADMIN, SECRECY));
      expect(d.changes).toMatchObject({ negotiationConfidential: { requestedBy: 'consumer', requestedAt: T0 } });
      expect(d.changes.negotiationPaused).toBeUndefined();
      expect(d.changes.clockPausedAt).toBeUndefined();
    });

    it('Art 59.1: 422 without the party, the reason, or anything asked', () => {
      const d = act(stateIn('negotiation'), 'record_negotiation_request', OFFICER, { requestedBy: 'mediator' });
      expectError(d, 'rule_violated', 'requestedBy', 'art_59_1_party_required');
      expectError(d, 'rule_violated', 'reason', 'art_59_1_reason_required');
      expectError(d, 'rule_violated', 'confidential', 'art_59_1_confidential_or_paused_required');
    });

    it('Art 59.1: a pause already in force is not paused again (422)', () => {
      expectError(
        act(pausedAt(T0), 'record_negotiation_request', OFFICER, PAUSE),
        'rule_violated',
        'paused',
        'art_59_1_already_paused',
      );
    });

    it('Art 59.1: only the desk records it (403), and only during negotiation (409)', () => {
      for (const actor of [CONSUMER, BUSINESS, MEDIATOR, ASSOCIATION, ANALYST]) {
        expectError(act(stateIn('negotiation'), 'record_negotiation_request', actor, PAUSE), 'forbidden');
      }
      expectError(act(stateIn('consultation'), 'record_negotiation_request', OFFICER, PAUSE), 'invalid_transition');
      expectError(act(stateIn('mediation'), 'record_negotiation_request', OFFICER, SECRECY), 'invalid_transition');
    });
  });

  describe('while paused at a party’s request', () => {
    it('Art 59.1: the negotiation waits: no response, acceptance or rejection, no request for information (422)', () => {
      const state = pausedAt(T0);
      for (const [action, actor] of [
        ['business_respond', BUSINESS],
        ['accept_proposal', CONSUMER],
        ['reject_proposal', CONSUMER],
        ['request_info', OFFICER],
      ] as const) {
        expectError(act(state, action, actor), 'rule_violated', 'negotiationPaused', 'art_59_1_negotiation_paused');
      }
      expect(allowedActions(state, BUSINESS, T0)).toEqual([]);
      expect(allowedActions(state, CONSUMER, T0)).not.toContain('accept_proposal');
    });

    it('Art 59.1: a party may still stop it: the consumer asks for mediation, staff record a settlement', () => {
      const state = pausedAt(T0);
      expect(allowedActions(state, CONSUMER, T0)).toEqual(expect.arrayContaining(['request_mediation', 'withdraw']));
      expect(expectOk(act(state, 'settle', OFFICER)).to).toBe('resolved');
    });
  });

  describe('lift_negotiation_request', () => {
    it('Art 59.1: lifting the pause records how long it lasted and lets the negotiation go on', () => {
      const resumedAt = daysAfter(T0, 3);
      const d = expectOk(act(pausedAt(T0), 'lift_negotiation_request', OFFICER, { paused: true }, resumedAt));
      expect(d.changes).toMatchObject({
        negotiationPaused: null,
        clockPausedAt: null,
        pausedIntervals: [{ from: T0, to: resumedAt }],
      });
      const after = applyDecision(pausedAt(T0), d);
      expect(expectOk(act(after, 'accept_proposal', CONSUMER, {}, resumedAt)).to).toBe('resolved');
    });

    it('Art 59.1: lifting confidentiality keeps a pause in force', () => {
      const state = pausedAt(T0, {
        negotiationConfidential: { requestedBy: 'consumer', reason: 'x', requestedAt: T0 },
      });
      const d = expectOk(act(state, 'lift_negotiation_request', ADMIN, { confidential: true }));
      expect(d.changes).toEqual({ negotiationConfidential: null, status: 'negotiation' });
    });

    it('Art 59.1: 422 when what is lifted is not in force, or nothing is named', () => {
      expectError(
        act(stateIn('negotiation'), 'lift_negotiation_request', OFFICER, { paused: true, confidential: true }),
        'rule_violated',
        'paused',
        'art_59_1_not_paused',
      );
      expectError(
        act(stateIn('negotiation'), 'lift_negotiation_request', OFFICER, { confidential: true }),
        'rule_violated',
        'confidential',
        'art_59_1_not_confidential',
      );
      expectError(
        act(pausedAt(T0), 'lift_negotiation_request', OFFICER, {}),
        'rule_violated',
        'confidential',
        'art_59_1_confidential_or_paused_required',
      );
    });
  });

  it('Art 59.1: a new negotiation (forwarded again after a reopening) starts without an earlier pause', () => {
    const state = stateIn('consultation', {
      negotiationPaused: { requestedBy: 'consumer', reason: 'x', requestedAt: T0 },
    });
    const d = expectOk(act(state, 'forward_to_business', OFFICER));
    expect(d.changes.negotiationPaused).toBeNull();
  });
});

describe(negotiationHiddenFrom.name, () => {
  const confidential: Partial<CaseState> = {
    negotiationConfidential: { requestedBy: 'business', reason: 'Trade secrets', requestedAt: T0 },
  };

  it('Art 59.1: a confidential negotiation is for the handling staff, not the association, analysts or the mediation side', () => {
    expect(negotiationHiddenFrom(confidential, 'officer')).toBe(false);
    expect(negotiationHiddenFrom(confidential, 'admin')).toBe(false);
    for (const role of ['association', 'analyst', 'mediator', 'mediation_admin'] as const) {
      expect(negotiationHiddenFrom(confidential, role)).toBe(true);
    }
  });

  it('Art 59.1: without a party’s request nothing is hidden', () => {
    expect(negotiationHiddenFrom({}, 'association')).toBe(false);
    expect(negotiationHiddenFrom({ negotiationConfidential: null }, 'analyst')).toBe(false);
  });

  it('Art 59.1: the content is the proposals, responses, the agreement reached in negotiation and the result report', () => {
    for (const key of ['openProposal', 'lastBusinessResponse', 'negotiationResult']) {
      expect(isNegotiationContentKey(key, {})).toBe(true);
    }
    expect(isNegotiationContentKey('agreement', { source: 'proposal' })).toBe(true);
    expect(isNegotiationContentKey('agreement', { source: 'settlement' })).toBe(true);
    expect(isNegotiationContentKey('agreement', { source: 'mediation' })).toBe(false);
    expect(isNegotiationContentKey('forwarding', {})).toBe(false);
  });
});
