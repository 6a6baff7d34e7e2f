import { readInput } from './input';
import { type CaseRule, type RuleContext, done } from './rule-types';
import type { FieldViolation } from './domain-error';

/** `withdraw` (consumer, from any open status): an optional reason is kept. */
export const withdrawal: CaseRule = {
  apply: ({ input }) => {
    const r = readInput(input);
    const closureNote = r.optionalText('reason') ?? null;
    return done(r, () => ({ changes: { closureNote } }));
  },
};

const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000; // Asia/Ho_Chi_Minh, UTC+7 all year (no DST)

/** Calendar-day number in Vietnam, so "30 days" counts dates, not 24-hour blocks. */
export function vietnamDayNumber(at: Date): number {
  return Math.floor((at.getTime() + VIETNAM_OFFSET_MS) / DAY_MS);
}

function withinReopenWindow({ state, now, policy }: RuleContext): FieldViolation[] {
  if (!state.closedAt) return [{ field: 'closedAt', rule: 'required' }];
  const days = vietnamDayNumber(now) - vietnamDayNumber(state.closedAt);
  return days <= policy.reopenWindowDays ? [] : [{ field: 'closedAt', rule: 'reopen_window_expired' }];
}

/**
 * `reopen` (policy): a supervisor, within 30 calendar days of closure, with a reason; back to
 * consultation. Closure fields are cleared; the agreement and mediation record stay as history.
 */
export const reopenWindow: CaseRule = {
  guard: withinReopenWindow,
  apply: ({ input, now }) => {
    const r = readInput(input);
    const reopenReason = r.text('reason', 'reopen_reason_required');
    return done(r, () => ({
      changes: {
        reopenReason,
        reopenedAt: now,
        closedAt: null,
        outcome: null,
        closureNote: null,
        refusal: null,
        transfer: null,
        mediationFailure: null,
        resumeStatus: null,
        openProposal: null,
      },
    }));
  },
};
