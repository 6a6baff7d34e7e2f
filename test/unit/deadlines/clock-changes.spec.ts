import { CASE_TRANSITIONS, type CaseStatus, OPEN_STATUSES } from '@app/domain/cases';
import { CLOCK_RULES, clockChanges, DEADLINE_KINDS, NO_CLOCK_CHANGES } from '@app/domain/deadlines';

const POST_CLOSURE = ['business_result_report', 'settlement_performance', 'court_recognition'];
const closing = (except: readonly string[] = []): string[] =>
  DEADLINE_KINDS.filter((k) => !POST_CLOSURE.includes(k) && !except.includes(k));

describe('clockChanges', () => {
  it('Citizen Reception Law Art 28: submission starts triage; accept meets it and starts forwarding (Art 57.4)', () => {
    expect(clockChanges('submit', null, 'submitted')).toEqual({ ...NO_CLOCK_CHANGES, start: ['triage'] });
    expect(clockChanges('accept', 'submitted', 'consultation')).toEqual({
      ...NO_CLOCK_CHANGES,
      meet: ['triage'],
      start: ['forwarding'],
    });
  });

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
    'domain.md §5: request_info from %s pauses running clocks and starts consumer_information',
    (from) => {
      expect(clockChanges('request_info', from, 'needs_info')).toEqual({
        ...NO_CLOCK_CHANGES,
        pause: true,
        start: ['consumer_information'],
      });
    },
  );

  it('domain.md §5: provide_info meets consumer_information and resumes, whatever status it returns to', () => {
    for (const to of ['submitted', 'consultation', 'negotiation', 'mediation'] as const) {
      expect(clockChanges('provide_info', 'needs_info', to)).toEqual({
        ...NO_CLOCK_CHANGES,
        meet: ['consumer_information'],
        resume: true,
      });
    }
  });

  it('Law 19 Art 61: request_mediation cancels negotiation clocks and starts mediator assignment and conclusion', () => {
    expect(clockChanges('request_mediation', 'negotiation', 'mediation')).toEqual({
      ...NO_CLOCK_CHANGES,
      cancel: ['business_acknowledgement', 'business_negotiation', 'forwarding'],
      start: ['mediator_assignment', 'mediation_conclusion'],
    });
  });

  it('Law 19 Arts 65.2, 66 + CPC Art 418.1: a successful mediation starts performance and court recognition', () => {
    const changes = clockChanges('record_mediation_result', 'mediation', 'resolved');
    expect(changes.meet).toEqual(['mediator_assignment', 'mediation_conclusion']);
    expect(changes.start).toEqual(['settlement_performance', 'court_recognition']);
    expect([...changes.cancel].sort()).toEqual(closing(changes.meet).sort());
  });

  it('Law 19 Art 65: an unsuccessful mediation meets the conclusion clock and starts nothing', () => {
    const changes = clockChanges('record_mediation_result', 'mediation', 'unresolved');
    expect(changes.meet).toEqual(['mediator_assignment', 'mediation_conclusion']);
    expect(changes.start).toEqual([]);
  });

  it.each([
    ['accept_proposal', 'negotiation', 'resolved'],
    ['settle', 'negotiation', 'resolved'],
  ] as const)('Law 19 Art 57.5: %s ends negotiation and starts the 5-wd result report', (action, from, to) => {
    const changes = clockChanges(action, from, to);
    expect(changes.start).toEqual(['business_result_report']);
    expect([...changes.cancel].sort()).toEqual(closing().sort());
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
