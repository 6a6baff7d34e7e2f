import fc from 'fast-check';
import { OFFICIAL_YEAR_TABLES, WorkingDayCalendar } from '@app/domain/calendar';
import {
  audienceOf,
  type ClockProgress,
  DEFAULT_DEADLINE_POLICIES,
  DEFAULT_DEPARTMENT_ESCALATION_WD,
  type DeadlineKind,
  type DeadlinePolicy,
  dueAt,
  lapseCloses,
  nextClockStep,
  type PlannedStep,
  reminderAt,
  validatePolicies,
} from '@app/domain/deadlines';

const at = (iso: string): Date => new Date(iso);
const iso = (d: Date): string => d.toISOString();
const calendar = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES); // 2026 official, 2027 statutory
// Thursday 12 Feb 2026, 16:00 Asia/Ho_Chi_Minh; Tết is off 14–22 Feb 2026 (official table).
const beforeTet = at('2026-02-12T09:00:00Z');

/** A pending clock of `kind` started at `start`, as `startedDeadlines` stores it. */
const pending = (kind: DeadlineKind, start: Date, patch: Partial<ClockProgress> = {}): ClockProgress => ({
  kind,
  status: 'pending',
  startedAt: start,
  dueAt: dueAt(kind, start, calendar),
  remindersSent: 0,
  escalationLevel: 0,
  breachedAt: null,
  closedAt: null,
  ...patch,
});

/** What the firing does when it takes `step` (libs/cases DeadlineFiringService). */
const fired = (clock: ClockProgress, step: PlannedStep): ClockProgress => {
  switch (step.step) {
    case 'remind':
      return { ...clock, remindersSent: clock.remindersSent + 1 };
    case 'breach':
      return { ...clock, status: 'breached', breachedAt: clock.dueAt, escalationLevel: 1 };
    case 'escalate':
      return { ...clock, escalationLevel: 2 };
    case 'act': // the action performed at due closes the attempt, and the clock with it
      return { ...clock, status: 'cancelled', closedAt: step.at };
    case 'lapse': // no one's duty: a follow-up waits, lapsed, for its answer; a reminder-only period ends
      return { ...clock, status: 'lapsed', closedAt: lapseCloses(clock.kind) ? step.at : null };
  }
};

const withPolicy = (kind: DeadlineKind, patch: Partial<DeadlinePolicy>): DeadlinePolicy[] =>
  DEFAULT_DEADLINE_POLICIES.map((p) => (p.kind === kind ? { ...p, ...patch } : p));

const negotiation = pending('business_negotiation', beforeTet);
const breached = fired(negotiation, { step: 'breach', at: negotiation.dueAt });

describe('nextClockStep', () => {
  describe('pending clock: the reminder', () => {
    it('Law 19 Art 57.2 + domain.md §5: a negotiation clock of 12 Feb 2026 (due 24:00 on 2 Mar) is reminded at 24:00 on 26 Feb, 2 wd before', () => {
      expect(iso(negotiation.dueAt)).toBe('2026-03-02T17:00:00.000Z');
      const sut = nextClockStep(negotiation, calendar);
      expect(sut).toEqual({ step: 'remind', at: reminderAt('business_negotiation', negotiation.dueAt, calendar) });
      expect(iso(sut?.at ?? new Date(0))).toBe('2026-02-26T17:00:00.000Z');
      // Exactly two working days are left after the reminder: Fri 27 Feb and Mon 2 Mar.
      expect(calendar.workingDaysBetween('2026-02-26', '2026-03-02')).toBe(2);
    });

    it('Law 19 Art 31.2 + Labour Code Art 112: the acknowledgement reminder of 12 Feb 2026 falls before Tết (24:00 on 13 Feb)', () => {
      const clock = pending('business_acknowledgement', beforeTet);
      expect(iso(clock.dueAt)).toBe('2026-02-24T17:00:00.000Z');
      expect(nextClockStep(clock, calendar)).toEqual({ step: 'remind', at: at('2026-02-13T17:00:00Z') });
    });

    it('domain.md §5: a reminder that would fall exactly at the start is skipped; the next step is the breach at due', () => {
      // Started at 00:00 on Wed 4 Mar 2026 (= 24:00 on Tue 3 Mar), due 1 wd later at 24:00 on Thu 5 Mar:
      // 2 wd before the due instant is the start itself.
      const start = at('2026-03-03T17:00:00Z');
      const clock = pending('triage', start, { dueAt: calendar.workingDaysDeadline(start, 1) });
      expect(iso(clock.dueAt)).toBe('2026-03-05T17:00:00.000Z');
      expect(reminderAt('triage', clock.dueAt, calendar).getTime()).toBe(start.getTime());
      expect(nextClockStep(clock, calendar)).toEqual({ step: 'breach', at: clock.dueAt });
    });

    it('policy: a reminder that would fall before the start is skipped (2 calendar days from a Saturday, lead 1 wd)', () => {
      const policies = withPolicy('consumer_information', { amount: 2, reminderLeadWorkingDays: 1 });
      expect(validatePolicies(policies)).toEqual([]);
      const saturday = at('2026-03-07T03:00:00Z');
      const due = dueAt('consumer_information', saturday, calendar, policies);
      expect(iso(due)).toBe('2026-03-09T17:00:00.000Z'); // Monday 9 Mar
      expect(reminderAt('consumer_information', due, calendar, policies).getTime()).toBeLessThan(saturday.getTime());
      const clock = pending('consumer_information', saturday, { dueAt: due });
      expect(nextClockStep(clock, calendar, policies)).toEqual({ step: 'breach', at: due });
    });

    it('policy: with a reminder lead of 0 wd there is no reminder; the next step is the breach at due', () => {
      const policies = DEFAULT_DEADLINE_POLICIES.map((p) => ({ ...p, reminderLeadWorkingDays: 0 }));
      expect(validatePolicies(policies)).toEqual([]);
      expect(nextClockStep(negotiation, calendar, policies)).toEqual({ step: 'breach', at: negotiation.dueAt });
    });

    it('Law 19 Art 57.2: after the reminder (remindersSent 1) the next step is the breach at 24:00 on the due day', () => {
      const reminded = fired(negotiation, { step: 'remind', at: at('2026-02-26T17:00:00Z') });
      expect(nextClockStep(reminded, calendar)).toEqual({ step: 'breach', at: at('2026-03-02T17:00:00Z') });
    });
  });

  describe('breached clock: the department', () => {
    it('Law 19 Art 57.2 + Civil Code Art 147: a breached negotiation clock goes to the department 3 wd after the breach (from the next day, ending 24:00)', () => {
      expect(DEFAULT_DEPARTMENT_ESCALATION_WD).toBe(3);
      const sut = nextClockStep(breached, calendar);
      // Due 24:00 Mon 2 Mar (the day that ended): 3, 4, 5 Mar → 24:00 Thu 5 Mar.
      expect(sut).toEqual({ step: 'escalate', at: at('2026-03-05T17:00:00Z') });
      expect(calendar.workingDaysBetween('2026-03-02', '2026-03-05')).toBe(3);
      expect(sut?.at.getTime()).toBeGreaterThan(breached.dueAt.getTime());
      expect(iso(sut?.at ?? new Date(0)).slice(10)).toBe('T17:00:00.000Z'); // 24:00 Asia/Ho_Chi_Minh
    });

    it('policy: with departmentEscalationWorkingDays 0 the department is told at the breach instant', () => {
      const policies = withPolicy('business_negotiation', { departmentEscalationWorkingDays: 0 });
      expect(nextClockStep(breached, calendar, policies)).toEqual({ step: 'escalate', at: breached.dueAt });
    });

    it('policy: the escalation counts from breachedAt, falling back to dueAt when it was not recorded', () => {
      const late = { ...breached, breachedAt: at('2026-03-04T03:00:00Z') }; // Wed 4 Mar, 10:00
      expect(nextClockStep(late, calendar)?.at).toEqual(at('2026-03-09T17:00:00Z')); // 5, 6, 9 Mar
      expect(nextClockStep({ ...breached, breachedAt: null }, calendar)).toEqual(nextClockStep(breached, calendar));
    });

    it.each(['consumer_information', 'settlement_performance', 'court_recognition'] as const)(
      'policy: %s never goes to the department (departmentEscalationWorkingDays null)',
      (kind) => {
        const due = at('2026-03-16T17:00:00Z');
        const clock: ClockProgress = { ...breached, kind, dueAt: due, breachedAt: due };
        expect(nextClockStep(clock, calendar)).toBeNull();
      },
    );
  });

  describe('clocks that are no one’s duty: they lapse, never breach', () => {
    // Agreed on Friday 20 Mar 2026, 09:00 in Hanoi.
    const agreed = at('2026-03-20T02:00:00Z');

    /** Every step the firing would take, in order, and the clock after the last. */
    const ladder = (start: ClockProgress) => {
      const steps: PlannedStep[] = [];
      let clock = start;
      for (let step = nextClockStep(clock, calendar); step && steps.length < 5; step = nextClockStep(clock, calendar)) {
        steps.push(step);
        clock = fired(clock, step);
      }
      return { steps, clock };
    };

    it('Law 19 Art 66 + CPC Art 418.1: the court-recognition period reminds the parties 2 wd before it ends, then lapses and ends: no breach, no escalation', () => {
      const { steps, clock } = ladder(pending('court_recognition', agreed));
      // 20 Sep 2026 is a Sunday: the 6 months end at 24:00 on Monday 21 Sep; reminded at 24:00 on Thu 17 Sep.
      expect(steps).toEqual([
        { step: 'remind', at: at('2026-09-17T17:00:00Z') },
        { step: 'lapse', at: at('2026-09-21T17:00:00Z') },
      ]);
      expect(clock).toMatchObject({ status: 'lapsed', escalationLevel: 0, breachedAt: null });
      expect(clock.closedAt).not.toBeNull();
    });

    it('Law 19 Art 65.2: the performance date of a settlement lapses (the consumer is asked) and waits for the answer: no breach, no escalation', () => {
      const performance: ClockProgress = { ...pending('triage', agreed), kind: 'settlement_performance' };
      const due = at('2026-03-31T17:00:00Z');
      const { steps, clock } = ladder({ ...performance, dueAt: due });
      expect(steps.map((s) => s.step)).toEqual(['remind', 'lapse']);
      expect(steps[1].at).toEqual(due);
      expect(clock).toMatchObject({ status: 'lapsed', closedAt: null, escalationLevel: 0, breachedAt: null });
      expect(nextClockStep(clock, calendar)).toBeNull();
    });

    it('domain.md §5: the duties still breach at due (Art 57.4 forwarding, the consumer’s own answer)', () => {
      for (const kind of ['forwarding', 'consumer_information'] as const) {
        expect(ladder(pending(kind, agreed)).steps.map((s) => s.step)).toContain('breach');
      }
    });
  });

  describe('nothing left to do', () => {
    it('domain.md §5: a clock at the top of its ladder (escalationLevel 2) has no next step', () => {
      expect(nextClockStep({ ...breached, escalationLevel: 2 }, calendar)).toBeNull();
    });

    it('Law 19 Art 57.2: a late answer after the breach (closedAt set) stops the ladder', () => {
      expect(nextClockStep({ ...breached, closedAt: at('2026-03-03T02:00:00Z') }, calendar)).toBeNull();
      expect(nextClockStep({ ...negotiation, closedAt: at('2026-02-20T02:00:00Z') }, calendar)).toBeNull();
    });

    it.each(['met', 'cancelled', 'paused'] as const)(
      'domain.md §5: a %s clock has no next step (a paused one waits on the consumer)',
      (status) => {
        expect(nextClockStep({ ...negotiation, status }, calendar)).toBeNull();
        expect(nextClockStep({ ...negotiation, status, remindersSent: 1 }, calendar)).toBeNull();
      },
    );

    it('input validation: an invalid dueAt is a RangeError', () => {
      expect(() => nextClockStep({ ...negotiation, dueAt: new Date('nope') }, calendar)).toThrow(RangeError);
    });
  });

  describe('property', () => {
    const FIRST = Date.parse('2026-01-01T00:00:00+07:00');
    const LAST = Date.parse('2027-12-31T23:59:59.999+07:00');
    const anyInstant = fc.integer({ min: FIRST, max: LAST }).map((ms) => new Date(ms));
    const kinds = DEFAULT_DEADLINE_POLICIES.filter((p) => p.unit !== 'fixed_date').map((p) => p.kind);

    it('Civil Code Arts 147–148: remind → breach → escalate never goes back in time, breaches exactly at due and ends within 3 steps', () => {
      expect(kinds).toHaveLength(10);
      fc.assert(
        fc.property(anyInstant, fc.constantFrom(...kinds), (start, kind) => {
          let clock = pending(kind, start);
          const steps: PlannedStep[] = [];
          for (let step = nextClockStep(clock, calendar); step !== null; step = nextClockStep(clock, calendar)) {
            steps.push(step);
            if (steps.length > 3) break;
            clock = fired(clock, step);
          }
          expect(steps.length).toBeLessThanOrEqual(3);
          const names = steps.map((s) => s.step);
          expect([
            'remind,breach,escalate',
            'remind,breach',
            'breach,escalate',
            'breach',
            'remind,act',
            'act',
            'remind,lapse',
            'lapse',
          ]).toContain(names.join(','));
          // A clock with an `atDue` action takes it where others breach; one that is no one's duty lapses.
          const breach = steps.find((s) => s.step === 'breach' || s.step === 'act' || s.step === 'lapse');
          expect(breach?.at).toEqual(clock.dueAt);
          steps.slice(1).forEach((s, i) => expect(s.at.getTime()).toBeGreaterThanOrEqual(steps[i].at.getTime()));
          const remind = steps.find((s) => s.step === 'remind');
          if (remind) expect(remind.at.getTime()).toBeGreaterThan(start.getTime());
          const escalates = DEFAULT_DEADLINE_POLICIES.find((p) => p.kind === kind)?.departmentEscalationWorkingDays;
          expect(names.includes('escalate')).toBe(escalates !== null);
        }),
        { numRuns: 500 },
      );
    });
  });
});

describe('audienceOf', () => {
  it.each([
    ['business_acknowledgement', ['business']],
    ['business_negotiation', ['business']],
    ['business_result_report', ['business']],
    ['forwarding', ['advisor']],
    ['triage', ['advisor']],
    ['consumer_information', ['consumer']],
    ['mediation_conclusion', ['mediator']],
    ['mediator_assignment', ['mediation_admins']],
    ['settlement_performance', ['consumer', 'business']],
    ['court_recognition', ['consumer', 'business']],
  ] as const)('domain.md §2: the reminder of %s goes to whoever must act: %p', (kind, audience) => {
    expect(audienceOf(kind, 'remind')).toEqual(audience);
  });

  it.each(['business_acknowledgement', 'business_negotiation'] as const)(
    'Law 19 Art 56.3: a business breach of %s tells the consumer what they can do next, the business, the advisor and the supervisor',
    (kind) => {
      const sut = audienceOf(kind, 'breach');
      expect(sut).toEqual(expect.arrayContaining(['business', 'consumer', 'advisor', 'unit_supervisors']));
      expect(sut).not.toContain('department');
    },
  );

  it('Law 19 Art 57.5: a missed result report is the business’s duty towards the body: the business, the advisor and the supervisor, not the consumer', () => {
    expect(audienceOf('business_result_report', 'breach')).toEqual(['business', 'advisor', 'unit_supervisors']);
  });

  it('Law 19 Art 57.4: a forwarding breach goes to the advisor and the supervisor, not to the consumer', () => {
    expect(audienceOf('forwarding', 'breach')).toEqual(['advisor', 'unit_supervisors']);
  });

  it('Law 19 Arts 61–63 (policy periods): a mediation breach goes to the mediator and the organisation admins', () => {
    expect(audienceOf('mediation_conclusion', 'breach')).toEqual(
      expect.arrayContaining(['mediator', 'mediation_admins']),
    );
    expect(audienceOf('mediator_assignment', 'breach')).toContain('mediation_admins');
  });

  it('domain.md §5 (policy): the consumer who misses the information request, and the advisor, are told', () => {
    expect(audienceOf('consumer_information', 'breach')).toEqual(['consumer', 'advisor']);
  });

  it.each(DEFAULT_DEADLINE_POLICIES.map((p) => p.kind))(
    'policy: the escalation of %s goes to the department only',
    (kind) => {
      expect(audienceOf(kind, 'escalate')).toEqual(['department']);
    },
  );

  it('uses the policies given: the actor decides the audience', () => {
    const policies = withPolicy('triage', { actor: 'mediator' });
    expect(audienceOf('triage', 'remind', policies)).toEqual(['mediator']);
    expect(() => audienceOf('triage', 'remind', [])).toThrow("no deadline policy for 'triage'");
  });

  it('returns a fresh array each time (callers may change it)', () => {
    const first = audienceOf('business_negotiation', 'breach');
    first.push('department');
    expect(audienceOf('business_negotiation', 'breach')).not.toContain('department');
  });
});
