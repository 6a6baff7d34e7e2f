import type { Actor } from './actor';
import type { CaseState } from './case-state';
import type { CaseStatus } from './case-status';
import type { FieldViolation } from './domain-error';
import type { InputReader } from './input';
import type { CaseOutcome } from './outcomes';

/** Local practice, not statute (domain.md: keep it configurable). */
export interface CasePolicy {
  /** `reopen` allowed within this many calendar days (Asia/Ho_Chi_Minh) of closure. */
  readonly reopenWindowDays: number;
}
export const DEFAULT_CASE_POLICY: CasePolicy = { reopenWindowDays: 30 };

export interface RuleContext {
  readonly state: CaseState;
  readonly input: unknown;
  readonly actor: Actor;
  readonly now: Date;
  readonly policy: CasePolicy;
}

export interface RuleEffect {
  readonly changes: Partial<CaseState>;
  readonly outcome?: CaseOutcome;
  /** Chosen target when the row lists several (must be one of them). */
  readonly to?: CaseStatus;
}

export type RuleResult =
  ({ readonly ok: true } & RuleEffect) | { readonly ok: false; readonly details: readonly FieldViolation[] };

/**
 * A pure rule: `guard` looks only at the state and time (so `allowedActions` can use it);
 * `apply` validates the input and says what changes.
 */
export interface CaseRule {
  readonly guard?: (ctx: RuleContext) => FieldViolation[];
  readonly apply: (ctx: RuleContext) => RuleResult;
}

/** Build the effect only if the reader collected no violations. */
export function done(reader: InputReader, build: () => RuleEffect): RuleResult {
  if (reader.violations.length > 0) return { ok: false, details: reader.violations };
  return { ok: true, ...build() };
}

export function hasOpenProposal({ state }: RuleContext): FieldViolation[] {
  return state.openProposal ? [] : [{ field: 'openProposal', rule: 'open_proposal_required' }];
}
