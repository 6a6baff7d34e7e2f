import {
  emptyFigures,
  INTAKE_CHANNEL_LABELS,
  monthLabel,
  monthsOfPeriod,
  NO_VALUE_LABELS,
  OUTCOME_CODE_LABELS,
  OUTCOME_CODES,
  periodTooLong,
  PLAN_126_TARGETS,
  resolvedSuccessShare,
  sortStatisticsRows,
  STAFF_INTAKE_CHANNELS,
  STATISTICS_DIMENSIONS,
  statisticsKeyLabel,
  statisticsShare,
  supportedShare,
  timelyResponse,
  VULNERABLE_GROUP_LABELS,
  VULNERABLE_GROUPS,
  WEB_INTAKE_CHANNEL,
} from '@app/domain';

describe('Plan 126/KH-UBND indicators', () => {
  it('indicator 1, complaints received and supported: (received − refused) / received, 4 decimals', () => {
    expect(supportedShare(19, 5)).toBe(0.7368);
    expect(supportedShare(10, 1)).toBe(PLAN_126_TARGETS.supportedShare);
    expect(supportedShare(3, 0)).toBe(1);
    expect(supportedShare(0, 0)).toBeNull();
  });

  it('indicator 2, resolved successfully: resolved / (resolved + unresolved), null before any conclusion', () => {
    expect(resolvedSuccessShare(5, 2)).toBe(0.7143);
    expect(resolvedSuccessShare(4, 1)).toBe(PLAN_126_TARGETS.resolvedSuccessShare);
    expect(resolvedSuccessShare(0, 3)).toBe(0);
    expect(resolvedSuccessShare(0, 0)).toBeNull();
  });

  it('rounds shares half up to 4 decimals', () => {
    expect(statisticsShare(1, 3)).toBe(0.3333);
    expect(statisticsShare(2, 3)).toBe(0.6667);
    expect(statisticsShare(1, 8)).toBe(0.125);
  });
});

describe(timelyResponse.name, () => {
  it("gives the business's on-time rate (Law 19 Art 31.2, Art 57.2): met / (met + breached)", () => {
    expect(timelyResponse(8, 4)).toEqual({ met: 8, breached: 4, rate: 0.6667 });
    expect(timelyResponse(0, 0)).toEqual({ met: 0, breached: 0, rate: null });
  });
});

describe(emptyFigures.name, () => {
  it('has a zero for every Art 58 ground and no share where nothing was received', () => {
    const sut = emptyFigures();
    expect(sut.refusedByGround).toEqual({ a: 0, b: 0, c: 0, d: 0, e: 0 });
    expect(sut.supportedShare).toBeNull();
    expect(sut.daysPerStage.mediation).toEqual({ cases: 0, median: null, p90: null });
    expect(sut.clocksBreachedByKind).toEqual({});
  });
});

describe(monthsOfPeriod.name, () => {
  it('lists every month a day of the period falls in, across a year end', () => {
    expect(monthsOfPeriod('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOfPeriod('2026-03-31', '2026-03-31')).toEqual(['2026-03']);
  });
});

describe(periodTooLong.name, () => {
  it('allows five whole years at most', () => {
    expect(periodTooLong('2021-05-01', '2026-04-30')).toBe(false);
    expect(periodTooLong('2021-05-01', '2026-05-01')).toBe(true);
    // From 29 Feb, five years later there is no 29 Feb: the limit is 28 Feb.
    expect(periodTooLong('2024-02-29', '2029-02-27')).toBe(false);
    expect(periodTooLong('2024-02-29', '2029-02-28')).toBe(true);
  });
});

describe(sortStatisticsRows.name, () => {
  const rows = [
    { key: 'b', received: 2 },
    { key: 'a', received: 2 },
    { key: 'c', received: 5 },
  ];

  it('puts the most received first, ties by key', () => {
    expect(sortStatisticsRows(rows, 'sector').map((r) => r.key)).toEqual(['c', 'a', 'b']);
  });

  it('keeps months in calendar order', () => {
    const months = [
      { key: '2026-02', received: 9 },
      { key: '2025-12', received: 1 },
    ];
    expect(sortStatisticsRows(months, 'month').map((r) => r.key)).toEqual(['2025-12', '2026-02']);
  });
});

describe(statisticsKeyLabel.name, () => {
  it('labels every channel, outcome and Law 19 Art 8 group in vi and en', () => {
    const tables = [
      [INTAKE_CHANNEL_LABELS, [WEB_INTAKE_CHANNEL, ...STAFF_INTAKE_CHANNELS]],
      [OUTCOME_CODE_LABELS, OUTCOME_CODES],
      [VULNERABLE_GROUP_LABELS, VULNERABLE_GROUPS],
    ] as const;
    for (const [table, codes] of tables) {
      expect(Object.keys(table).sort()).toEqual([...codes].sort());
      for (const labels of Object.values(table) as { vi: string; en: string }[]) expect(labels.vi).not.toBe(labels.en);
    }
  });

  it('names `none` for every dimension, months in words, and leaves reference tables to the database', () => {
    for (const by of STATISTICS_DIMENSIONS) {
      expect(statisticsKeyLabel(by, 'none', 'vi')).toBe(NO_VALUE_LABELS[by].vi);
    }
    expect(statisticsKeyLabel('channel', 'hotline_referral', 'en')).toBe('Referred by the 1800.6838 hotline');
    expect(statisticsKeyLabel('outcome', 'monetary_relief', 'vi')).toBe('Được bồi hoàn bằng tiền');
    expect(monthLabel('2026-02', 'vi')).toBe('Tháng 02/2026');
    expect(monthLabel('2026-02', 'en')).toBe('February 2026');
    expect(statisticsKeyLabel('sector', 'ecommerce', 'vi')).toBeUndefined();
  });

  it('labels the one row of sensitive groups, counted together (PDPL 91/2025: encrypted at rest)', () => {
    expect(statisticsKeyLabel('vulnerable_group', 'sensitive', 'vi')).toBe(
      'Dân tộc hoặc sức khỏe (dữ liệu nhạy cảm, đếm chung)',
    );
    expect(statisticsKeyLabel('vulnerable_group', 'sensitive', 'en')).toBe(
      'Ethnicity or health (sensitive, counted together)',
    );
  });
});
