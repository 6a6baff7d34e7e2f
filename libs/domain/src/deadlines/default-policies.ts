import type { DeadlineKind, DeadlinePolicy } from './deadline-kinds';

/** Default reminder lead: two working days before the due instant. */
export const DEFAULT_REMINDER_LEAD_WD = 2;

/** Citizen Reception Law 42/2013 Art 28: an answer on acceptance within 10 wd. Caps `triage`. */
export const TRIAGE_MAX_WORKING_DAYS = 10;

/** Default second rung of the escalation ladder: the department hears of a breach 3 wd later. */
export const DEFAULT_DEPARTMENT_ESCALATION_WD = 3;

const LEAD = DEFAULT_REMINDER_LEAD_WD;
const DEPT = DEFAULT_DEPARTMENT_ESCALATION_WD;

/** Seed data for the deadline policies (domain.md §2). Admins edit a copy; validate it with `validatePolicies`. */
export const DEFAULT_DEADLINE_POLICIES: readonly DeadlinePolicy[] = Object.freeze([
  {
    kind: 'business_acknowledgement',
    unit: 'working_days',
    amount: 3,
    legalBasis: 'Law 19/2023/QH15 Art 31.2',
    statutory: true,
    actor: 'business',
    reminderLeadWorkingDays: LEAD,
    extendable: false,
    departmentEscalationWorkingDays: DEPT,
  },
  {
    kind: 'business_negotiation',
    unit: 'working_days',
    amount: 7,
    legalBasis: 'Law 19/2023/QH15 Art 57.2 (written refusal with reasons: Art 57.6)',
    statutory: true,
    actor: 'business',
    reminderLeadWorkingDays: LEAD,
    extendable: false,
    departmentEscalationWorkingDays: DEPT,
  },
  {
    kind: 'forwarding',
    unit: 'working_days',
    amount: 7,
    legalBasis: 'Law 19/2023/QH15 Art 57.4',
    statutory: true,
    actor: 'advisor',
    reminderLeadWorkingDays: LEAD,
    extendable: false,
    departmentEscalationWorkingDays: DEPT,
  },
  {
    kind: 'business_result_report',
    unit: 'working_days',
    amount: 5,
    legalBasis: 'Law 19/2023/QH15 Art 57.5 (from the end of negotiation)',
    statutory: true,
    actor: 'business',
    reminderLeadWorkingDays: LEAD,
    extendable: false,
    departmentEscalationWorkingDays: DEPT,
  },
  {
    kind: 'consumer_information',
    unit: 'calendar_days',
    amount: 15,
    legalBasis: '(policy)',
    statutory: false,
    actor: 'consumer',
    reminderLeadWorkingDays: LEAD,
    extendable: false,
    departmentEscalationWorkingDays: null,
  },
  {
    kind: 'triage',
    unit: 'working_days',
    amount: 3,
    legalBasis: '(policy; at most 10 wd: Citizen Reception Law 42/2013 Art 28)',
    statutory: false,
    actor: 'advisor',
    reminderLeadWorkingDays: LEAD,
    extendable: false,
    departmentEscalationWorkingDays: DEPT,
  },
  {
    // Mediation rests on both parties' agreement (Law 19 Art 61): the business has this long to
    // accept through its link; silence is not consent, so at due the request lapses, no one's breach.
    kind: 'business_mediation_consent',
    unit: 'working_days',
    amount: 5,
    legalBasis: '(policy; Law 19/2023/QH15 Art 61: mediation rests on the parties’ agreement)',
    statutory: false,
    actor: 'business',
    reminderLeadWorkingDays: LEAD,
    extendable: false,
    departmentEscalationWorkingDays: null,
    atDue: { perform: 'expire_mediation_request' },
  },
  {
    kind: 'mediator_assignment',
    unit: 'working_days',
    amount: 3,
    legalBasis: '(policy)',
    statutory: false,
    actor: 'mediation_admin',
    reminderLeadWorkingDays: LEAD,
    extendable: false,
    departmentEscalationWorkingDays: DEPT,
  },
  {
    kind: 'mediation_conclusion',
    unit: 'calendar_days',
    amount: 30,
    legalBasis: '(policy; no statutory limit for consumer mediation)',
    statutory: false,
    actor: 'mediator',
    reminderLeadWorkingDays: LEAD,
    extendable: true,
    // Once, by the mediator or the organisation's admin, with a reason and a new date (policy, domain.md §2).
    maxExtensions: 1,
    departmentEscalationWorkingDays: DEPT,
  },
  {
    kind: 'settlement_performance',
    unit: 'fixed_date',
    amount: null,
    legalBasis: 'Law 19/2023/QH15 Art 65.2 (the deadline written in the mediation record)',
    statutory: true,
    actor: 'consumer_or_business',
    reminderLeadWorkingDays: LEAD,
    extendable: false,
    departmentEscalationWorkingDays: null,
    // The date passing is no one's breach yet: the consumer is asked whether the business performed.
    consequence: 'follow_up',
  },
  {
    kind: 'court_recognition',
    unit: 'months',
    amount: 6,
    legalBasis: 'Law 19/2023/QH15 Art 66; Civil Procedure Code 2015 Art 418.1',
    statutory: true,
    actor: 'consumer_or_business',
    reminderLeadWorkingDays: LEAD,
    extendable: false,
    departmentEscalationWorkingDays: null,
    // The parties' own right to ask a court, not a duty of anyone in the system: a reminder only.
    consequence: 'reminder_only',
  },
]);

/** The policy for `kind`. @throws RangeError when the list has none. */
export function policyFor(
  kind: DeadlineKind,
  policies: readonly DeadlinePolicy[] = DEFAULT_DEADLINE_POLICIES,
): DeadlinePolicy {
  const policy = policies.find((p) => p.kind === kind);
  if (policy === undefined) throw new RangeError(`no deadline policy for '${kind}'`);
  return policy;
}
