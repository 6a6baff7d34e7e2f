import { CASE_ACTIONS, type CaseAction } from './case-action';
import { CASE_STATUSES, type CaseStatus, type FinalStatus, INITIAL_STATUS, isFinalStatus } from './case-status';
import { CASE_TRANSITIONS, type Transition, sourceStatuses, targetStatuses } from './transitions';

export type MachineProblem =
  | { readonly kind: 'unreachable_status'; readonly status: CaseStatus }
  | { readonly kind: 'final_status_exit'; readonly status: FinalStatus; readonly action: CaseAction }
  | { readonly kind: 'action_without_transition'; readonly action: CaseAction }
  | { readonly kind: 'ambiguous_transition'; readonly status: CaseStatus; readonly action: CaseAction }
  | { readonly kind: 'previous_outside_needs_info'; readonly action: CaseAction }
  | { readonly kind: 'association_may_refuse' };

export function describeProblem(p: MachineProblem): string {
  switch (p.kind) {
    case 'unreachable_status':
      return `status ${p.status} cannot be reached from ${INITIAL_STATUS}`;
    case 'final_status_exit':
      return `final status ${p.status} has an exit other than reopen: ${p.action}`;
    case 'action_without_transition':
      return `action ${p.action} has no transition`;
    case 'ambiguous_transition':
      return `action ${p.action} has more than one transition from ${p.status}`;
    case 'previous_outside_needs_info':
      return `action ${p.action} returns to 'previous' from a status other than needs_info`;
    case 'association_may_refuse':
      return 'the association may not refuse (Art 53.3)';
  }
}

function reachable(table: readonly Transition[]): Set<CaseStatus> {
  // 'previous' only leads back to a reached status from which needs_info was entered.
  const entersNeedsInfo = new Set(table.filter((t) => t.to === 'needs_info').flatMap((t) => sourceStatuses(t.from)));
  const seen = new Set<CaseStatus>([INITIAL_STATUS]);
  for (let grew = true; grew;) {
    grew = false;
    for (const t of table) {
      if (!sourceStatuses(t.from).some((s) => seen.has(s))) continue;
      const targets = targetStatuses(t.to);
      const resumable = [...seen].filter((s) => entersNeedsInfo.has(s));
      for (const s of targets === 'previous' ? resumable : targets) {
        if (seen.has(s)) continue;
        seen.add(s);
        grew = true;
      }
    }
  }
  return seen;
}

/** Problems with a transition table; empty when the machine is sound. */
export function validateMachine(table: readonly Transition[]): MachineProblem[] {
  const problems: MachineProblem[] = [];
  const seen = reachable(table);
  for (const status of CASE_STATUSES) if (!seen.has(status)) problems.push({ kind: 'unreachable_status', status });
  for (const action of CASE_ACTIONS) {
    const rows = table.filter((t) => t.action === action);
    if (rows.length === 0) problems.push({ kind: 'action_without_transition', action });
    for (const status of CASE_STATUSES) {
      const from = rows.filter((t) => sourceStatuses(t.from).includes(status));
      if (from.length > 1) problems.push({ kind: 'ambiguous_transition', status, action });
      if (from.length > 0 && isFinalStatus(status) && action !== 'reopen') {
        problems.push({ kind: 'final_status_exit', status, action });
      }
    }
  }
  for (const t of table) {
    if (t.to === 'previous' && sourceStatuses(t.from).some((s) => s !== 'needs_info')) {
      problems.push({ kind: 'previous_outside_needs_info', action: t.action });
    }
  }
  // Art 53.3 is encoded in the data: no refuse row may list the association.
  if (table.some((t) => t.action === 'refuse' && t.actors.includes('association'))) {
    problems.push({ kind: 'association_may_refuse' });
  }
  return problems;
}

export class InvalidCaseMachineError extends Error {
  override readonly name = 'InvalidCaseMachineError';

  constructor(readonly problems: readonly MachineProblem[]) {
    super(`Invalid case state machine:\n- ${problems.map(describeProblem).join('\n- ')}`);
  }
}

/** Call at start-up: throws when the table is unsound. */
export function assertValidMachine(table: readonly Transition[] = CASE_TRANSITIONS): void {
  const problems = validateMachine(table);
  if (problems.length > 0) throw new InvalidCaseMachineError(problems);
}
