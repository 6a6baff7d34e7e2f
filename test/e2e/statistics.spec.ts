import {
  type DeadlineKind,
  INTAKE_CHANNEL_LABELS,
  NO_VALUE_LABELS,
  OFFICIAL_2026_TABLE,
  OFFICIAL_YEAR_TABLES,
  OUTCOME_CODE_LABELS,
  SECTORS,
  STATISTICS_DIMENSIONS,
  type StatisticsDimension,
  toLocalDate,
  VULNERABLE_GROUP_LABELS,
  WorkingDayCalendar,
  type YearTable,
} from '@app/domain';
import { communesOfProvince } from '@app/persistence';
import { StatisticsRollupService } from '@app/statistics';
import { createStaff, login, orgId, Stack, startStack } from '../support/case-factory';
import { type FixtureCase, type FixtureClock, insertFixtureCases, instant } from '../support/statistics-cases';

// GET /api/v1/statistics over a hand-built set of cases inserted in SQL. Every expected figure is
// computed here by plain reductions over the same fixture, with the domain calendar for working
// days (Tết 2026: 14–22 Feb off; Saturday 10 Jan 2026 worked; New Year 1–4 Jan off) — never by the
// service's SQL. Plan 126/KH-UBND indicators: supported share (target 90%), resolved successfully (> 80%).

const A = '05443'; // Phường Phan Đình Phùng
const B = '01843'; // Phường Bắc Kạn
const SCT = 'SCT';
const UNIT = `UBND-${B}`;

const ok = (kind: DeadlineKind): FixtureClock => ({ kind, status: 'met' });
const late = (kind: DeadlineKind): FixtureClock => ({ kind, status: 'breached' });
const ACK = 'business_acknowledgement';
const NEG = 'business_negotiation';

/** Every status, every Art 58 ground, every channel; met and breached clocks; stages across Tết 2026. */
const CASES: FixtureCase[] = [
  {
    name: 'resolved-money',
    status: 'resolved',
    channel: 'web',
    sector: 'ecommerce',
    commune: A,
    org: SCT,
    groups: ['elderly'],
    submitted: '2026-01-05T09:00',
    consultation: '2026-01-06T10:00',
    negotiation: '2026-01-09T15:00',
    closed: '2026-01-13T11:00',
    outcome: 'monetary_relief',
    amountVnd: 5_000_000,
    recoveredVnd: 3_000_000,
    clocks: [ok(ACK), ok(NEG), ok('forwarding')],
  },
  {
    name: 'resolved-advice-swapped-saturday',
    status: 'resolved',
    channel: 'phone',
    sector: 'food',
    commune: B,
    org: SCT,
    submitted: '2026-01-08T09:00',
    consultation: '2026-01-09T08:30',
    closed: '2026-01-12T16:00', // Saturday 10 Jan was worked
    outcome: 'explained',
    amountVnd: 250_000,
  },
  {
    name: 'resolved-mediation-after-tet',
    status: 'resolved',
    channel: 'email',
    sector: 'ecommerce',
    commune: A,
    org: UNIT,
    groups: ['ethnic_minority', 'poor_household'],
    submitted: '2026-02-10T09:00',
    consultation: '2026-02-11T09:00',
    negotiation: '2026-02-12T09:00',
    mediation: '2026-02-24T09:00',
    closed: '2026-03-05T09:00',
    outcome: 'non_monetary_relief',
    amountVnd: 12_000_000,
    clocks: [late(ACK), late(NEG), ok('forwarding'), ok('business_mediation_consent'), ok('mediation_conclusion')],
  },
  {
    name: 'unresolved-across-tet',
    status: 'unresolved',
    channel: 'in_person',
    sector: 'telecom',
    commune: B,
    org: UNIT,
    submitted: '2026-02-13T16:00', // the Friday before Tết
    consultation: '2026-02-23T09:00', // the Monday after
    negotiation: '2026-02-25T09:00',
    closed: '2026-03-10T09:00',
    outcome: 'referred_to_court',
    amountVnd: 800_000,
    clocks: [ok(ACK), late(NEG), { kind: 'business_result_report', status: 'lapsed' }],
  },
  {
    name: 'unresolved-mediation',
    status: 'unresolved',
    channel: 'post',
    sector: 'ecommerce',
    commune: A,
    org: SCT,
    groups: ['elderly'],
    submitted: '2026-01-20T09:00',
    consultation: '2026-01-21T09:00',
    mediation: '2026-01-26T09:00',
    closed: '2026-02-27T09:00',
    outcome: 'referred_to_arbitration',
    amountVnd: 3_000_000,
    clocks: [late('mediator_assignment'), ok('business_mediation_consent')],
  },
  {
    name: 'transferred',
    status: 'transferred',
    channel: 'hotline_referral',
    sector: 'food',
    commune: A,
    org: SCT,
    submitted: '2026-01-15T09:00',
    closed: '2026-01-16T09:00',
    outcome: 'transferred',
    clocks: [ok('triage')],
  },
  {
    name: 'refused-a',
    status: 'refused',
    channel: 'web',
    sector: 'ecommerce',
    commune: A,
    org: SCT,
    submitted: '2026-01-22T09:00',
    closed: '2026-01-23T09:00',
    outcome: 'refused',
    ground: 'a',
    amountVnd: 400_000,
  },
  {
    name: 'refused-b',
    status: 'refused',
    channel: 'phone',
    sector: 'food',
    commune: B,
    org: UNIT,
    submitted: '2026-02-02T09:00',
    closed: '2026-02-03T09:00',
    outcome: 'refused',
    ground: 'b',
    clocks: [late('triage')],
  },
  {
    name: 'refused-c-filed-during-tet',
    status: 'refused',
    channel: 'email',
    sector: 'ecommerce',
    commune: A,
    org: SCT,
    submitted: '2026-02-16T20:00',
    closed: '2026-02-24T09:00',
    outcome: 'business_not_found',
    ground: 'c',
  },
  {
    name: 'refused-d-after-acceptance',
    status: 'refused',
    channel: 'in_person',
    sector: 'telecom',
    commune: A,
    org: SCT,
    submitted: '2026-03-02T09:00',
    consultation: '2026-03-03T09:00',
    closed: '2026-03-05T09:00',
    outcome: 'refused',
    ground: 'd',
  },
  {
    name: 'refused-e-same-day',
    status: 'refused',
    channel: 'post',
    sector: 'ecommerce',
    commune: B,
    org: UNIT,
    submitted: '2026-03-09T08:00',
    closed: '2026-03-09T17:00',
    outcome: 'duplicate',
    ground: 'e',
  },
  {
    name: 'withdrawn',
    status: 'withdrawn',
    channel: 'web',
    sector: 'food',
    commune: A,
    org: SCT,
    groups: ['serious_illness'],
    submitted: '2026-03-10T09:00',
    consultation: '2026-03-11T09:00',
    negotiation: '2026-03-12T09:00',
    closed: '2026-03-20T09:00',
    outcome: 'withdrawn',
    amountVnd: 600_000,
    clocks: [ok(ACK), { kind: NEG, status: 'cancelled' }],
  },
  {
    name: 'submitted',
    status: 'submitted',
    channel: 'web',
    sector: 'ecommerce',
    commune: A,
    org: SCT,
    submitted: '2026-03-25T09:00',
    clocks: [{ kind: 'triage', status: 'pending' }],
  },
  {
    name: 'needs-info',
    status: 'needs_info',
    channel: 'phone',
    sector: 'food',
    commune: B,
    org: UNIT,
    submitted: '2026-03-26T09:00',
    amountVnd: 150_000,
  },
  {
    name: 'consultation',
    status: 'consultation',
    channel: 'email',
    sector: 'telecom',
    commune: A,
    org: SCT,
    groups: ['child'],
    submitted: '2026-03-27T09:00',
    consultation: '2026-03-30T09:00',
  },
  {
    name: 'negotiation',
    status: 'negotiation',
    channel: 'web',
    sector: 'ecommerce',
    commune: B,
    org: UNIT,
    submitted: '2026-02-26T09:00',
    consultation: '2026-02-27T09:00',
    negotiation: '2026-03-02T09:00',
    amountVnd: 2_200_000,
    clocks: [ok(ACK), { kind: NEG, status: 'pending' }, ok('forwarding')],
  },
  {
    name: 'mediation',
    status: 'mediation',
    channel: 'hotline_referral',
    sector: 'ecommerce',
    commune: A,
    org: SCT,
    groups: ['elderly'],
    submitted: '2026-01-28T09:00',
    consultation: '2026-01-29T09:00',
    negotiation: '2026-02-02T09:00',
    mediation: '2026-02-11T09:00',
    amountVnd: 7_000_000,
    clocks: [late(ACK), ok(NEG), ok('business_mediation_consent'), late('mediator_assignment')],
  },
  {
    name: 'resolved-from-a-saturday',
    status: 'resolved',
    channel: 'web',
    sector: 'ecommerce',
    commune: A,
    org: SCT,
    submitted: '2026-01-31T10:00', // Saturday, not worked
    consultation: '2026-02-02T09:00',
    negotiation: '2026-02-03T09:00',
    closed: '2026-02-13T09:00',
    outcome: 'monetary_relief',
    amountVnd: 2_000_000,
    recoveredVnd: 1_500_000,
    clocks: [ok(ACK), ok(NEG), late('business_result_report')],
  },
  {
    name: 'new-year-night',
    status: 'resolved',
    channel: 'web',
    sector: 'ecommerce',
    commune: B,
    org: SCT,
    submitted: '2025-12-31T17:30:00Z', // 00:30 on 1 Jan 2026 in Viet Nam (a holiday)
    consultation: '2026-01-05T09:00',
    closed: '2026-01-07T09:00',
    outcome: 'explained',
  },
];

/** Outside the period 2025-12-01 … 2026-04-30 by their local day of receipt. */
const OUTSIDE: FixtureCase[] = [
  {
    name: 'before',
    status: 'resolved',
    channel: 'web',
    sector: 'ecommerce',
    commune: A,
    org: SCT,
    submitted: '2025-11-30T16:59:00Z', // 23:59 on 30 Nov local
    closed: '2025-12-05T09:00',
    outcome: 'explained',
    amountVnd: 99_000_000,
  },
  {
    name: 'after',
    status: 'refused',
    channel: 'web',
    sector: 'ecommerce',
    commune: B,
    org: UNIT,
    submitted: '2026-04-30T17:10:00Z', // 00:10 on 1 May local
    closed: '2026-05-04T09:00',
    outcome: 'refused',
    ground: 'a',
    clocks: [late(ACK)],
  },
];

const FROM = '2025-12-01';
const TO = '2026-04-30';
const MONTHS = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04'];

// ---- The expected figures, computed independently of the service ----

const officialCalendar = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES);
const localDay = (value: string) => toLocalDate(instant(value));

/** The first of the instants given (stage exits), or undefined. */
const first = (...values: (string | undefined)[]): string | undefined =>
  values.filter((v): v is string => v !== undefined).sort((a, b) => instant(a).getTime() - instant(b).getTime())[0];

/** percentile_cont: linear interpolation between the closest ranks; 1 decimal. */
function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const [low, high] = [Math.floor(position), Math.ceil(position)];
  const value = sorted[low] + (sorted[high] - sorted[low]) * (position - low);
  return Math.round(Number(value.toPrecision(15)) * 10) / 10;
}

const durations = (values: number[]) => ({
  cases: values.length,
  median: percentile(values, 0.5),
  p90: percentile(values, 0.9),
});

const ratio = (numerator: number, denominator: number) =>
  denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000;

function expectedFigures(cases: readonly FixtureCase[], calendar = officialCalendar) {
  const days = (a: string | undefined, b: string | undefined): number[] =>
    a !== undefined && b !== undefined ? [calendar.workingDaysBetween(localDay(a), localDay(b))] : [];
  const count = (predicate: (c: FixtureCase) => boolean) => cases.filter(predicate).length;
  const status = (s: string) => count((c) => c.status === s);
  const clocks = cases.flatMap((c) => c.clocks ?? []);
  const responses = clocks.filter((k) => k.kind === ACK || k.kind === NEG);
  const breachedByKind: Record<string, number> = {};
  for (const k of clocks) if (k.status === 'breached') breachedByKind[k.kind] = (breachedByKind[k.kind] ?? 0) + 1;
  const received = cases.length;
  const refused = status('refused');
  const [resolved, unresolved] = [status('resolved'), status('unresolved')];
  const met = responses.filter((k) => k.status === 'met').length;
  const breached = responses.filter((k) => k.status === 'breached').length;
  return {
    received,
    accepted: count((c) => c.consultation !== undefined),
    refused,
    refusedByGround: Object.fromEntries(
      (['a', 'b', 'c', 'd', 'e'] as const).map((g) => [g, count((c) => c.status === 'refused' && c.ground === g)]),
    ),
    transferred: status('transferred'),
    inProgress: count((c) =>
      ['submitted', 'needs_info', 'consultation', 'negotiation', 'mediation'].includes(c.status),
    ),
    resolved,
    unresolved,
    withdrawn: status('withdrawn'),
    supportedShare: ratio(received - refused, received),
    resolvedSuccessShare: ratio(resolved, resolved + unresolved),
    daysToClosure: durations(cases.flatMap((c) => days(c.submitted, c.closed))),
    daysPerStage: {
      reception: durations(
        cases.flatMap((c) => days(c.submitted, first(c.consultation, c.negotiation, c.mediation, c.closed))),
      ),
      consultation: durations(cases.flatMap((c) => days(c.consultation, first(c.negotiation, c.mediation, c.closed)))),
      negotiation: durations(cases.flatMap((c) => days(c.negotiation, first(c.mediation, c.closed)))),
      mediation: durations(cases.flatMap((c) => days(c.mediation, c.closed))),
    },
    businessTimelyResponse: { met, breached, rate: ratio(met, met + breached) },
    clocksBreachedByKind: breachedByKind,
    moneyClaimedVnd: cases.reduce((sum, c) => sum + (c.amountVnd ?? 0), 0),
    moneyRecoveredVnd: cases.reduce((sum, c) => sum + (c.recoveredVnd ?? 0), 0),
  };
}

type Language = 'vi' | 'en';

// Law 19 Art 8 groups that reveal ethnicity or health (PDPL 91/2025 sensitive data): encrypted at rest,
// so the breakdown counts them in one row. Listed here, independently of the app's table.
const SENSITIVE_GROUPS = ['disability', 'ethnic_minority', 'pregnant_or_young_child', 'serious_illness'];
const SENSITIVE_LABEL = {
  vi: 'Dân tộc hoặc sức khỏe (dữ liệu nhạy cảm, đếm chung)',
  en: 'Ethnicity or health (sensitive, counted together)',
};
function groupKeys(groups: readonly string[]): string[] {
  const plain = groups.filter((g) => !SENSITIVE_GROUPS.includes(g));
  const keys = groups.some((g) => SENSITIVE_GROUPS.includes(g)) ? [...plain, 'sensitive'] : plain;
  return keys.length > 0 ? keys : ['none'];
}

// Every figure twice: counted from the facts (no month rolled up yet), then with the worker's month
// rollups built, where the months the period covers whole are read from their cells.
const FROM_FACTS = 'counted from the facts';
const FROM_ROLLUPS = 'read from the month rollups';

describe.each([FROM_FACTS, FROM_ROLLUPS])('GET /api/v1/statistics, %s', (variant) => {
  let stack: Stack;
  const orgs: Record<string, string> = {};
  const orgNames: Record<string, string> = {};
  const token = {} as Record<'analyst' | 'admin' | 'association' | 'officer' | 'mediator' | 'mediationAdmin', string>;
  const communeNames = Object.fromEntries(communesOfProvince().map((c) => [c.code, c.name]));

  /** The rows of a breakdown as the test expects them: grouped, labelled, sorted. */
  function expectedRows(
    by: StatisticsDimension,
    cases: readonly FixtureCase[],
    language: Language,
    calendar = officialCalendar,
  ) {
    const keysOf = (c: FixtureCase): string[] => {
      switch (by) {
        case 'sector':
          return [c.sector];
        case 'commune':
          return [c.commune];
        case 'channel':
          return [c.channel];
        case 'outcome':
          return [c.outcome ?? 'none'];
        case 'vulnerable_group':
          return groupKeys(c.groups ?? []);
        case 'handling_org':
          return [orgs[c.org]];
        case 'month':
          return [localDay(c.submitted).slice(0, 7)];
      }
    };
    const labelOf = (key: string): string => {
      if (key === 'none') return NO_VALUE_LABELS[by][language];
      switch (by) {
        case 'sector': {
          const sector = SECTORS.find((s) => s.code === key);
          return (language === 'vi' ? sector?.nameVi : sector?.nameEn) ?? key;
        }
        case 'commune':
          return communeNames[key];
        case 'channel':
          return INTAKE_CHANNEL_LABELS[key as keyof typeof INTAKE_CHANNEL_LABELS][language];
        case 'outcome':
          return OUTCOME_CODE_LABELS[key as keyof typeof OUTCOME_CODE_LABELS][language];
        case 'vulnerable_group':
          if (key === 'sensitive') return SENSITIVE_LABEL[language];
          return VULNERABLE_GROUP_LABELS[key as keyof typeof VULNERABLE_GROUP_LABELS][language];
        case 'handling_org':
          return orgNames[key];
        case 'month': {
          const [year, month] = key.split('-');
          const english = new Date(`${key}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
          return language === 'vi' ? `Tháng ${month}/${year}` : `${english} ${year}`;
        }
      }
    };
    const keys = new Set(cases.flatMap(keysOf));
    if (by === 'month') for (const month of MONTHS) keys.add(month);
    const rows = [...keys].map((key) => ({
      key,
      label: labelOf(key),
      ...expectedFigures(
        cases.filter((c) => keysOf(c).includes(key)),
        calendar,
      ),
      // No commune has a population here (none is shipped): see commune-population.spec.ts.
      ...(by === 'commune' && { population: null, receivedPer10k: null }),
    }));
    return rows.sort((a, b) =>
      by === 'month' ? a.key.localeCompare(b.key) : b.received - a.received || (a.key < b.key ? -1 : 1),
    );
  }

  const get = (who: keyof typeof token, query: Record<string, string>, language: Language = 'vi') =>
    stack.http
      .get('/api/v1/statistics')
      .query(query)
      .set('Authorization', `Bearer ${token[who]}`)
      .set('Accept-Language', language === 'en' ? 'en-GB,en;q=0.9' : 'vi-VN');

  beforeAll(async () => {
    stack = await startStack({ seed: false });
    for (const code of [SCT, UNIT]) {
      orgs[code] = await orgId(stack.dataSource, code);
      const [{ name }] = await stack.dataSource.query<{ name: string }[]>(
        `SELECT name FROM organisations WHERE id = $1`,
        [orgs[code]],
      );
      orgNames[orgs[code]] = name;
    }
    const accounts = [
      ['analyst', 'analyst', SCT],
      ['admin', 'admin', SCT],
      ['association', 'association', 'HBVNTD'],
      ['officer', 'officer', UNIT],
      ['mediator', 'mediator', 'HBVNTD'],
      ['mediationAdmin', 'mediation_admin', 'HBVNTD'],
    ] as const;
    for (const [key, role, orgCode] of accounts) {
      const email = `stats-${key.toLowerCase()}@e2e.test`;
      await createStaff(stack.dataSource, { email, role, orgCode });
      token[key] = await login(stack.http, email);
    }
    await insertFixtureCases(stack.dataSource, [...CASES, ...OUTSIDE], orgs);
    if (variant === FROM_ROLLUPS) {
      const run = await stack.api.get(StatisticsRollupService).rollUp();
      expect(run).toEqual({ built: ['2025-11', '2026-01', '2026-02', '2026-03', '2026-05'], skipped: [] });
    }
  });
  afterAll(() => stack?.stop());

  it('gives the totals of the cases received in the period, by current status, with Plan 126 indicators', async () => {
    const { body } = await get('analyst', { from: FROM, to: TO }).expect(200);
    const expected = expectedFigures(CASES);
    // The fixture's own sanity: every status and ground is there, and the figures are not trivial.
    expect(expected).toMatchObject({
      received: 19,
      refused: 5,
      refusedByGround: { a: 1, b: 1, c: 1, d: 1, e: 1 },
      inProgress: 5,
      supportedShare: 0.7368,
    });
    expect(body).toEqual({
      period: { from: FROM, to: TO },
      by: null,
      filters: {},
      totals: expected,
      rows: [],
      freshAsOf: expect.any(String),
    });
    expect(Number.isNaN(Date.parse(body.freshAsOf))).toBe(false);
  });

  it('counts durations in working days across Tết 2026, a swapped Saturday and New Year', async () => {
    const only = (name: string) => CASES.filter((c) => c.name === name);
    // Fri 13 Feb → Mon 23 Feb (Tết between): reception 1 wd; Thu 8 Jan → Mon 12 Jan with Sat 10 Jan worked: 3 wd.
    expect(expectedFigures(only('unresolved-across-tet')).daysPerStage.reception.median).toBe(1);
    expect(expectedFigures(only('resolved-advice-swapped-saturday')).daysToClosure.median).toBe(3);
    // Filed on Monday 16 Feb, during Tết, refused on Tuesday 24 Feb: 2 wd (23 and 24 Feb).
    expect(expectedFigures(only('refused-c-filed-during-tet')).daysToClosure.median).toBe(2);
    const { body } = await get('analyst', { from: FROM, to: TO }).expect(200);
    expect(body.totals.daysToClosure).toEqual(expectedFigures(CASES).daysToClosure);
    expect(body.totals.daysPerStage).toEqual(expectedFigures(CASES).daysPerStage);
  });

  it.each(STATISTICS_DIMENSIONS.map((by) => [by]))(
    'breaks the figures down by %s, labelled in Vietnamese',
    async (by) => {
      const { body } = await get('analyst', { from: FROM, to: TO, by }).expect(200);
      expect(body.by).toBe(by);
      expect(body.totals).toEqual(expectedFigures(CASES));
      expect(body.rows).toEqual(expectedRows(by, CASES, 'vi'));
    },
  );

  it.each(STATISTICS_DIMENSIONS.map((by) => [by]))('labels the %s rows in English when asked', async (by) => {
    const { body } = await get('analyst', { from: FROM, to: TO, by }, 'en').expect(200);
    expect(body.rows).toEqual(expectedRows(by, CASES, 'en'));
  });

  it('lists every month of the period, with zeros where no complaint came, by local day of receipt', async () => {
    const { body } = await get('analyst', { from: FROM, to: TO, by: 'month' }, 'en').expect(200);
    expect(body.rows.map((r: { key: string }) => r.key)).toEqual(MONTHS);
    const [december, , , , april] = body.rows;
    // The New Year's night case is 31 Dec in UTC but 1 Jan in Viet Nam.
    expect(december).toMatchObject({ label: 'December 2025', received: 0, supportedShare: null, moneyClaimedVnd: 0 });
    expect(april).toMatchObject({ label: 'April 2026', received: 0 });
    expect(body.rows[2]).toMatchObject({ key: '2026-02', label: 'February 2026' });
  });

  it('names rows in the caller’s language, and open cases under `none`', async () => {
    const vi = (await get('analyst', { from: FROM, to: TO, by: 'outcome' }).expect(200)).body;
    const en = (await get('analyst', { from: FROM, to: TO, by: 'outcome' }, 'en').expect(200)).body;
    expect(vi.rows[0]).toMatchObject({ key: 'none', label: 'Chưa có kết quả (đang xử lý)', received: 5 });
    expect(en.rows[0]).toMatchObject({ key: 'none', label: 'No outcome yet (open)', received: 5 });
    const sectorsVi = (await get('analyst', { from: FROM, to: TO, by: 'sector' }).expect(200)).body;
    const sectorsEn = (await get('analyst', { from: FROM, to: TO, by: 'sector' }, 'en').expect(200)).body;
    expect(sectorsVi.rows[0]).toMatchObject({ key: 'ecommerce', label: 'Thương mại điện tử' });
    expect(sectorsEn.rows[0]).toMatchObject({ key: 'ecommerce', label: 'E-commerce' });
  });

  it('counts a case in two vulnerable groups in both rows, and once in the totals', async () => {
    const { body } = await get('analyst', { from: FROM, to: TO, by: 'vulnerable_group' }).expect(200);
    const received = (key: string) => body.rows.find((r: { key: string }) => r.key === key)?.received;
    // Ethnicity and health are encrypted at rest: one row counts them together (ethnic_minority, serious_illness).
    expect(received('ethnic_minority')).toBeUndefined();
    expect(received('serious_illness')).toBeUndefined();
    expect(received('sensitive')).toBe(2);
    expect(received('poor_household')).toBe(1);
    expect(received('elderly')).toBe(3);
    expect(received('none')).toBe(13);
    expect(body.totals.received).toBe(19);
  });

  it.each([
    [{ sector: 'ecommerce' }, (c: FixtureCase) => c.sector === 'ecommerce'],
    [{ commune: B }, (c: FixtureCase) => c.commune === B],
    [{ channel: 'web' }, (c: FixtureCase) => c.channel === 'web'],
    [{ vulnerable: 'true' }, (c: FixtureCase) => (c.groups ?? []).length > 0],
    [{ vulnerable: 'false' }, (c: FixtureCase) => (c.groups ?? []).length === 0],
    [{ channel: 'phone', sector: 'food' }, (c: FixtureCase) => c.channel === 'phone' && c.sector === 'food'],
  ])('narrows the cohort with the filter %j', async (filter, keep) => {
    const cases = CASES.filter(keep);
    const { body } = await get('analyst', { from: FROM, to: TO, by: 'month', ...filter }).expect(200);
    expect(body.filters).toEqual(
      Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, v === 'true' ? true : v === 'false' ? false : v])),
    );
    expect(body.totals).toEqual(expectedFigures(cases));
    expect(body.rows).toEqual(expectedRows('month', cases, 'vi'));
  });

  it('narrows to a handling organisation for the province-wide roles', async () => {
    const cases = CASES.filter((c) => c.org === UNIT);
    for (const who of ['analyst', 'admin', 'association'] as const) {
      const { body } = await get(who, { from: FROM, to: TO, handlingOrg: orgs[UNIT] }).expect(200);
      expect(body.filters).toEqual({ handlingOrg: orgs[UNIT] });
      expect(body.totals).toEqual(expectedFigures(cases));
    }
    const all = await get('association', { from: FROM, to: TO, by: 'handling_org' }).expect(200);
    expect(all.body.rows).toEqual(expectedRows('handling_org', CASES, 'vi'));
  });

  it('shows an officer only the cases of their own unit, even when they ask for another', async () => {
    const own = CASES.filter((c) => c.org === UNIT);
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThan(CASES.length);
    for (const query of [{}, { handlingOrg: orgs[SCT] }] as Record<string, string>[]) {
      const { body } = await get('officer', { from: FROM, to: TO, by: 'handling_org', ...query }).expect(200);
      expect(body.filters).toEqual({ handlingOrg: orgs[UNIT] });
      expect(body.totals).toEqual(expectedFigures(own));
      expect(body.rows).toEqual(expectedRows('handling_org', own, 'vi'));
    }
  });

  it('refuses mediators and mediation admins (403)', async () => {
    await get('mediator', { from: FROM, to: TO }).expect(403);
    await get('mediationAdmin', { from: FROM, to: TO }).expect(403);
    await stack.http.get('/api/v1/statistics').query({ from: FROM, to: TO }).expect(401);
  });

  it.each([
    [{ from: '2026-13-01', to: TO }, 'from', 'Ngày phải có dạng YYYY-MM-DD', 'must be a date written YYYY-MM-DD'],
    [{ to: TO }, 'from', 'Ngày phải có dạng YYYY-MM-DD', 'must be a date written YYYY-MM-DD'],
    [{ from: TO, to: FROM }, 'to', 'Không được trước ngày bắt đầu (from)', 'must not be before `from`'],
    [
      { from: '2020-01-01', to: '2025-01-01' },
      'to',
      'Khoảng thời gian không được dài quá 5 năm',
      'the period may span at most 5 years',
    ],
    [{ from: FROM, to: TO, by: 'business' }, 'by', 'Phải là một trong:', 'must be one of: sector, commune'],
    [{ from: FROM, to: TO, channel: 'fax' }, 'channel', 'Phải là một trong:', 'must be one of: web, phone'],
    [{ from: FROM, to: TO, sector: 'weapons' }, 'sector', 'Lĩnh vực không tồn tại', 'is not a known sector'],
    [{ from: FROM, to: TO, commune: '99999' }, 'commune', 'Không phải xã/phường', 'is not a commune of the province'],
    [{ from: FROM, to: TO, vulnerable: 'yes' }, 'vulnerable', 'Phải là true hoặc false', 'must be true or false'],
    [{ from: FROM, to: TO, handlingOrg: 'SCT' }, 'handlingOrg', 'Mã định danh', '(UUID)'],
    [{ from: FROM, to: TO, format: 'pdf' }, 'format', 'Trường không được phép', 'is not an allowed field'],
  ])('answers 400 with field messages in vi and en for %j', async (query, field, vi, en) => {
    for (const [language, text] of [
      ['vi', vi],
      ['en', en],
    ] as const) {
      const { body } = await get('analyst', query as Record<string, string>, language).expect(400);
      const error = body.errors.find((e: { field: string }) => e.field === field);
      expect(error?.messages.join(' ')).toContain(text);
    }
  });

  it('accepts a period of five whole years', async () => {
    const { body } = await get('analyst', { from: '2021-05-01', to: '2026-04-30' }).expect(200);
    // 30 Nov 2025 is inside, 1 May 2026 (local) is not.
    expect(body.totals).toEqual(expectedFigures([...CASES, OUTSIDE[0]]));
  });

  it('counts durations on the calendar an admin saves (the working-day table is refilled)', async () => {
    // Monday 12 Jan 2026 declared off, Saturday 17 Jan worked instead.
    const saved: YearTable = {
      year: 2026,
      daysOff: [...OFFICIAL_2026_TABLE.daysOff, '2026-01-12'],
      workingDays: [...OFFICIAL_2026_TABLE.workingDays, '2026-01-17'],
    };
    await stack.http
      .put('/api/v1/admin/calendar/years/2026')
      .set('Authorization', `Bearer ${token.admin}`)
      .send({ daysOff: saved.daysOff, workingDays: saved.workingDays, source: 'e2e' })
      .expect(200);
    const calendar = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES.map((t) => (t.year === 2026 ? saved : t)));
    const phoneFood = CASES.filter((c) => c.channel === 'phone' && c.sector === 'food');
    const expected = expectedFigures(phoneFood, calendar);
    expect(expected.daysToClosure).not.toEqual(expectedFigures(phoneFood).daysToClosure);
    const { body } = await get('analyst', { from: FROM, to: TO, channel: 'phone', sector: 'food' }).expect(200);
    expect(body.totals).toEqual(expected);
    const all = await get('analyst', { from: FROM, to: TO, by: 'month' }).expect(200);
    expect(all.body.totals).toEqual(expectedFigures(CASES, calendar));
    expect(all.body.rows).toEqual(expectedRows('month', CASES, 'vi', calendar));
  });
});
