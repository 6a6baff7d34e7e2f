import {
  type DeadlinePolicy,
  MAX_DEPARTMENT_ESCALATION_WD,
  type PolicyProblem,
  type PolicyProblemRule,
  TRIAGE_MAX_WORKING_DAYS,
} from '@app/domain';
import { ConstraintFailure, RequestValidationError } from '../../common/validation/validation.pipe';
import type { PutDeadlinePolicyDto } from './dto/deadline-policy.dto';

type Field = keyof PutDeadlinePolicyDto;
type Failure = { field: string; constraints: ConstraintFailure[] };

/** The body field each rule of `validatePolicies` is about. */
const FIELD_OF_RULE: Record<PolicyProblemRule, Field | 'kind'> = {
  unknown_kind: 'kind',
  duplicate_kind: 'kind',
  missing_kind: 'kind',
  unknown_unit: 'unit',
  fixed_date_only_for_settlement_performance: 'unit',
  amount_not_positive_integer: 'amount',
  citizen_reception_art_28_max_10_wd: 'amount',
  reminder_lead_invalid: 'reminderLeadWorkingDays',
  reminder_lead_not_shorter_than_period: 'reminderLeadWorkingDays',
  department_escalation_invalid: 'departmentEscalationWorkingDays',
};

const ARGS_OF_RULE: Partial<Record<PolicyProblemRule, unknown[]>> = {
  citizen_reception_art_28_max_10_wd: [TRIAGE_MAX_WORKING_DAYS],
  department_escalation_invalid: [MAX_DEPARTMENT_ESCALATION_WD],
};

/** A statutory period (unit and amount) is set by law: admins may not change it. */
export function assertStatutoryPeriodKept(law: DeadlinePolicy, body: PutDeadlinePolicyDto): void {
  if (!law.statutory) return;
  const changed = (['unit', 'amount'] as const).filter((field) => body[field] !== law[field]);
  if (changed.length === 0) return;
  throw new RequestValidationError(
    changed.map((field) => ({ field, constraints: [{ name: 'statutory_period', args: [law.legalBasis] }] })),
  );
}

/**
 * The problems `validatePolicies` found, as field errors of the body. Problems of another kind
 * than the edited one (none, while saved rows are valid) are named `<kind>.<field>`.
 */
export function policyFieldErrors(kind: string, unit: string, problems: readonly PolicyProblem[]) {
  const failures: Failure[] = [];
  for (const problem of problems) {
    let field: string = FIELD_OF_RULE[problem.rule];
    // Art 28 caps triage in working days: another unit is the wrong field, not the amount.
    if (problem.rule === 'citizen_reception_art_28_max_10_wd' && unit !== 'working_days') field = 'unit';
    if (problem.kind !== kind) field = `${problem.kind}.${field}`;
    const constraint = { name: problem.rule, args: ARGS_OF_RULE[problem.rule] ?? [] };
    const same = failures.find((f) => f.field === field);
    if (same) same.constraints.push(constraint);
    else failures.push({ field, constraints: [constraint] });
  }
  return new RequestValidationError(failures);
}
