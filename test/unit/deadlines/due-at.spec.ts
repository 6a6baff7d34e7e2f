import { OFFICIAL_YEAR_TABLES, WorkingDayCalendar } from '@app/domain/calendar';
import {
  DEFAULT_DEADLINE_POLICIES,
  type DeadlinePolicy,
  dueAt,
  pauseAndResume,
  reminderAt,
} from '@app/domain/deadlines';

const at = (iso: string): Date => new Date(iso);
const iso = (d: Date): string => d.toISOString();
const calendar = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES);
// Thursday 12 Feb 2026, 16:00 Asia/Ho_Chi_Minh; Tết is off 14–22 Feb 2026 (official table).
const beforeTet = at('2026-02-12T09:00:00Z');

describe('dueAt', () => {
  it('Law 19 Art 31.2: acknowledgement within 3 wd of 12 Feb 2026 ends at 24:00 on 24 Feb (13, 23, 24 Feb; Tết skipped)', () => {
    expect(iso(dueAt('business_acknowledgement', beforeTet, calendar))).toBe('2026-02-24T17:00:00.000Z');
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true); // Friday before Tết is worked in 2026
  });

  it('Law 19 Art 57.2: negotiation within 7 wd of 12 Feb 2026 ends at 24:00 on 2 Mar', () => {
    expect(iso(dueAt('business_negotiation', beforeTet, calendar))).toBe('2026-03-02T17:00:00.000Z');
  });

  it('Law 19 Art 57.4: forwarding within 7 wd, counted like Art 57.2', () => {
    expect(iso(dueAt('forwarding', beforeTet, calendar))).toBe('2026-03-02T17:00:00.000Z');
  });

  it('Law 19 Art 57.5: result report 5 wd after negotiation ends on Fri 24 Apr 2026 skips 27 Apr, 30 Apr, 1 May → 6 May', () => {
    expect(iso(dueAt('business_result_report', at('2026-04-24T08:00:00Z'), calendar))).toBe('2026-05-06T17:00:00.000Z');
  });

  it('Law 19 Art 66 + Civil Procedure Code Art 418.1: court recognition within 6 months of the agreement', () => {
    expect(iso(dueAt('court_recognition', at('2026-03-10T03:00:00Z'), calendar))).toBe('2026-09-10T17:00:00.000Z');
  });

  it('Law 19 Art 66 + CPC Art 418.1 / Civil Code Art 148: 31 Aug + 6 months → 28 Feb 2027 (Sunday) → Monday 1 Mar', () => {
    expect(iso(dueAt('court_recognition', at('2026-08-31T03:00:00Z'), calendar))).toBe('2027-03-01T17:00:00.000Z');
  });

  it('policy: consumer information 15 calendar days, mediation 30 calendar days (rolled to a working day)', () => {
    const monday = at('2026-03-02T03:00:00Z');
    expect(iso(dueAt('consumer_information', monday, calendar))).toBe('2026-03-17T17:00:00.000Z');
    expect(iso(dueAt('mediation_conclusion', monday, calendar))).toBe('2026-04-01T17:00:00.000Z');
    expect(iso(dueAt('triage', monday, calendar))).toBe('2026-03-05T17:00:00.000Z');
  });

  it('Law 19 Art 65.2: settlement performance ends at 24:00 of the record date, rolled past a weekend', () => {
    const start = at('2026-03-02T03:00:00Z');
    const saturday = at('2026-03-14T05:00:00Z');
    expect(iso(dueAt('settlement_performance', start, calendar, undefined, { performanceDate: saturday }))).toBe(
      '2026-03-16T17:00:00.000Z',
    );
    expect(() => dueAt('settlement_performance', start, calendar)).toThrow(RangeError);
  });

  it('uses the policies given (admins edit them)', () => {
    const edited: DeadlinePolicy[] = DEFAULT_DEADLINE_POLICIES.map((p) =>
      p.kind === 'triage' ? { ...p, amount: 5 } : p,
    );
    expect(iso(dueAt('triage', at('2026-03-02T03:00:00Z'), calendar, edited))).toBe('2026-03-09T17:00:00.000Z');
    expect(() => dueAt('triage', at('2026-03-02T03:00:00Z'), calendar, [])).toThrow("no deadline policy for 'triage'");
  });

  it('input validation: rejects an invalid start', () => {
    expect(() => dueAt('triage', new Date('nope'), calendar)).toThrow(RangeError);
  });
});

describe('pauseAndResume', () => {
  it('domain.md §5 (pause rule): a 7-wd clock paused for 3 wd ends 3 wd later than it would have', () => {
    const start = at('2026-03-02T03:00:00Z'); // Monday
    const due = dueAt('forwarding', start, calendar);
    expect(iso(due)).toBe('2026-03-11T17:00:00.000Z');
    // Paused Monday 9 Mar, resumed Thursday 12 Mar: 10, 11, 12 Mar elapsed while waiting on the consumer.
    const extended = pauseAndResume(
      'forwarding',
      due,
      at('2026-03-09T03:00:00Z'),
      at('2026-03-12T03:00:00Z'),
      calendar,
    );
    expect(iso(extended)).toBe('2026-03-16T17:00:00.000Z');
    expect(iso(extended)).toBe(iso(calendar.workingDaysDeadline(start, 7 + 3)));
  });

  it('domain.md §5: a pause within one day, or over a weekend only, changes nothing for a working-day clock', () => {
    const due = at('2026-03-11T17:00:00Z');
    const pause = (from: string, to: string) => iso(pauseAndResume('triage', due, at(from), at(to), calendar));
    expect(pause('2026-03-09T01:00:00Z', '2026-03-09T09:00:00Z')).toBe(iso(due));
    expect(pause('2026-03-06T10:00:00Z', '2026-03-08T10:00:00Z')).toBe(iso(due));
  });

  it('domain.md §5: a calendar-day clock paused 10 calendar days (over a weekend) ends 10 calendar days later', () => {
    const start = at('2026-03-02T03:00:00Z'); // Monday
    const due = dueAt('mediation_conclusion', start, calendar); // 30 days: Wednesday 1 Apr
    expect(iso(due)).toBe('2026-04-01T17:00:00.000Z');
    // Paused Friday 6 Mar, resumed Monday 16 Mar: 7–16 Mar, 10 calendar days (6 working days).
    const extended = pauseAndResume(
      'mediation_conclusion',
      due,
      at('2026-03-06T03:00:00Z'),
      at('2026-03-16T03:00:00Z'),
      calendar,
    );
    expect(iso(extended)).toBe('2026-04-13T17:00:00.000Z'); // Saturday 11 Apr, rolled to Monday
    expect(iso(extended)).toBe(iso(dueAt('mediation_conclusion', at('2026-03-12T03:00:00Z'), calendar)));
  });

  it('Civil Code Art 148: a calendar-day clock moved onto a day off ends at the end of the next working day', () => {
    const due = at('2026-03-17T17:00:00Z'); // Tuesday 17 Mar (15 days from Monday 2 Mar)
    // 4 calendar days paused (Wed 4 – Sun 8 Mar) → Saturday 21 Mar → Monday 23 Mar.
    const extended = pauseAndResume(
      'consumer_information',
      due,
      at('2026-03-04T03:00:00Z'),
      at('2026-03-08T03:00:00Z'),
      calendar,
    );
    expect(iso(extended)).toBe('2026-03-23T17:00:00.000Z');
  });

  it('Law 19 Art 65.2: a date written in the record does not move; resuming before pausing is a RangeError', () => {
    const due = at('2026-03-31T17:00:00Z');
    const paused = at('2026-03-09T03:00:00Z');
    expect(iso(pauseAndResume('settlement_performance', due, paused, at('2026-03-19T03:00:00Z'), calendar))).toBe(
      iso(due),
    );
    expect(() => pauseAndResume('mediation_conclusion', due, paused, at('2026-03-08T03:00:00Z'), calendar)).toThrow(
      RangeError,
    );
  });
});

describe('reminderAt', () => {
  it('reminds 2 wd before the due instant, keeping 24:00 (2 Mar due → end of Thu 26 Feb)', () => {
    expect(iso(reminderAt('business_negotiation', at('2026-03-02T17:00:00Z'), calendar))).toBe(
      '2026-02-26T17:00:00.000Z',
    );
  });

  it('steps back over Tết: due 24 Feb → end of 13 Feb (23 and 24 Feb remain)', () => {
    expect(iso(reminderAt('business_acknowledgement', at('2026-02-24T17:00:00Z'), calendar))).toBe(
      '2026-02-13T17:00:00.000Z',
    );
  });

  it('a lead of 0 reminds at the due instant', () => {
    const noLead = DEFAULT_DEADLINE_POLICIES.map((p) => ({ ...p, reminderLeadWorkingDays: 0 }));
    expect(iso(reminderAt('triage', at('2026-03-05T17:00:00Z'), calendar, noLead))).toBe('2026-03-05T17:00:00.000Z');
  });
});
