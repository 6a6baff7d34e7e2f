import {
  type Actor,
  type CaseAction,
  type CaseState,
  CASE_ERROR_HTTP_STATUS,
  CASE_STATUSES,
  CaseDomainError,
  allowedActions,
  decide,
} from '@app/domain/cases';
import {
  ADMIN,
  ALL_ACTORS,
  ANALYST,
  ASSOCIATION,
  BUSINESS,
  CONSUMER,
  MEDIATION_ADMIN,
  MEDIATOR,
  OFFICER,
  SUPERVISOR,
  T0,
  act,
  daysAfter,
  expectError,
  expectOk,
  inMediation,
  stateIn,
  SYSTEM,
} from './case-fixtures';

const DESK = [OFFICER, SUPERVISOR, ADMIN];
const MEDIATION = [MEDIATOR, MEDIATION_ADMIN];
const proposal = stateIn('negotiation', { openProposal: { description: 'Repair', proposedAt: T0 } });
const closed = stateIn('resolved', { closedAt: T0, outcome: { code: 'explained' } });

// The permissions table chosen for the transition data, checked action by action.
const MATRIX: readonly [CaseAction, CaseState, readonly Actor[]][] = [
  ['accept', stateIn('submitted'), DESK],
  ['request_info', stateIn('consultation'), DESK],
  ['request_info', inMediation(), MEDIATION],
  ['provide_info', stateIn('needs_info', { resumeStatus: 'consultation' }), [CONSUMER]],
  ['refuse', stateIn('submitted'), DESK],
  ['transfer', stateIn('negotiation'), DESK],
  ['bar', stateIn('negotiation'), DESK],
  ['resolve_by_advice', stateIn('consultation'), DESK],
  ['forward_to_business', stateIn('consultation'), DESK],
  ['business_respond', stateIn('negotiation'), [BUSINESS]],
  ['accept_proposal', proposal, [CONSUMER]],
  ['reject_proposal', proposal, [CONSUMER]],
  ['settle', stateIn('negotiation'), DESK],
  ['request_mediation', stateIn('consultation'), [CONSUMER]],
  // Art 61: the business's consent through its link, or on paper recorded by the desk or the organisation.
  ['accept_mediation', inMediation('pending'), [BUSINESS, ...DESK, ...MEDIATION]],
  ['decline_mediation', inMediation('pending'), [BUSINESS]],
  ['expire_mediation_request', inMediation('pending'), [SYSTEM]],
  ['record_mediation_result', inMediation(), MEDIATION],
  ['withdraw', stateIn('mediation'), [CONSUMER]],
  ['reopen', closed, [SUPERVISOR, ADMIN]],
];

describe(decide.name, () => {
  describe.each(MATRIX)('%s from %j', (action, state, allowed) => {
    it.each(ALL_ACTORS.map((a) => [JSON.stringify(a), a] as const))('actor %s', (_, actor) => {
      const d = act(state, action, actor);
      if (allowed.includes(actor)) expectOk(d);
      else expectError(d, 'forbidden', 'actor', 'role_not_permitted');
    });
  });

  describe('check order: unknown action → 409 → 403 → 422', () => {
    it('an unknown action is reported first', () => {
      const d = decide(stateIn('resolved'), 'fly', null, ANALYST, T0);
      expectError(d, 'unknown_action', 'action', 'unknown_action');
    });

    it('409 (invalid_transition) beats 403: analyst settling a submitted case', () => {
      expectError(act(stateIn('submitted'), 'settle', ANALYST), 'invalid_transition', 'status');
    });

    it('403 (forbidden) beats 422: the association refusing without a ground', () => {
      expectError(act(stateIn('submitted'), 'refuse', ASSOCIATION, {}), 'forbidden');
    });

    it('422 (rule_violated) only for a permitted actor on a legal transition', () => {
      expectError(act(stateIn('submitted'), 'refuse', OFFICER, {}), 'rule_violated', 'ground');
    });

    it('errors are CaseDomainError values mapped to 400 / 409 / 403 / 422', () => {
      const d = act(stateIn('withdrawn'), 'withdraw', CONSUMER);
      if (d.ok) throw new Error('expected an error');
      expect(d.error).toBeInstanceOf(CaseDomainError);
      expect(CASE_ERROR_HTTP_STATUS[d.error.code]).toBe(409);
      expect(CASE_ERROR_HTTP_STATUS).toEqual({
        unknown_action: 400,
        invalid_transition: 409,
        forbidden: 403,
        rule_violated: 422,
      });
    });
  });
});

describe(allowedActions.name, () => {
  it('analyst and association may do nothing, in any status', () => {
    for (const status of CASE_STATUSES) {
      const state = stateIn(status, { closedAt: T0, resumeStatus: 'consultation' });
      expect([...allowedActions(state, ANALYST, T0), ...allowedActions(state, ASSOCIATION, T0)]).toEqual([]);
    }
  });

  it('lists the officer’s consultation actions; under an Art 54.2 bar only refusal and transfer remain', () => {
    expect(allowedActions(stateIn('consultation'), OFFICER, T0)).toEqual([
      'request_info',
      'refuse',
      'transfer',
      'bar',
      'resolve_by_advice',
      'forward_to_business',
    ]);
    expect(allowedActions(stateIn('consultation', { barredFromNegotiation: true }), OFFICER, T0)).toEqual([
      'refuse',
      'transfer',
    ]);
  });

  it('offers accept/reject to the consumer only while a proposal is open', () => {
    expect(allowedActions(stateIn('negotiation'), CONSUMER, T0)).toEqual(['request_mediation', 'withdraw']);
    expect(allowedActions(proposal, CONSUMER, T0)).toEqual([
      'accept_proposal',
      'reject_proposal',
      'request_mediation',
      'withdraw',
    ]);
  });

  it('offers reopen only inside the window', () => {
    expect(allowedActions(closed, SUPERVISOR, daysAfter(T0, 30))).toEqual(['reopen']);
    expect(allowedActions(closed, SUPERVISOR, daysAfter(T0, 31))).toEqual([]);
  });
});
