import { DATA_REQUEST_PERIODS, dataRequestDueDates, OFFICIAL_YEAR_TABLES, WorkingDayCalendar } from '@app/domain';

const iso = (d: Date): string => d.toISOString();

describe(dataRequestDueDates.name, () => {
  const calendar = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES);

  it('Decree 356/2025 (domain.md §6): answer within 2 working days, complete within 10 days, as data', () => {
    expect(DATA_REQUEST_PERIODS).toMatchObject({ answerWithinWorkingDays: 2, completeWithinDays: 10 });
    expect(DATA_REQUEST_PERIODS.source).toContain('91/2025');
  });

  it('Civil Code Arts 147–148: a request on a Thursday is answered by 24:00 (UTC+7) of the next Monday', () => {
    // Thursday 3 Dec 2026, 10:00 local: Friday (1), Monday 7 Dec (2).
    const due = dataRequestDueDates(calendar, new Date('2026-12-03T03:00:00Z'));
    expect(iso(due.answerDueAt)).toBe('2026-12-07T17:00:00.000Z');
    // 10 days: Sunday 13 Dec, rolled to the end of Monday 14 Dec.
    expect(iso(due.completeDueAt)).toBe('2026-12-14T17:00:00.000Z');
  });

  it('Labour Code Art 112: a request on Thursday 12 Feb 2026 skips Tết (off 14–22 Feb) for both clocks', () => {
    const due = dataRequestDueDates(calendar, new Date('2026-02-12T03:00:00Z'));
    // Friday 13 Feb (1), then Tết, Monday 23 Feb (2).
    expect(iso(due.answerDueAt)).toBe('2026-02-23T17:00:00.000Z');
    // 22 Feb is a day of Tết (a Sunday): the period ends with the next working day.
    expect(iso(due.completeDueAt)).toBe('2026-02-23T17:00:00.000Z');
  });

  it('Civil Code Art 147: a request at 23:30 on Friday (UTC+7) counts from Saturday', () => {
    const due = dataRequestDueDates(calendar, new Date('2026-03-06T16:30:00Z'));
    expect(iso(due.answerDueAt)).toBe('2026-03-10T17:00:00.000Z');
    expect(iso(due.completeDueAt)).toBe('2026-03-16T17:00:00.000Z');
  });
});
