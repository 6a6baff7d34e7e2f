import { toLocalDate } from '@app/domain';
import { createCase, Stack, startStack } from '../support/case-factory';

// The public figures of a calendar year (issue 11 "Public"): anonymised, small cells suppressed.
// Hand-built 2025: 30 complaints received, every closed one 5 working days after receipt.
//
//   sector     received  resolved  unresolved  refused  withdrawn  open  money recovered   channel  commune
//   ecommerce      12         8          2          1        –        1    5 × 1,000,000     web      05443
//   health          9         6          3          –        –        –    –                 web      05443
//   telecom         6         5          –          –        1        –    –                 phone    05443 (5) + other (1)
//   food            3         2          –          1        –        –    2 × 500,000       phone    other
interface Spec {
  sector: string;
  status: string;
  outcome?: string;
  recovered?: number;
  channel: string;
  commune?: 'other';
  vulnerable?: boolean;
}

const repeat = (n: number, spec: Spec): Spec[] => Array.from({ length: n }, () => ({ ...spec }));

const ECOMMERCE: Spec[] = [
  ...repeat(5, {
    sector: 'ecommerce',
    status: 'resolved',
    outcome: 'monetary_relief',
    recovered: 1_000_000,
    channel: 'web',
    vulnerable: true,
  }),
  ...repeat(3, { sector: 'ecommerce', status: 'resolved', outcome: 'explained', channel: 'web' }),
  ...repeat(2, { sector: 'ecommerce', status: 'unresolved', outcome: 'referred_to_court', channel: 'web' }),
  { sector: 'ecommerce', status: 'refused', outcome: 'refused', channel: 'web' },
  { sector: 'ecommerce', status: 'negotiation', channel: 'web' },
];
const HEALTH: Spec[] = [
  ...repeat(6, { sector: 'health', status: 'resolved', outcome: 'non_monetary_relief', channel: 'web' }),
  ...repeat(3, { sector: 'health', status: 'unresolved', outcome: 'referred_to_court', channel: 'web' }),
];
const MARCH: Spec[] = [
  ...repeat(5, { sector: 'telecom', status: 'resolved', outcome: 'explained', channel: 'phone' }),
  { sector: 'telecom', status: 'withdrawn', outcome: 'withdrawn', channel: 'phone', commune: 'other' },
  ...repeat(2, {
    sector: 'food',
    status: 'resolved',
    outcome: 'monetary_relief',
    recovered: 500_000,
    channel: 'phone',
    commune: 'other',
  }),
  { sector: 'food', status: 'refused', outcome: 'refused', channel: 'phone', commune: 'other' },
];

// Weekdays without holidays, each + 7 days also one (2025: Tết off 25 Jan – 2 Feb).
const JANUARY = ['02', '03', '06', '07', '08', '09', '10', '13', '14', '15', '16', '17'].map((d) => `2025-01-${d}`);
const FEBRUARY = ['10', '11', '12', '13', '14', '17', '18', '19', '20'].map((d) => `2025-02-${d}`);
const MARCH_DAYS = ['03', '04', '05', '06', '07', '10', '11', '12', '13'].map((d) => `2025-03-${d}`);

describe('GET /api/v1/public/statistics', () => {
  let stack: Stack;
  let otherCommune: string;
  const personal: string[] = [];

  async function receive(spec: Spec, day: string, n: number) {
    const submittedAt = new Date(`${day}T02:00:00Z`);
    const closed = !['negotiation'].includes(spec.status);
    const consumer = { name: `Công Dân Thống Kê ${n}`, email: `thong.ke.${n}@example.org`, phone: `09770000${n}` };
    const description = `Nội dung khiếu nại riêng tư thứ ${n}`;
    personal.push(consumer.name, consumer.email, consumer.phone, description);
    const c = await createCase(stack.dataSource, {
      status: spec.status,
      sectorCode: spec.sector,
      channel: spec.channel,
      communeCode: spec.commune === 'other' ? otherCommune : '05443',
      submittedAt,
      closedAt: closed ? new Date(submittedAt.getTime() + 7 * 86_400_000) : null,
      outcome: spec.outcome ?? null,
      amountRecoveredVnd: spec.recovered ?? null,
      vulnerable: spec.vulnerable ?? false,
      priority: spec.vulnerable ? 1 : 0,
      description,
      consumer: { ...consumer, ...(spec.vulnerable && { vulnerableGroups: ['elderly'] }) },
    });
    personal.push(c.trackingCode, c.consumerEmail);
  }

  beforeAll(async () => {
    stack = await startStack({ seed: false });
    [{ code: otherCommune }] = await stack.dataSource.query<{ code: string }[]>(
      `SELECT code FROM communes WHERE code <> '05443' ORDER BY code LIMIT 1`,
    );
    let n = 0;
    for (const [specs, days] of [
      [ECOMMERCE, JANUARY],
      [HEALTH, FEBRUARY],
      [MARCH, MARCH_DAYS],
    ] as const) {
      for (const [i, spec] of specs.entries()) await receive(spec, days[i], ++n);
    }
    // Received in 2026: not in 2025's figures.
    await receive({ sector: 'ecommerce', status: 'resolved', outcome: 'explained', channel: 'web' }, '2026-01-05', ++n);
  });
  afterAll(() => stack?.stop());

  const get = (query: string) => stack.http.get(`/api/v1/public/statistics${query}`);
  const rowOf = (rows: { key: string; label: string }[], key: string) => rows.find((r) => r.key === key);

  it('gives the year’s totals: received, shares, resolved, money recovered, median working days', async () => {
    const res = await get('?year=2025').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.body).toMatchObject({
      year: 2025,
      period: { from: '2025-01-01', to: '2025-12-31' },
      smallCellThreshold: 5,
      totals: {
        received: 30,
        resolved: 21,
        supportedShare: 0.9333, // (30 − 2 refused) / 30
        resolvedSuccessShare: 0.8077, // 21 / (21 + 5)
        moneyRecoveredVnd: 6_000_000,
        medianDaysToClosure: 5,
        suppressed: false,
      },
    });
    expect(Object.keys(res.body.breakdowns).sort()).toEqual(['channel', 'commune', 'month', 'outcome', 'sector']);
  });

  it('suppresses small cells as "< 5", withholds their shares and money, and suppresses the complement', async () => {
    const { sector } = (await get('?year=2025').expect(200)).body.breakdowns;
    expect(rowOf(sector, 'ecommerce')).toEqual({
      key: 'ecommerce',
      label: 'Thương mại điện tử',
      received: 12,
      resolved: 8,
      supportedShare: 0.9167,
      resolvedSuccessShare: 0.8,
      moneyRecoveredVnd: 5_000_000,
      medianDaysToClosure: 5,
      suppressed: false,
    });
    expect(rowOf(sector, 'health')).toMatchObject({ received: 9, resolved: 6, suppressed: false });
    const withheld = {
      received: '< 5',
      resolved: '< 5',
      supportedShare: null,
      resolvedSuccessShare: null,
      moneyRecoveredVnd: null,
      medianDaysToClosure: null,
      suppressed: true,
    };
    // food: 3 received (primary); telecom: 6, the next smallest (secondary: 30 − 12 − 9 − 6 would give food).
    expect(rowOf(sector, 'food')).toEqual({ key: 'food', label: 'Thực phẩm và đồ uống', ...withheld });
    expect(rowOf(sector, 'telecom')).toEqual({ key: 'telecom', label: 'Viễn thông và Internet', ...withheld });
  });

  it('applies the secondary rule in every breakdown, and not where two or more cells are small already', async () => {
    const { commune, channel, outcome, month } = (await get('?year=2025').expect(200)).body.breakdowns;
    // Communes: the other commune has 4, so 05443 (26) is suppressed with it, or 30 − 26 would give 4.
    expect(rowOf(commune, otherCommune)).toMatchObject({ received: '< 5', suppressed: true });
    expect(rowOf(commune, '05443')).toMatchObject({ received: '< 5', suppressed: true, moneyRecoveredVnd: null });
    expect(rowOf(channel, 'web')).toMatchObject({
      received: 21,
      resolved: 14,
      supportedShare: 0.9524,
      moneyRecoveredVnd: 5_000_000,
      suppressed: false,
    });
    expect(rowOf(channel, 'phone')).toMatchObject({ received: 9, resolved: 7, moneyRecoveredVnd: 1_000_000 });
    // Outcomes: refused 2, withdrawn 1 and the open case 1 are small: three cells, nothing more to hide.
    expect(rowOf(outcome, 'monetary_relief')).toMatchObject({ received: 7, resolved: 7, suppressed: false });
    expect(rowOf(outcome, 'explained')).toMatchObject({ received: 8, suppressed: false });
    expect(rowOf(outcome, 'non_monetary_relief')).toMatchObject({ received: 6, suppressed: false });
    expect(rowOf(outcome, 'referred_to_court')).toMatchObject({ received: 5, resolved: 0, suppressed: false });
    expect(rowOf(outcome, 'refused')).toMatchObject({ received: '< 5', suppressed: true });
    expect(rowOf(outcome, 'withdrawn')).toMatchObject({ received: '< 5', suppressed: true });
    expect(month.map((m: { key: string }) => m.key)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
    );
    expect(month.slice(0, 4).map((m: { received: unknown }) => m.received)).toEqual([12, 9, 9, 0]);
  });

  it('has no vulnerable-group breakdown and no personal data at all', async () => {
    const res = await get('?year=2025').expect(200);
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/vulnerab|elderly/i);
    for (const secret of personal) expect(text).not.toContain(secret);
  });

  it('labels in the language asked for (?lang=, else Accept-Language)', async () => {
    const en = (await get('?year=2025&lang=en').expect(200)).body.breakdowns.sector;
    expect(rowOf(en, 'ecommerce')?.label).toBe('E-commerce');
    const header = (await get('?year=2025').set('Accept-Language', 'en').expect(200)).body.breakdowns.sector;
    expect(rowOf(header, 'food')?.label).toBe('Food and drink');
  });

  it('defaults to the current year, up to today; refuses years before 2025 or after this one (400, vi/en)', async () => {
    const today = toLocalDate(new Date());
    const current = Number(today.slice(0, 4));
    const res = await get('').expect(200);
    expect(res.body).toMatchObject({ year: current, period: { from: `${current}-01-01`, to: today } });
    const early = await get('?year=2024').expect(400);
    expect(early.body.errors).toEqual([{ field: 'year', messages: ['Không được nhỏ hơn 2025'] }]);
    const late = await get(`?year=${current + 1}`)
      .set('Accept-Language', 'en')
      .expect(400);
    expect(late.body.errors).toEqual([{ field: 'year', messages: [`must not be greater than ${current}`] }]);
    await get('?year=abc').expect(400);
    await get('?year=2025&by=vulnerable_group').expect(400);
  });
});
