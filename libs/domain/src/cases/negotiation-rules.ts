import { ART_56_3_BASES, BUSINESS_RESPONSE_TYPES, type BusinessResponseType } from './case-state';
import { readInput } from './input';
import { RESOLVED_OUTCOMES, reliefOutcome } from './outcomes';
import { negotiationNotPaused } from './negotiation-request-rules';
import { type CaseRule, done, hasOpenProposal } from './rule-types';

/**
 * `forward_to_business`, Art 56.3 / 57.4: the body forwards the consumer's request when the
 * business was silent or refused without good reason; the business must be identified.
 * Art 54.2 bars it.
 */
export const forwarding: CaseRule = {
  apply: ({ input, now }) => {
    const r = readInput(input);
    const businessId = r.text('businessId');
    const basis = r.oneOf('basis', ART_56_3_BASES, 'art_56_3_basis_required');
    // A new negotiation starts without an earlier one's pause (Art 59.1).
    return done(r, () => ({
      changes: { forwarding: { businessId, basis, forwardedAt: now }, openProposal: null, negotiationPaused: null },
    }));
  },
};

// Each response type needs its own text; a refusal must be written with reasons (Art 57.6).
const TEXT_FIELD: Readonly<Record<BusinessResponseType, string>> = {
  propose_remedy: 'description',
  refuse_with_reasons: 'reasons',
  ask_question: 'question',
};

/** `business_respond` (through the business's link): stays in negotiation, records the response. */
export const businessResponse: CaseRule = {
  guard: negotiationNotPaused,
  apply: ({ input, now, state }) => {
    const r = readInput(input);
    const type = r.oneOf('type', BUSINESS_RESPONSE_TYPES);
    if (r.violations.length > 0) return { ok: false, details: r.violations };
    const text = r.text(
      TEXT_FIELD[type],
      type === 'refuse_with_reasons' ? 'art_57_6_written_reasons_required' : 'required',
    );
    const amountVnd = type === 'propose_remedy' ? r.amountVnd('amountVnd') : undefined;
    // A new proposal replaces the open one; a refusal withdraws it; a question leaves it.
    const openProposal =
      type === 'propose_remedy'
        ? { description: text, amountVnd, proposedAt: now }
        : type === 'refuse_with_reasons'
          ? null
          : (state.openProposal ?? null);
    return done(r, () => ({ changes: { lastBusinessResponse: { type, text, at: now }, openProposal } }));
  },
};

/** `accept_proposal` (consumer): ends the case as resolved with monetary or non-monetary relief. */
export const acceptProposal: CaseRule = {
  guard: (ctx) => [...hasOpenProposal(ctx), ...negotiationNotPaused(ctx)],
  apply: ({ state, now }) => {
    const p = state.openProposal;
    if (!p) return { ok: false, details: [{ field: 'openProposal', rule: 'open_proposal_required' }] };
    const agreement = { source: 'proposal' as const, summary: p.description, at: now };
    return { ok: true, changes: { openProposal: null, agreement }, outcome: reliefOutcome(p.amountVnd) };
  },
};

/** `reject_proposal` (consumer): negotiation goes on without an open proposal. */
export const rejectProposal: CaseRule = {
  guard: (ctx) => [...hasOpenProposal(ctx), ...negotiationNotPaused(ctx)],
  apply: ({ input }) => {
    const r = readInput(input);
    r.optionalText('reason');
    return done(r, () => ({ changes: { openProposal: null } }));
  },
};

/** `settle`: staff record the agreed result (Art 57.5 report) with an outcome code and amount. */
export const settlement: CaseRule = {
  apply: ({ input, now }) => {
    const r = readInput(input);
    const code = r.oneOf('outcomeCode', RESOLVED_OUTCOMES, 'resolved_outcome_required');
    const amount = r.amountVnd('amountRecoveredVnd');
    if (code === 'monetary_relief' && !(amount !== undefined && amount > 0)) {
      r.fail('amountRecoveredVnd', 'monetary_relief_needs_amount');
    }
    if (code !== 'monetary_relief' && amount !== undefined && amount > 0) {
      r.fail('amountRecoveredVnd', 'amount_only_with_monetary_relief');
    }
    const summary = r.optionalText('summary') ?? code;
    return done(r, () => ({
      changes: { agreement: { source: 'settlement', summary, at: now } },
      outcome: code === 'monetary_relief' ? { code, amountRecoveredVnd: amount } : { code },
    }));
  },
};
