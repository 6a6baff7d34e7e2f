import { OFFICIAL_YEAR_TABLES, WorkingDayCalendar } from '@app/domain/calendar';
import {
  audienceOf,
  CLOCK_RULES,
  clockChanges,
  DEADLINE_KINDS,
  dueAt,
  NO_CLOCK_CHANGES,
  nextClockStep,
  policyFor,
  POST_CLOSURE_KINDS,
} from '@app/domain/deadlines';

// Law 19/2023 Art 61: mediation rests on the parties' agreement. The business's consent has a policy
// period (5 wd); running out is no one's breach: the request lapses, performed by the system.

const calendar = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES);
const closing = DEADLINE_KINDS.filter((k) => !POST_CLOSURE_KINDS.includes(k));
const monday = new Date('2026-03-02T02:00:00Z'); // Monday 2 Mar 2026, 09:00 in Hà Nội

describe('business_mediation_consent', () => {
  it('Art 61 (policy): 5 working days for the business, reminded 2 wd before, never a department escalation', () => {
    const p = policyFor('business_mediation_consent');
    expect(p).toMatchObject({
      unit: 'working_days',
      amount: 5,
      actor: 'business',
      statutory: false,
      reminderLeadWorkingDays: 2,
      departmentEscalationWorkingDays: null,
      atDue: { perform: 'expire_mediation_request' },
    });
    expect(p.legalBasis).toContain('Art 61');
  });

  it('Art 61 + Civil Code Art 147: asked on Mon 2 Mar 2026, the business answers by 24:00 on Mon 9 Mar', () => {
    expect(dueAt('business_mediation_consent', monday, calendar).toISOString()).toBe('2026-03-09T17:00:00.000Z');
  });

  it('Art 61: reminded at 24:00 on Thu 5 Mar, then at due the system performs the lapse (not a breach)', () => {
    const due = dueAt('business_mediation_consent', monday, calendar);
    const clock = {
      kind: 'business_mediation_consent' as const,
      status: 'pending' as const,
      startedAt: monday,
      dueAt: due,
      remindersSent: 0,
      escalationLevel: 0,
      breachedAt: null,
      closedAt: null,
    };
    expect(nextClockStep(clock, calendar)).toEqual({ step: 'remind', at: new Date('2026-03-05T17:00:00Z') });
    expect(nextClockStep({ ...clock, remindersSent: 1 }, calendar)).toEqual({ step: 'act', at: due });
    // The lapse closes the clock with the attempt: nothing follows.
    expect(nextClockStep({ ...clock, remindersSent: 1, status: 'cancelled', closedAt: due }, calendar)).toBeNull();
  });

  it('Art 61: the reminder goes to the business; the lapse writes its own emails (none from the clock)', () => {
    expect(audienceOf('business_mediation_consent', 'remind')).toEqual(['business']);
    expect(audienceOf('business_mediation_consent', 'act')).toEqual([]);
  });
});

describe('clockChanges for the business’s consent (Art 61)', () => {
  it('Art 61: the consent meets the business’s clock and starts the mediation’s own period', () => {
    expect(clockChanges('accept_mediation', 'mediation', 'mediation')).toEqual({
      ...NO_CLOCK_CHANGES,
      meet: ['business_mediation_consent'],
      start: ['mediation_conclusion'],
    });
  });

  it('Art 61: declining meets the business’s clock and closes every other open clock', () => {
    const changes = clockChanges('decline_mediation', 'mediation', 'unresolved');
    expect(changes.meet).toEqual(['business_mediation_consent']);
    expect([...changes.cancel].sort()).toEqual(closing.filter((k) => k !== 'business_mediation_consent').sort());
  });

  it('Art 61: the lapse closes every open clock, the consent clock included', () => {
    const changes = clockChanges('expire_mediation_request', 'mediation', 'unresolved');
    expect([...changes.cancel].sort()).toEqual([...closing].sort());
    expect(changes.start).toEqual([]);
  });

  it('Art 65: a failed session with "continue" stays in mediation and mediation_conclusion keeps running', () => {
    const row = CLOCK_RULES.find(
      (r) => r.action === 'record_mediation_result' && r.from !== 'none' && r.to.includes('mediation'),
    );
    expect(row).toBeDefined();
    expect(clockChanges('record_mediation_result', 'mediation', 'mediation')).toEqual(NO_CLOCK_CHANGES);
  });
});
