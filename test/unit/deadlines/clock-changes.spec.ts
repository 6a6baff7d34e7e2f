import { OFFICIAL_YEAR_TABLES, WorkingDayCalendar } from '@app/domain/calendar';
import { CASE_TRANSITIONS, type CaseStatus, OPEN_STATUSES } from '@app/domain/cases';
import {
  CLOCK_EVENTS,
  CLOCK_RULES,
  clockChanges,
  clocksCancelledBy,
  clocksMetBy,
  DEADLINE_KINDS,
  dueAt,
  DUTY_KINDS,
  NO_CLOCK_CHANGES,
} from '@app/domain/deadlines';

const POST_CLOSURE = ['business_result_report', 'settlement_performance'];
const closing = (except: readonly string[] = []): string[] =>
  DEADLINE_KINDS.filter((k) => !POST_CLOSURE.includes(k) && !except.includes(k));

describe('clockChanges', () => {
  it('Citizen Reception Law Art 28 + Law 19 Art 57.4: receipt starts triage and the 7 wd to forward; accept meets triage only', () => {
    expect(clockChanges('submit', null, 'submitted')).toEqual({ ...NO_CLOCK_CHANGES, start: ['triage', 'forwarding'] });
    expect(clockChanges('accept', 'submitted', 'consultation')).toEqual({ ...NO_CLOCK_CHANGES, meet: ['triage'] });
    // Received on Monday 2 Mar 2026: to be forwarded by 24:00 on Wednesday 11 Mar, whenever it is accepted.
    const calendar = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES);
    expect(dueAt('forwarding', new Date('2026-03-02T03:00:00Z'), calendar).toISOString()).toBe(
      '2026-03-11T17:00:00.000Z',
    );
  });

  it.each([
    ['resolve_by_advice', 'consultation', 'resolved'],
    ['refuse', 'submitted', 'refused'],
    ['transfer', 'consultation', 'transferred'],
    ['withdraw', 'submitted', 'withdrawn'],
    ['request_mediation', 'consultation', 'mediation'],
  ] as const)(
    'Law 19 Art 57.4: %s from %s ends the forwarding clock (cancelled: nothing left to forward)',
    (a, from, to) => {
      expect(clockChanges(a, from, to).cancel).toContain('forwarding');
    },
  );

  it('Law 19 Arts 31.2, 57.2, 57.4: forward_to_business meets forwarding, starts acknowledgement and negotiation', () => {
    expect(clockChanges('forward_to_business', 'consultation', 'negotiation')).toEqual({
      ...NO_CLOCK_CHANGES,
      meet: ['forwarding'],
      start: ['business_acknowledgement', 'business_negotiation'],
    });
  });

  it.each(['propose_remedy', 'refuse_with_reasons'] as const)(
    'Law 19 Arts 31.2, 57.2, 57.6: business_respond with %s meets acknowledgement and negotiation',
    (businessResponse) => {
      expect(clockChanges('business_respond', 'negotiation', 'negotiation', { businessResponse }).meet).toEqual([
        'business_acknowledgement',
        'business_negotiation',
      ]);
    },
  );

  it('Law 19 Art 31.2: a question, or an unknown response type, only acknowledges (Art 57.2 keeps running)', () => {
    const question = clockChanges('business_respond', 'negotiation', 'negotiation', {
      businessResponse: 'ask_question',
    });
    expect(question).toEqual({ ...NO_CLOCK_CHANGES, meet: ['business_acknowledgement'] });
    expect(clockChanges('business_respond', 'negotiation', 'negotiation')).toEqual(question);
  });

  it.each(['submitted', 'consultation', 'negotiation', 'mediation'] as const)(
    'domain.md §5: request_info from %s pauses only the clocks that wait on the consumer and starts consumer_information',
    (from) => {
      expect(clockChanges('request_info', from, 'needs_info')).toEqual({
        ...NO_CLOCK_CHANGES,
        pause: ['triage', 'forwarding', 'mediator_assignment', 'mediation_conclusion'],
        start: ['consumer_information'],
      });
    },
  );

  it('Law 19 Arts 31.2, 57.2: a request for information to the consumer never pauses the business’s statutory clocks, nor those after closure', () => {
    const { pause } = clockChanges('request_info', 'negotiation', 'needs_info');
    for (const kind of ['business_acknowledgement', 'business_negotiation', ...POST_CLOSURE, 'court_recognition']) {
      expect(pause).not.toContain(kind);
    }
  });

  it('domain.md §5: provide_info meets consumer_information and resumes, whatever status it returns to', () => {
    for (const to of ['submitted', 'consultation', 'negotiation', 'mediation'] as const) {
      expect(clockChanges('provide_info', 'needs_info', to)).toEqual({
        ...NO_CLOCK_CHANGES,
        meet: ['consumer_information'],
        resume: true,
      });
    }
  });

  it('Law 19 Art 61: request_mediation cancels negotiation clocks and starts the business’s consent and mediator assignment', () => {
    expect(clockChanges('request_mediation', 'negotiation', 'mediation')).toEqual({
      ...NO_CLOCK_CHANGES,
      cancel: ['business_acknowledgement', 'business_negotiation', 'forwarding'],
      // …and, the negotiation having ended, its result report (Art 57.5).
      start: ['business_mediation_consent', 'mediator_assignment', 'business_result_report'],
    });
  });

  it('Law 19 Arts 65.2, 66 + CPC Art 418.1: a successful mediation starts performance and court recognition', () => {
    const changes = clockChanges('record_mediation_result', 'mediation', 'resolved');
    expect(changes.meet).toEqual(['mediator_assignment', 'mediation_conclusion']);
    expect(changes.start).toEqual(['settlement_performance', 'court_recognition']);
    expect([...changes.cancel].sort()).toEqual(closing([...changes.meet, ...changes.start]).sort());
  });

  it('Law 19 Art 65: an unsuccessful mediation meets the conclusion clock and starts nothing', () => {
    const changes = clockChanges('record_mediation_result', 'mediation', 'unresolved');
    expect(changes.meet).toEqual(['mediator_assignment', 'mediation_conclusion']);
    expect(changes.start).toEqual([]);
  });

  it.each([
    ['accept_proposal', 'negotiation', 'resolved'],
    ['request_mediation', 'negotiation', 'mediation'],
  ] as const)('Law 19 Art 57.5: %s ends negotiation and starts the 5-wd result report', (action, from, to) => {
    expect(clockChanges(action, from, to).start).toContain('business_result_report');
  });

  it('Law 19 Art 57.5: accept_proposal closes the case but for the result report', () => {
    const changes = clockChanges('accept_proposal', 'negotiation', 'resolved');
    expect(changes.start).toEqual(['business_result_report']);
    expect([...changes.cancel].sort()).toEqual(closing().sort());
  });

  it('Law 19 Art 57.5: settle records the agreed result itself, so no report clock starts', () => {
    const changes = clockChanges('settle', 'negotiation', 'resolved');
    expect(changes.start).toEqual([]);
    expect([...changes.cancel].sort()).toEqual(closing().sort());
  });

  it('Law 19 Art 57.5: a mediation requested without a negotiation owes no result report', () => {
    expect(clockChanges('request_mediation', 'consultation', 'mediation').start).not.toContain(
      'business_result_report',
    );
  });

  it.each([
    ['resolve_by_advice', 'consultation', 'resolved'],
    ['refuse', 'submitted', 'refused'],
    ['refuse', 'needs_info', 'refused'],
    ['transfer', 'mediation', 'transferred'],
    ['transfer', 'needs_info', 'transferred'],
  ] as const)('a move to a final status (%s from %s) cancels every open clock but post-closure ones', (a, from, to) => {
    const changes = clockChanges(a, from, to);
    expect([...changes.cancel].sort()).toEqual(closing().sort());
    expect(changes.cancel).not.toEqual(expect.arrayContaining(['settlement_performance']));
  });

  it.each(OPEN_STATUSES)('withdraw from %s cancels every clock', (from) => {
    expect(clockChanges('withdraw', from, 'withdrawn')).toEqual({ ...NO_CLOCK_CHANGES, cancel: DEADLINE_KINDS });
  });

  it('unknown combinations, reject_proposal and reopen give no changes', () => {
    expect(clockChanges('accept', 'negotiation', 'consultation')).toEqual(NO_CLOCK_CHANGES);
    expect(clockChanges('submit', 'submitted', 'submitted')).toEqual(NO_CLOCK_CHANGES);
    expect(clockChanges('request_info', 'needs_info', 'needs_info')).toEqual(NO_CLOCK_CHANGES);
    expect(clockChanges('reopen', 'resolved', 'consultation')).toEqual(NO_CLOCK_CHANGES);
    expect(clockChanges('reject_proposal', 'negotiation', 'negotiation')).toEqual(NO_CLOCK_CHANGES);
  });

  it('covers every transition of CASE_TRANSITIONS with a rule, and never cancels what it meets or starts', () => {
    const statuses = (s: CaseStatus | readonly CaseStatus[] | 'any_open' | 'previous'): readonly CaseStatus[] =>
      s === 'any_open'
        ? OPEN_STATUSES
        : s === 'previous'
          ? OPEN_STATUSES.filter((x) => x !== 'needs_info')
          : [s].flat();
    for (const t of CASE_TRANSITIONS) {
      for (const from of statuses(t.from)) {
        for (const to of statuses(t.to)) {
          const covered = CLOCK_RULES.some(
            (r) => r.action === t.action && r.from !== 'none' && r.from.includes(from) && r.to.includes(to),
          );
          expect(covered ? `${t.action} ${from}→${to}` : `missing ${t.action} ${from}→${to}`).not.toMatch(/^missing/);
          const c = clockChanges(t.action, from, to);
          expect(c.cancel.filter((k) => c.meet.includes(k) || c.start.includes(k))).toEqual([]);
        }
      }
    }
  });
});

describe('CLOCK_EVENTS', () => {
  it('Law 19 Art 65.2 + Art 66 / CPC Art 418.1: the consumer confirming performance meets the performance clock and ends the court-recognition reminder', () => {
    expect(clocksMetBy('performance_confirmed')).toEqual(['settlement_performance']);
    expect(clocksCancelledBy('performance_confirmed')).toEqual(['court_recognition']);
    expect(clocksCancelledBy('mediator_assigned')).toEqual([]);
  });

  it('Law 19 Art 66 + CPC Art 418.1: a later closure (after a reopening) ends the court-recognition reminder; the closure that records the agreement starts it', () => {
    expect(clockChanges('resolve_by_advice', 'consultation', 'resolved').cancel).toContain('court_recognition');
    const agreement = clockChanges('record_mediation_result', 'mediation', 'resolved');
    expect(agreement.start).toContain('court_recognition');
    expect(agreement.cancel).not.toContain('court_recognition');
  });

  it('domain.md §2, §5: every duty clock kind is met by some lifecycle rule or case event (so a breach can always be cleared)', () => {
    const metByRule = CLOCK_RULES.flatMap((r) => r.meet ?? []);
    const metByEvent = Object.values(CLOCK_EVENTS).flatMap((e) => e.meet);
    const met = new Set([...metByRule, ...metByEvent]);
    expect(DUTY_KINDS.filter((kind) => !met.has(kind))).toEqual([]);
    // The others are no one's duty: the settlement's date and the court-recognition period lapse.
    expect(DEADLINE_KINDS.filter((kind) => !DUTY_KINDS.includes(kind))).toEqual([
      'settlement_performance',
      'court_recognition',
    ]);
  });
});
