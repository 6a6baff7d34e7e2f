import {
  DEADLINE_KINDS,
  DEFAULT_DEADLINE_POLICIES,
  DEFAULT_DEPARTMENT_ESCALATION_WD,
  DEFAULT_REMINDER_LEAD_WD,
  deadlineStatus,
  type PolicyRow,
  policyFor,
  validatePolicies,
} from '@app/domain/deadlines';

const edit = (kind: string, patch: Partial<PolicyRow>): PolicyRow[] =>
  DEFAULT_DEADLINE_POLICIES.map((p) => (p.kind === kind ? { ...p, ...patch } : p));
const rules = (policies: readonly PolicyRow[]): string[] => validatePolicies(policies).map((p) => p.rule);

describe('DEFAULT_DEADLINE_POLICIES', () => {
  it('has one valid policy per kind, each with a legal basis and the default 2-wd reminder lead', () => {
    expect(validatePolicies(DEFAULT_DEADLINE_POLICIES)).toEqual([]);
    expect(DEFAULT_DEADLINE_POLICIES.map((p) => p.kind).sort()).toEqual([...DEADLINE_KINDS].sort());
    for (const p of DEFAULT_DEADLINE_POLICIES) {
      expect(p.legalBasis).not.toBe('');
      expect(p.reminderLeadWorkingDays).toBe(DEFAULT_REMINDER_LEAD_WD);
    }
  });

  it.each([
    ['business_acknowledgement', 'working_days', 3, 'business', 'Art 31.2'],
    ['business_negotiation', 'working_days', 7, 'business', 'Art 57.2'],
    ['forwarding', 'working_days', 7, 'advisor', 'Art 57.4'],
    ['business_result_report', 'working_days', 5, 'business', 'Art 57.5'],
    ['consumer_information', 'calendar_days', 15, 'consumer', '(policy)'],
    ['triage', 'working_days', 3, 'advisor', 'Art 28'],
    ['business_mediation_consent', 'working_days', 5, 'business', 'Art 61'],
    ['mediator_assignment', 'working_days', 3, 'mediation_admin', '(policy)'],
    ['mediation_conclusion', 'calendar_days', 30, 'mediator', '(policy'],
    ['settlement_performance', 'fixed_date', null, 'consumer_or_business', 'Art 65.2'],
    ['court_recognition', 'months', 6, 'consumer_or_business', 'Art 418.1'],
  ] as const)('%s: %s × %p, %s acts (%s)', (kind, unit, amount, actor, basis) => {
    const p = policyFor(kind);
    expect({ unit: p.unit, amount: p.amount, actor: p.actor }).toEqual({ unit, amount, actor });
    expect(p.legalBasis).toContain(basis);
  });

  it('policy: mediation conclusion is extendable; statutory periods are flagged as such', () => {
    expect(policyFor('mediation_conclusion').extendable).toBe(true);
    expect(policyFor('business_negotiation').statutory).toBe(true);
    expect(policyFor('triage').statutory).toBe(false);
  });
});

describe('validatePolicies', () => {
  it('Citizen Reception Law 42/2013 Art 28: refuses triage of 11 wd, accepts 10 wd', () => {
    expect(rules(edit('triage', { amount: 11 }))).toEqual(['citizen_reception_art_28_max_10_wd']);
    expect(rules(edit('triage', { amount: 10 }))).toEqual([]);
  });

  it('Citizen Reception Law 42/2013 Art 28: triage must be counted in working days', () => {
    expect(rules(edit('triage', { unit: 'calendar_days', amount: 5 }))).toContain('citizen_reception_art_28_max_10_wd');
  });

  it.each([0, -3, 2.5, null])('refuses amount %p', (amount) => {
    expect(rules(edit('business_negotiation', { amount }))).toEqual(['amount_not_positive_integer']);
  });

  it('refuses a reminder lead not shorter than the period, or negative', () => {
    expect(rules(edit('business_acknowledgement', { reminderLeadWorkingDays: 3 }))).toEqual([
      'reminder_lead_not_shorter_than_period',
    ]);
    expect(rules(edit('business_acknowledgement', { reminderLeadWorkingDays: -1 }))).toEqual(['reminder_lead_invalid']);
    expect(rules(edit('court_recognition', { reminderLeadWorkingDays: 200 }))).toEqual([
      'reminder_lead_not_shorter_than_period',
    ]);
  });

  it('refuses unknown kinds and units, duplicates, missing kinds and misplaced fixed dates', () => {
    const extra: PolicyRow = { kind: 'appeal', unit: 'working_days', amount: 5, reminderLeadWorkingDays: 2 };
    expect(rules([...DEFAULT_DEADLINE_POLICIES, extra])).toEqual(['unknown_kind']);
    expect(rules(edit('triage', { unit: 'weeks' }))).toEqual(['unknown_unit']);
    expect(rules([...DEFAULT_DEADLINE_POLICIES, DEFAULT_DEADLINE_POLICIES[0]])).toEqual(['duplicate_kind']);
    expect(rules(DEFAULT_DEADLINE_POLICIES.filter((p) => p.kind !== 'triage'))).toEqual(['missing_kind']);
    expect(rules(edit('forwarding', { unit: 'fixed_date' }))).toEqual(['fixed_date_only_for_settlement_performance']);
  });

  it('names the kind in each message', () => {
    expect(validatePolicies(edit('triage', { amount: 11 }))[0].message).toMatch(/^triage: .*Art 28/);
  });

  it.each([-1, 1.5, 23, Number.NaN])('policy: refuses a department escalation of %p wd', (days) => {
    expect(rules(edit('business_negotiation', { departmentEscalationWorkingDays: days }))).toEqual([
      'department_escalation_invalid',
    ]);
    expect(validatePolicies(edit('triage', { departmentEscalationWorkingDays: days }))[0].message).toMatch(
      /^triage: .*from 0 to 22/,
    );
  });

  it.each([null, 0, 22, undefined])('policy: accepts a department escalation of %p wd (null: never)', (days) => {
    expect(rules(edit('business_negotiation', { departmentEscalationWorkingDays: days }))).toEqual([]);
  });

  it('every default policy passes validatePolicies, on its own and with the others', () => {
    for (const policy of DEFAULT_DEADLINE_POLICIES) {
      expect(validatePolicies([policy]).filter((p) => p.kind === policy.kind)).toEqual([]);
    }
    expect(validatePolicies(DEFAULT_DEADLINE_POLICIES)).toEqual([]);
  });
});

describe('DEFAULT_DEADLINE_POLICIES: department escalation', () => {
  it.each([
    ['business_acknowledgement', 'Art 31.2'],
    ['business_negotiation', 'Art 57.2'],
    ['forwarding', 'Art 57.4'],
    ['business_result_report', 'Art 57.5'],
  ] as const)('Law 19 %s clock (%s) goes to the department 3 wd after its breach', (kind, basis) => {
    const p = policyFor(kind);
    expect(p.statutory).toBe(true);
    expect(p.legalBasis).toContain(basis);
    expect(p.departmentEscalationWorkingDays).toBe(DEFAULT_DEPARTMENT_ESCALATION_WD);
  });

  it('Law 19 Art 57.2, 57.4: the department is told of a business or forwarding breach (3 wd by default)', () => {
    expect(DEFAULT_DEPARTMENT_ESCALATION_WD).toBe(3);
    expect(policyFor('business_negotiation').departmentEscalationWorkingDays).toBe(3);
    expect(policyFor('forwarding').departmentEscalationWorkingDays).toBe(3);
  });

  it("policy: the consumer's own clock (consumer_information) never goes to the department", () => {
    expect(policyFor('consumer_information').departmentEscalationWorkingDays).toBeNull();
  });
});

describe('deadlineStatus', () => {
  const due = new Date('2026-03-02T17:00:00Z'); // 24:00 on 2 Mar (UTC+7)
  const before = new Date('2026-03-02T16:59:59Z');

  it.each([
    ['pending', before, null, false, false],
    ['breached', due, null, false, false],
    ['paused', new Date('2026-03-10T00:00:00Z'), null, false, true],
    ['met', due, true, false, false],
    ['met', due, before, false, false],
    ['breached', due, due, false, false],
    ['cancelled', due, true, true, true],
  ] as const)('%s (now %p, met %p, cancelled %p, paused %p)', (expected, now, met, cancelled, paused) => {
    expect(deadlineStatus(due, now, met, cancelled, paused)).toBe(expected);
  });
});
