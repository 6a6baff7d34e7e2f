import { applyDecision, decide, type CaseState } from '@app/domain/cases';
import { ADMIN, BUSINESS, CONSUMER, OFFICER, T0, act, expectError, expectOk, stateIn } from './case-fixtures';

const barred: Partial<CaseState> = { barredFromNegotiation: true, barReason: 'many_unknown_consumers' };
const withProposal = (amountVnd?: number): CaseState =>
  stateIn('negotiation', { openProposal: { description: 'Refund', amountVnd, proposedAt: T0 } });

describe(decide.name, () => {
  describe('forward_to_business', () => {
    it('Art 56.3 / 57.4: forwards to an identified business when it was silent or refused', () => {
      const d = expectOk(act(stateIn('consultation'), 'forward_to_business', OFFICER));
      expect(d).toMatchObject({
        to: 'negotiation',
        changes: { forwarding: { businessId: 'biz-1', basis: 'business_silent', forwardedAt: T0 } },
      });
    });

    it('Art 56.3 / 57.4: 422 without the business or the Art 56.3 basis', () => {
      const d = act(stateIn('consultation'), 'forward_to_business', OFFICER, { basis: 'consumer_prefers' });
      expectError(d, 'rule_violated', 'businessId', 'required');
      expectError(d, 'rule_violated', 'basis', 'art_56_3_basis_required');
    });
  });

  describe('Art 54.2 bar', () => {
    it('Art 54.2: a barred case cannot be forwarded to the business (422)', () => {
      const d = act(stateIn('consultation', barred), 'forward_to_business', OFFICER);
      expectError(d, 'rule_violated', 'barredFromNegotiation', 'art_54_2_barred');
    });

    it('Art 54.2: a barred case cannot go to mediation (422)', () => {
      const d = act(stateIn('consultation', barred), 'request_mediation', CONSUMER);
      expectError(d, 'rule_violated', 'barredFromNegotiation', 'art_54_2_barred');
    });

    it('Art 54.2: a barred case can still be transferred', () => {
      expect(expectOk(act(stateIn('consultation', barred), 'transfer', OFFICER)).to).toBe('transferred');
    });
  });

  describe('business_respond', () => {
    it('proposing a remedy stays in negotiation and opens a proposal', () => {
      const d = expectOk(
        act(stateIn('negotiation'), 'business_respond', BUSINESS, {
          type: 'propose_remedy',
          description: 'Refund',
          amountVnd: 900_000,
        }),
      );
      expect(d.to).toBe('negotiation');
      expect(d.changes).toMatchObject({
        lastBusinessResponse: { type: 'propose_remedy', at: T0 },
        openProposal: { amountVnd: 900_000 },
      });
    });

    it('Art 57.6: a refusal needs written reasons, and withdraws the open proposal', () => {
      const input = { type: 'refuse_with_reasons', reasons: '' };
      expectError(
        act(withProposal(), 'business_respond', BUSINESS, input),
        'rule_violated',
        'reasons',
        'art_57_6_written_reasons_required',
      );
      const d = expectOk(act(withProposal(), 'business_respond', BUSINESS, { ...input, reasons: 'Out of warranty' }));
      expect(d.changes).toMatchObject({ lastBusinessResponse: { type: 'refuse_with_reasons' }, openProposal: null });
    });

    it('a question keeps the open proposal; an unknown type is a 422', () => {
      const d = expectOk(
        act(withProposal(), 'business_respond', BUSINESS, { type: 'ask_question', question: 'Serial?' }),
      );
      expect(d.changes.openProposal).toMatchObject({ description: 'Refund' });
      expectError(
        act(withProposal(), 'business_respond', BUSINESS, { type: 'shrug' }),
        'rule_violated',
        'type',
        'one_of',
      );
    });

    it('only the business responds, and only in negotiation', () => {
      expectError(act(stateIn('negotiation'), 'business_respond', OFFICER), 'forbidden');
      expectError(act(stateIn('consultation'), 'business_respond', BUSINESS), 'invalid_transition');
    });
  });

  describe('accept_proposal / reject_proposal', () => {
    it('accepting a proposal with an amount resolves with monetary relief', () => {
      const d = expectOk(act(withProposal(5_000_000), 'accept_proposal', CONSUMER));
      expect(d).toMatchObject({
        to: 'resolved',
        outcome: { code: 'monetary_relief', amountRecoveredVnd: 5_000_000 },
        changes: { openProposal: null },
      });
    });

    it('accepting a proposal without money resolves with non-monetary relief', () => {
      expect(expectOk(act(withProposal(0), 'accept_proposal', CONSUMER)).outcome).toEqual({
        code: 'non_monetary_relief',
      });
    });

    it('accept or reject without an open proposal is a 422', () => {
      expectError(
        act(stateIn('negotiation'), 'accept_proposal', CONSUMER),
        'rule_violated',
        'openProposal',
        'open_proposal_required',
      );
      expectError(act(stateIn('negotiation'), 'reject_proposal', CONSUMER), 'rule_violated', 'openProposal');
    });

    it('rejecting keeps negotiation and clears the proposal', () => {
      const d = expectOk(act(withProposal(1), 'reject_proposal', CONSUMER));
      expect(applyDecision(withProposal(1), d)).toMatchObject({ status: 'negotiation', openProposal: null });
    });
  });

  describe('settle', () => {
    it('resolves with the given outcome code and amount', () => {
      const d = expectOk(
        act(stateIn('negotiation'), 'settle', ADMIN, { outcomeCode: 'monetary_relief', amountRecoveredVnd: 2_000_000 }),
      );
      expect(d).toMatchObject({ to: 'resolved', outcome: { code: 'monetary_relief', amountRecoveredVnd: 2_000_000 } });
      expect(expectOk(act(stateIn('negotiation'), 'settle', OFFICER, { outcomeCode: 'explained' })).outcome).toEqual({
        code: 'explained',
      });
    });

    it('422 for a code that does not resolve, or monetary relief without an amount', () => {
      expectError(
        act(stateIn('negotiation'), 'settle', OFFICER, { outcomeCode: 'withdrawn' }),
        'rule_violated',
        'outcomeCode',
      );
      const noMoney = { outcomeCode: 'monetary_relief', amountRecoveredVnd: 0 };
      expectError(
        act(stateIn('negotiation'), 'settle', OFFICER, noMoney),
        'rule_violated',
        'amountRecoveredVnd',
        'monetary_relief_needs_amount',
      );
      const fractional = { outcomeCode: 'monetary_relief', amountRecoveredVnd: 10.5 };
      expectError(
        act(stateIn('negotiation'), 'settle', OFFICER, fractional),
        'rule_violated',
        'amountRecoveredVnd',
        'non_negative_integer',
      );
    });
  });
});
