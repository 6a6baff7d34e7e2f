import {
  type AssignmentRow,
  type ConclusionRow,
  median,
  mediationStats,
  OFFICIAL_YEAR_TABLES,
  successRate,
  WorkingDayCalendar,
} from '@app/domain';

const calendar = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES); // 2026: Tết off 14–22 Feb

const assigned = (caseId: string, organisationId: string, mediatorId: string | null): AssignmentRow => ({
  caseId,
  organisationId,
  mediatorId,
});

const concluded = (
  caseId: string,
  organisationId: string,
  mediatorId: string | null,
  success: boolean,
  startedOn: string | null,
  concludedOn: string,
): ConclusionRow => ({ caseId, organisationId, mediatorId, success, startedOn, concludedOn });

describe(median.name, () => {
  it.each([
    [[], null],
    [[7], 7],
    [[8, 4, 6], 6],
    [[4, 8], 6],
    [[1, 2, 3, 10], 2.5],
    [[5, 5, 5, 0], 5],
  ])('median of %p is %p', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe(successRate.name, () => {
  it.each([
    [0, 0, null],
    [0, 3, 0],
    [2, 3, 0.6667],
    [1, 8, 0.125],
    [3, 3, 1],
  ])('%d of %d → %p', (successes, total, expected) => {
    expect(successRate(successes, total)).toBe(expected);
  });
});

describe(mediationStats.name, () => {
  const A = 'org-a';
  const B = 'org-b';
  const assignments = [
    assigned('c1', A, 'm1'),
    assigned('c2', A, 'm1'),
    assigned('c3', A, 'm2'),
    assigned('c3', A, 'm2'), // the same case twice (assigned again): counted once
    assigned('c4', A, 'm2'),
    assigned('c5', B, 'm3'),
  ];
  const conclusions = [
    // Tue 10 Feb → Wed 25 Feb 2026: 11–13 Feb and 23–25 Feb, Tết in between: 6 wd.
    concluded('c1', A, 'm1', true, '2026-02-10', '2026-02-25'),
    // Mon 2 → Fri 6 Mar: 4 wd.
    concluded('c2', A, 'm1', false, '2026-03-02', '2026-03-06'),
    // Thu 12 Feb → Tue 3 Mar: 13 Feb, 23–27 Feb, 2–3 Mar: 8 wd.
    concluded('c3', A, 'm2', true, '2026-02-12', '2026-03-03'),
    // Start unknown: counted, but not in the median.
    concluded('c6', A, null, true, null, '2026-03-10'),
    concluded('c5', B, 'm3', true, '2026-03-02', '2026-03-02'),
  ];

  it('domain.md §2 (Arts 61–66): per organisation: cases assigned, concluded, settlements, rate and median working days (Labour Code Art 112: across Tết)', () => {
    const sut = mediationStats(assignments, conclusions, calendar);
    const a = sut.organisations.find((o) => o.organisationId === A);
    expect(a).toMatchObject({
      assigned: 4,
      concluded: 4,
      successes: 3,
      successRate: 0.75,
      medianWorkingDays: 6,
    });
    expect(sut.organisations.find((o) => o.organisationId === B)).toMatchObject({
      assigned: 1,
      concluded: 1,
      successes: 1,
      successRate: 1,
      medianWorkingDays: 0,
    });
    expect(sut.total).toEqual({
      assigned: 5,
      concluded: 5,
      successes: 4,
      successRate: 0.8,
      medianWorkingDays: 5, // 0, 4, 6, 8
    });
  });

  it('per mediator: their own cases; a conclusion without a mediator counts for the organisation only', () => {
    const sut = mediationStats(assignments, conclusions, calendar);
    const a = sut.organisations.find((o) => o.organisationId === A);
    expect(a?.mediators).toEqual([
      { mediatorId: 'm1', assigned: 2, concluded: 2, successes: 1, successRate: 0.5, medianWorkingDays: 5 },
      { mediatorId: 'm2', assigned: 2, concluded: 1, successes: 1, successRate: 1, medianWorkingDays: 8 },
    ]);
  });

  it('lists known organisations and mediators without figures, with zeros and nulls', () => {
    const sut = mediationStats([], [], calendar, {
      organisationIds: [A],
      mediators: [{ mediatorId: 'm9', organisationId: B }],
    });
    const empty = { assigned: 0, concluded: 0, successes: 0, successRate: null, medianWorkingDays: null };
    expect(sut).toEqual({
      total: empty,
      organisations: [
        { organisationId: A, ...empty, mediators: [] },
        { organisationId: B, ...empty, mediators: [{ mediatorId: 'm9', ...empty }] },
      ],
    });
  });

  it('a start after the conclusion (bad data) is left out of the median, not counted negative', () => {
    const sut = mediationStats([], [concluded('c1', A, 'm1', true, '2026-03-10', '2026-03-02')], calendar);
    expect(sut.total).toMatchObject({ concluded: 1, successes: 1, medianWorkingDays: null });
  });
});
