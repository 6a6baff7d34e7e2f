import { type Actor, actorMatches, describeActor } from './actor';
import { barViolations } from './art-54-2-bar';
import { CASE_ACTIONS, type CaseAction, isCaseAction } from './case-action';
import { CASE_RULES } from './case-rules';
import { type CaseState, endPause } from './case-state';
import { type CaseStatus, isFinalStatus } from './case-status';
import { CaseDomainError, type CaseErrorCode, type FieldViolation } from './domain-error';
import { type CaseOutcome, DEFAULT_OUTCOME } from './outcomes';
import { type CasePolicy, DEFAULT_CASE_POLICY, type RuleContext, type RuleEffect } from './rule-types';
import { CASE_TRANSITIONS, type Transition, findTransition, targetStatuses } from './transitions';

export interface DecisionOk {
  readonly ok: true;
  readonly to: CaseStatus;
  /** Everything to merge over the state, including `status` (and `outcome` / `closedAt` when final). */
  readonly changes: Partial<CaseState>;
  readonly outcome?: CaseOutcome;
}
export interface DecisionRefused {
  readonly ok: false;
  readonly error: CaseDomainError;
}
export type Decision = DecisionOk | DecisionRefused;

function refuse(code: CaseErrorCode, details: readonly FieldViolation[], message?: string): DecisionRefused {
  return { ok: false, error: new CaseDomainError(code, details, message) };
}

function resolveTarget(row: Transition, state: CaseState, effect: RuleEffect): CaseStatus | undefined {
  const targets = targetStatuses(row.to);
  if (targets === 'previous') return state.resumeStatus ?? undefined;
  if (effect.to === undefined) return targets.length === 1 ? targets[0] : undefined;
  return targets.includes(effect.to) ? effect.to : undefined;
}

/** Closing a case: stamp it, restart nothing, carry an outcome from the fixed list. */
function closingChanges(state: CaseState, now: Date, outcome: CaseOutcome): Partial<CaseState> {
  return { clockPausedAt: null, ...endPause(state, now), resumeStatus: null, closedAt: now, outcome };
}

/**
 * Decide whether `actor` may do `action` on a case in `state` at `now`, and what changes.
 * Checks, in order: known action → transition from the current status (409) → actor (403) → the
 * Art 54.2 bar (422) → rules (422).
 */
export function decide(
  state: CaseState,
  action: string,
  input: unknown,
  actor: Actor,
  now: Date,
  policy: CasePolicy = DEFAULT_CASE_POLICY,
): Decision {
  if (!isCaseAction(action)) return refuse('unknown_action', [{ field: 'action', rule: 'unknown_action' }]);
  const row = findTransition(CASE_TRANSITIONS, state.status, action);
  if (!row) {
    const message = `${action} is not allowed from ${state.status}`;
    return refuse(
      'invalid_transition',
      [{ field: 'status', rule: `${action}_not_allowed_from_${state.status}` }],
      message,
    );
  }
  if (!row.actors.some((p) => actorMatches(actor, p))) {
    return refuse(
      'forbidden',
      [{ field: 'actor', rule: 'role_not_permitted' }],
      `${describeActor(actor)} may not ${action}`,
    );
  }
  const barred = barViolations(state, action);
  if (barred.length > 0) return refuse('rule_violated', barred);
  const ctx: RuleContext = { state, input, actor, now, policy };
  const rule = row.rule === undefined ? undefined : CASE_RULES[row.rule];
  const guard = rule?.guard?.(ctx) ?? [];
  if (guard.length > 0) return refuse('rule_violated', guard);
  const result = rule ? rule.apply(ctx) : { ok: true as const, changes: {} };
  if (!result.ok) return refuse('rule_violated', result.details);
  const to = resolveTarget(row, state, result);
  if (to === undefined) return refuse('rule_violated', [{ field: 'status', rule: 'no_target_status' }]);
  if (!isFinalStatus(to)) return { ok: true, to, changes: { ...result.changes, status: to } };
  const code = result.outcome?.code ?? DEFAULT_OUTCOME[to];
  if (code === undefined) throw new Error(`Transition ${action} → ${to} must choose an outcome`);
  const outcome: CaseOutcome = result.outcome ?? { code };
  return { ok: true, to, outcome, changes: { ...result.changes, ...closingChanges(state, now, outcome), status: to } };
}

/** Actions this actor could take now (status, role and state-only rules; input not yet known). */
export function allowedActions(
  state: CaseState,
  actor: Actor,
  now: Date,
  policy: CasePolicy = DEFAULT_CASE_POLICY,
): CaseAction[] {
  return CASE_ACTIONS.filter((action) => {
    const row = findTransition(CASE_TRANSITIONS, state.status, action);
    if (!row || !row.actors.some((p) => actorMatches(actor, p))) return false;
    if (barViolations(state, action).length > 0) return false;
    const guard = row.rule === undefined ? undefined : CASE_RULES[row.rule].guard;
    return (guard?.({ state, input: undefined, actor, now, policy }) ?? []).length === 0;
  });
}

/** The state after a successful decision. */
export function applyDecision(state: CaseState, decision: DecisionOk): CaseState {
  return { ...state, ...decision.changes, status: decision.to };
}
