import {
  ACTIONS_OPEN_WHEN_BARRED,
  ART_54_2_REASONS,
  CASE_ACTIONS,
  CASE_TRANSITIONS,
  OPEN_STATUSES,
  allowedActions,
  applyDecision,
  decide,
  findTransition,
} from '@app/domain/cases';
import { clockChanges } from '@app/domain/deadlines';
import { ALL_ACTORS, CONSUMER, OFFICER, T0, VALID_INPUTS, act, expectError, expectOk, stateIn } from './case-fixtures';

const barred = (status: (typeof OPEN_STATUSES)[number]) =>
  stateIn(status, {
    barredFromNegotiation: true,
    barReason: 'public_interest',
    ...(status === 'needs_info' ? { resumeStatus: 'consultation' as const, clockPausedAt: T0 } : {}),
  });

describe('Art 54.2 bar', () => {
  it.each(OPEN_STATUSES)('Law 19 Art 54.2: the desk bars a case in %s with its reason; the status stays', (status) => {
    const paused = status === 'needs_info' ? { resumeStatus: 'consultation' as const, clockPausedAt: T0 } : {};
    const d = expectOk(act(stateIn(status, paused), 'bar', OFFICER, { barReason: 'illegal_or_unethical' }));
    expect(d.to).toBe(status);
    expect(d.changes).toMatchObject({ barredFromNegotiation: true, barReason: 'illegal_or_unethical' });
  });

  it('Law 19 Art 54.2: a bar needs one of the three reasons (422)', () => {
    for (const input of [{}, { barReason: 'too_big' }, { barReason: ['public_interest'] }, null]) {
      expectError(
        act(stateIn('consultation'), 'bar', OFFICER, input),
        'rule_violated',
        'barReason',
        'art_54_2_reason_required',
      );
    }
    for (const barReason of ART_54_2_REASONS) expectOk(act(stateIn('submitted'), 'bar', OFFICER, { barReason }));
  });

  it('Law 19 Art 54.2: the table bars from every open status to the same status, for the desk only', () => {
    for (const status of OPEN_STATUSES) {
      expect(findTransition(CASE_TRANSITIONS, status, 'bar')).toMatchObject({
        to: status,
        actors: ['officer', 'admin'],
      });
    }
    expectError(act(stateIn('negotiation'), 'bar', CONSUMER), 'forbidden');
    expectError(act(stateIn('resolved'), 'bar', OFFICER), 'invalid_transition');
  });

  it('Law 19 Art 54.2: mid-negotiation a bar drops the open proposal', () => {
    const negotiating = stateIn('negotiation', { openProposal: { description: 'Repair', proposedAt: T0 } });
    const after = applyDecision(negotiating, expectOk(act(negotiating, 'bar', OFFICER)));
    expect(after).toMatchObject({ status: 'negotiation', barredFromNegotiation: true, openProposal: null });
    expect(allowedActions(after, CONSUMER, T0)).toEqual(['withdraw']);
  });

  it.each(OPEN_STATUSES)(
    'Law 19 Art 54.2: once barred in %s, nobody may do anything but transfer, refuse or withdraw',
    (status) => {
      for (const actor of ALL_ACTORS) {
        const allowed = allowedActions(barred(status), actor, T0);
        expect(allowed.filter((a) => !ACTIONS_OPEN_WHEN_BARRED.includes(a))).toEqual([]);
      }
      expect(allowedActions(barred(status), OFFICER, T0)).toContain('transfer');
      expect(allowedActions(barred(status), CONSUMER, T0)).toEqual(['withdraw']);
    },
  );

  it.each(OPEN_STATUSES)(
    'Law 19 Art 54.2: once barred in %s, every other action is a 422 art_54_2_barred',
    (status) => {
      let refused = 0;
      for (const action of CASE_ACTIONS.filter((a) => !ACTIONS_OPEN_WHEN_BARRED.includes(a))) {
        const row = findTransition(CASE_TRANSITIONS, status, action);
        if (!row) continue;
        for (const actor of ALL_ACTORS) {
          const d = decide(barred(status), action, VALID_INPUTS[action][0], actor, T0);
          if (d.ok) throw new Error(`${action} by ${JSON.stringify(actor)} went through in barred ${status}`);
          if (d.error.code === 'forbidden') continue;
          expectError(d, 'rule_violated', 'barredFromNegotiation', 'art_54_2_barred');
          refused += 1;
        }
      }
      expect(refused).toBeGreaterThan(0); // `bar` itself, at least
    },
  );

  it('Law 19 Art 54.2: a barred case is still transferred, refused or withdrawn', () => {
    expect(expectOk(act(barred('negotiation'), 'transfer', OFFICER)).to).toBe('transferred');
    expect(expectOk(act(barred('consultation'), 'refuse', OFFICER)).to).toBe('refused');
    expect(expectOk(act(barred('mediation'), 'withdraw', CONSUMER)).to).toBe('withdrawn');
  });

  it('Law 19 Art 54.2: a bar ends the negotiation, mediation, forwarding and consumer clocks; the Art 28 reply runs on', () => {
    for (const status of OPEN_STATUSES) {
      const changes = clockChanges('bar', status, status);
      expect(changes.cancel).toEqual(
        expect.arrayContaining([
          'forwarding',
          'business_acknowledgement',
          'business_negotiation',
          'mediator_assignment',
          'mediation_conclusion',
          'consumer_information',
        ]),
      );
      expect(changes.cancel).not.toContain('triage');
      expect(changes.cancel).not.toContain('settlement_performance');
      expect(changes.start).toEqual([]);
    }
  });
});
