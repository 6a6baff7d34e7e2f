import { clockTemplate } from '@app/cases/clocks/clock-notices';
import type { AddressedRecipient } from '@app/cases/clocks/clock-recipients';
import { render } from '@app/cases/notifications/templates';
import {
  audienceOf,
  courtRecognitionDeadline,
  decidePerformanceAnswer,
  DEFAULT_DEADLINE_POLICIES,
  type DeadlinePolicy,
  OFFICIAL_YEAR_TABLES,
  type PerformanceFacts,
  policyFor,
  SETTLEMENT_NOT_PERFORMED,
  WorkingDayCalendar,
} from '@app/domain';

const at = (iso: string): Date => new Date(iso);
const calendar = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES);

// Agreed on Friday 20 Mar 2026, 09:00 in Hanoi; to be performed by 24:00 on Tuesday 31 Mar.
const AGREED = at('2026-03-20T02:00:00Z');
const PERFORMANCE_DUE = at('2026-03-31T17:00:00Z');
const facts: PerformanceFacts = {
  status: 'resolved',
  record: { time: AGREED },
  clock: { dueAt: PERFORMANCE_DUE },
  answered: false,
};
const afterDue = at('2026-04-01T03:00:00Z');

const recipient = (kind: AddressedRecipient['kind']): AddressedRecipient => ({
  audience: kind === 'staff' ? 'advisor' : 'consumer',
  key: kind,
  kind,
  email: `${kind}@example.org`,
  language: 'vi',
});

describe('settlement_performance and court_recognition: no one’s duty', () => {
  it('Law 19 Art 65.2 + Art 66: when the performance date passes it lapses: the consumer is asked and the advisor informed; no supervisor, no business', () => {
    expect(audienceOf('settlement_performance', 'lapse')).toEqual(['consumer', 'advisor']);
  });

  it('Law 19 Art 65.2: the reminder before the performance date still goes to both parties', () => {
    expect(audienceOf('settlement_performance', 'remind')).toEqual(['consumer', 'business']);
  });

  it('Law 19 Art 66 + CPC Art 418.1: the court_recognition reminder goes to both parties; its lapse tells no one', () => {
    expect(audienceOf('court_recognition', 'remind')).toEqual(['consumer', 'business']);
    expect(audienceOf('court_recognition', 'lapse')).toEqual([]);
  });

  it('Law 19 Art 65.2: the consumer gets performance_check, staff the informational performance_check_staff', () => {
    const policy = policyFor('settlement_performance');
    expect(clockTemplate('lapse', recipient('consumer'), policy)).toBe('performance_check');
    expect(clockTemplate('lapse', recipient('staff'), policy)).toBe('performance_check_staff');
    // Other steps and kinds are untouched.
    expect(clockTemplate('remind', recipient('consumer'), policy)).toBe('deadline_reminder_party');
    const negotiation = policyFor('business_negotiation');
    expect(clockTemplate('breach', recipient('staff'), negotiation)).toBe('deadline_breached_staff');
    expect(clockTemplate('breach', recipient('consumer'), negotiation)).toBe('business_deadline_missed');
  });

  it('Law 19 Art 66 + CPC Art 418.1: both parties get the court-recognition reminder, which cites CPC Art 418.1', () => {
    const policy = policyFor('court_recognition');
    expect(clockTemplate('remind', recipient('consumer'), policy)).toBe('court_recognition_reminder');
    expect(clockTemplate('remind', recipient('business'), policy)).toBe('court_recognition_reminder');
    const data = { trackingCode: 'TN-2026-000123', link: '', dueAt: at('2026-09-21T17:00:00Z') };
    const vi = render('court_recognition_reminder', 'vi', data).text;
    expect(vi).toContain('khoản 1 Điều 418 Bộ luật Tố tụng dân sự 2015');
    expect(vi).toContain('Hạn yêu cầu Tòa án công nhận: hết ngày 21/09/2026.');
    expect(render('court_recognition_reminder', 'en', data).text).toContain(
      'Article 418.1 of the 2015 Civil Procedure Code',
    );
  });
});

describe(decidePerformanceAnswer.name, () => {
  const sut = (performed: boolean, patch: Partial<PerformanceFacts> = {}, now = afterDue) =>
    decidePerformanceAnswer({ performed }, { ...facts, ...patch }, now, calendar);

  it('Law 19 Art 66 + CPC Art 418.1: "not performed" flags the case and gives the last day to ask a court: 6 months from the agreement', () => {
    const decision = sut(false);
    // 20 Sep 2026 is a Sunday: the period ends at 24:00 on Monday 21 Sep (Civil Code Art 148).
    expect(decision).toEqual({
      ok: true,
      event: 'performance_not_confirmed',
      flag: SETTLEMENT_NOT_PERFORMED,
      courtDeadline: at('2026-09-21T17:00:00Z'),
      notices: [
        { audience: 'consumer', message: 'court_recognition_advice' },
        { audience: 'advisor', message: 'settlement_not_performed_staff' },
        { audience: 'unit_supervisors', message: 'settlement_not_performed_staff' },
      ],
    });
    expect(SETTLEMENT_NOT_PERFORMED).toBe('settlement_not_performed');
  });

  it('Law 19 Art 65.2: "performed" is recorded without a flag or an email, also before the performance date', () => {
    for (const now of [afterDue, at('2026-03-25T03:00:00Z')]) {
      expect(sut(true, {}, now)).toEqual({
        ok: true,
        event: 'performance_confirmed',
        flag: null,
        courtDeadline: at('2026-09-21T17:00:00Z'),
        notices: [],
      });
    }
  });

  it('Law 19 Art 65.2: "not performed" is refused while the business still has time (422)', () => {
    expect(sut(false, {}, at('2026-03-31T16:59:59Z'))).toEqual({
      ok: false,
      code: 'rule_violated',
      details: [{ field: 'performed', rule: 'performance_deadline_not_reached' }],
    });
    expect(sut(false, {}, PERFORMANCE_DUE).ok).toBe(true); // 24:00 on the day: the time is up
  });

  it('Law 19 Arts 65–66: only a case resolved by mediation is asked (422 otherwise)', () => {
    const notMediated = {
      ok: false,
      code: 'rule_violated',
      details: [{ field: 'status', rule: 'not_resolved_by_mediation' }],
    };
    expect(sut(true, { record: null })).toEqual(notMediated);
    expect(sut(false, { status: 'consultation' })).toEqual(notMediated);
    expect(sut(true, { status: 'unresolved' })).toEqual(notMediated);
  });

  it('Law 19 Art 65.2: a case without a performance deadline has nothing to answer (422)', () => {
    expect(sut(true, { clock: null })).toEqual({
      ok: false,
      code: 'rule_violated',
      details: [{ field: 'performed', rule: 'no_performance_deadline' }],
    });
  });

  it('the answer is given once (409 the second time, whatever it says)', () => {
    for (const performed of [true, false]) {
      expect(sut(performed, { answered: true })).toEqual({
        ok: false,
        code: 'invalid_transition',
        details: [{ field: 'performed', rule: 'already_answered' }],
      });
    }
  });

  it('input validation: an invalid now is a RangeError', () => {
    expect(() => sut(true, {}, new Date('nope'))).toThrow(RangeError);
  });
});

describe(courtRecognitionDeadline.name, () => {
  it.each([
    ['2026-03-20T02:00:00Z', '2026-09-21T17:00:00Z', '20 Sep 2026 is a Sunday: Monday 21 Sep'],
    ['2025-08-16T02:00:00Z', '2026-02-23T17:00:00Z', '16 Feb 2026 falls in Tết (14–22 Feb): Monday 23 Feb'],
    ['2026-08-31T16:59:00Z', '2027-03-01T17:00:00Z', 'no 31 Feb: the last day of February (Sunday 28) → Monday 1 Mar'],
    ['2026-05-04T17:30:00Z', '2026-11-05T17:00:00Z', '00:30 on 5 May in Hanoi counts from 5 May: Thursday 5 Nov'],
  ])('CPC Art 418.1 + Civil Code Arts 147–148: agreed %s → ends %s (%s)', (agreed, ends) => {
    expect(courtRecognitionDeadline(at(agreed), calendar).toISOString()).toBe(new Date(ends).toISOString());
  });

  it('Law 19 Art 66: it is the court_recognition policy (6 months, statutory)', () => {
    expect(policyFor('court_recognition')).toMatchObject({ unit: 'months', amount: 6, statutory: true });
    const policies: DeadlinePolicy[] = DEFAULT_DEADLINE_POLICIES.map((p) =>
      p.kind === 'court_recognition' ? { ...p, amount: 1 } : p,
    );
    expect(courtRecognitionDeadline(AGREED, calendar, policies).toISOString()).toBe('2026-04-20T17:00:00.000Z');
  });
});
