import { DEADLINE_KINDS, isDeadlineKind, isDeadlineUnit } from './deadline-kinds';
import { TRIAGE_MAX_WORKING_DAYS } from './default-policies';

/** A policy row as an admin may have edited it: kind and unit are not trusted. */
export interface PolicyRow {
  readonly kind: string;
  readonly unit: string;
  readonly amount: number | null;
  readonly reminderLeadWorkingDays: number;
  readonly departmentEscalationWorkingDays?: number | null;
}

export type PolicyProblemRule =
  | 'unknown_kind'
  | 'unknown_unit'
  | 'duplicate_kind'
  | 'missing_kind'
  | 'amount_not_positive_integer'
  | 'fixed_date_only_for_settlement_performance'
  | 'citizen_reception_art_28_max_10_wd'
  | 'reminder_lead_invalid'
  | 'reminder_lead_not_shorter_than_period'
  | 'department_escalation_invalid';

export interface PolicyProblem {
  readonly kind: string;
  readonly rule: PolicyProblemRule;
  readonly message: string;
}

/** Longest wait before the department hears of a breach (a month of working days). */
export const MAX_DEPARTMENT_ESCALATION_WD = 22;

/** Shortest calendar length of a unit, to compare with a lead in working days. */
const MIN_DAYS_PER_UNIT: Readonly<Record<string, number>> = { working_days: 1, calendar_days: 1, months: 28 };

/** Every problem in `policies`; an empty list means they may be saved. */
export function validatePolicies(policies: readonly PolicyRow[]): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const seen = new Set<string>();
  for (const policy of policies) {
    const add = (rule: PolicyProblemRule, message: string): void => {
      problems.push({ kind: policy.kind, rule, message: `${policy.kind}: ${message}` });
    };
    if (!isDeadlineKind(policy.kind)) add('unknown_kind', 'unknown deadline kind');
    else if (seen.has(policy.kind)) add('duplicate_kind', 'more than one policy');
    seen.add(policy.kind);
    if (!isDeadlineUnit(policy.unit)) {
      add('unknown_unit', `unknown unit '${policy.unit}'`);
      continue;
    }
    const fixed = policy.unit === 'fixed_date';
    if (fixed !== (policy.kind === 'settlement_performance')) {
      add('fixed_date_only_for_settlement_performance', 'only settlement_performance takes its date from the record');
    }
    const amount = policy.amount;
    const amountOk = amount !== null && Number.isSafeInteger(amount) && amount > 0;
    if (!fixed && !amountOk) {
      add('amount_not_positive_integer', `amount must be a positive integer, got ${String(amount)}`);
    }
    if (policy.kind === 'triage' && (policy.unit !== 'working_days' || (amount ?? 0) > TRIAGE_MAX_WORKING_DAYS)) {
      add('citizen_reception_art_28_max_10_wd', 'triage may not exceed 10 working days (Citizen Reception Law Art 28)');
    }
    const lead = policy.reminderLeadWorkingDays;
    if (!Number.isSafeInteger(lead) || lead < 0) {
      add('reminder_lead_invalid', `reminder lead must be a non-negative integer, got ${String(lead)}`);
    } else if (!fixed && amountOk && lead >= amount * (MIN_DAYS_PER_UNIT[policy.unit] ?? 1)) {
      add('reminder_lead_not_shorter_than_period', `reminder lead ${lead} wd is not shorter than the period`);
    }
    const escalation = policy.departmentEscalationWorkingDays ?? null;
    if (
      escalation !== null &&
      (!Number.isSafeInteger(escalation) || escalation < 0 || escalation > MAX_DEPARTMENT_ESCALATION_WD)
    ) {
      add(
        'department_escalation_invalid',
        `department escalation must be null or an integer from 0 to ${MAX_DEPARTMENT_ESCALATION_WD} wd, got ${String(escalation)}`,
      );
    }
  }
  for (const kind of DEADLINE_KINDS) {
    if (!seen.has(kind)) problems.push({ kind, rule: 'missing_kind', message: `${kind}: no policy` });
  }
  return problems;
}
