import { applyDecision, decide, FINAL_STATUSES } from '@app/domain/cases';
import { ADMIN, OFFICER, SUPERVISOR, T0, act, daysAfter, expectError, expectOk, stateIn } from './case-fixtures';

const closed = (status: (typeof FINAL_STATUSES)[number] = 'resolved') =>
  stateIn(status, { closedAt: T0, outcome: { code: 'explained' }, closureNote: 'done' });
const reason = { reason: 'Business did not pay as agreed' };

describe(decide.name, () => {
  describe('reopen policy (supervisor, 30 calendar days, reason)', () => {
    it.each(FINAL_STATUSES)('reopen policy: %s → consultation, closure cleared', (status) => {
      const d = expectOk(act(closed(status), 'reopen', SUPERVISOR, reason, daysAfter(T0, 3)));
      expect(d.to).toBe('consultation');
      expect(d.outcome).toBeUndefined();
      expect(applyDecision(closed(status), d)).toMatchObject({
        status: 'consultation',
        closedAt: null,
        outcome: null,
        reopenReason: reason.reason,
        reopenedAt: daysAfter(T0, 3),
      });
    });

    it('reopen policy: day 30 is allowed, day 31 is a 422 (calendar days in Vietnam)', () => {
      const closedLate = stateIn('resolved', { closedAt: new Date('2026-03-01T16:30:00Z') }); // 23:30, 1 Mar in VN
      expectOk(act(closedLate, 'reopen', ADMIN, reason, new Date('2026-03-31T16:59:00Z'))); // 23:59, 31 Mar
      const d = act(closedLate, 'reopen', ADMIN, reason, new Date('2026-03-31T17:00:00Z')); // 00:00, 1 Apr
      expectError(d, 'rule_violated', 'closedAt', 'reopen_window_expired');
    });

    it('reopen policy: the window is configurable', () => {
      const d = decide(closed(), 'reopen', reason, ADMIN, daysAfter(T0, 40), { reopenWindowDays: 45 });
      expect(expectOk(d).to).toBe('consultation');
    });

    it('reopen policy: a reason is required (422)', () => {
      expectError(
        act(closed(), 'reopen', ADMIN, { reason: '  ' }),
        'rule_violated',
        'reason',
        'reopen_reason_required',
      );
    });

    it('reopen policy: only an admin or a supervising officer (403)', () => {
      expectError(act(closed(), 'reopen', OFFICER, reason), 'forbidden', 'actor');
      expectOk(act(closed(), 'reopen', ADMIN, reason));
    });

    it('reopen policy: open cases cannot be reopened (409)', () => {
      expectError(act(stateIn('consultation'), 'reopen', ADMIN, reason), 'invalid_transition');
    });
  });
});
