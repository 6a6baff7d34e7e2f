import { OFFICIAL_2026_TABLE } from '@app/domain';
import { StatisticsRollupService, WorkingDaysRefresher } from '@app/statistics';
import { createStaff, login, orgId, Stack, startStack } from '../support/case-factory';
import { type FixtureCase, insertFixtureCases } from '../support/statistics-cases';
import { waitFor } from '../support/wait';

// The statistics' month rollups (issue 11 "Scale and correctness": figures from rollups that the
// worker maintains, never by loading cases into Node). Whole months are read from their cells while
// current; a month with a changed case, the period's partial months and filtered queries are counted
// from the facts, so every answer is as fresh as the cases. statistics.spec.ts checks every figure
// both ways; this spec shows where they come from and that the worker keeps them.

const SCT = 'SCT';
const UNIT = 'UBND-01843';

const CASES: FixtureCase[] = [
  {
    name: 'jan-resolved',
    status: 'resolved',
    channel: 'web',
    sector: 'ecommerce',
    commune: '05443',
    org: SCT,
    submitted: '2026-01-05T09:00',
    consultation: '2026-01-06T10:00',
    closed: '2026-01-13T11:00',
    outcome: 'monetary_relief',
    amountVnd: 5_000_000,
    recoveredVnd: 3_000_000,
    clocks: [{ kind: 'business_acknowledgement', status: 'met' }],
  },
  {
    name: 'jan-open',
    status: 'negotiation',
    channel: 'phone',
    sector: 'food',
    commune: '01843',
    org: UNIT,
    submitted: '2026-01-20T09:00',
    consultation: '2026-01-21T09:00',
    negotiation: '2026-01-22T09:00',
    clocks: [{ kind: 'business_negotiation', status: 'pending' }],
  },
  {
    name: 'feb-refused',
    status: 'refused',
    channel: 'email',
    sector: 'food',
    commune: '01843',
    org: UNIT,
    ground: 'c',
    submitted: '2026-02-02T09:00',
    closed: '2026-02-04T09:00',
  },
  {
    name: 'feb-unresolved',
    status: 'unresolved',
    channel: 'web',
    sector: 'ecommerce',
    commune: '05443',
    org: SCT,
    groups: ['elderly'],
    submitted: '2026-02-26T09:00',
    consultation: '2026-02-27T09:00',
    closed: '2026-03-10T09:00',
    outcome: 'referred_to_court',
    clocks: [{ kind: 'business_acknowledgement', status: 'breached' }],
  },
];

const FROM = '2026-01-01';
const TO = '2026-02-28';

describe('statistics month rollups', () => {
  let stack: Stack;
  let rollups: StatisticsRollupService;
  let analyst: string;
  let admin: string;
  let ids: Record<string, string>;
  const orgs: Record<string, string> = {};

  const figures = async (query: Record<string, string>) =>
    (
      await stack.http
        .get('/api/v1/statistics')
        .query({ from: FROM, to: TO, ...query })
        .set('Authorization', `Bearer ${analyst}`)
        .expect(200)
    ).body;
  const sql = <T = unknown>(text: string, params: unknown[] = []) => stack.dataSource.query<T[]>(text, params);
  /** Adds `n` to a cell's `received` (to see whether the answer reads it). */
  const skewCell = (month: string, scope: string, n: number) =>
    sql(
      `UPDATE statistics_cells SET received = received + $3 WHERE month = $1 AND scope = $2 AND dimension = 'total'`,
      [month, scope, n],
    );

  beforeAll(async () => {
    stack = await startStack({ seed: false });
    rollups = stack.api.get(StatisticsRollupService);
    for (const code of [SCT, UNIT]) orgs[code] = await orgId(stack.dataSource, code);
    await createStaff(stack.dataSource, { email: 'rollups-analyst@e2e.test', role: 'analyst', orgCode: SCT });
    analyst = await login(stack.http, 'rollups-analyst@e2e.test');
    await createStaff(stack.dataSource, { email: 'rollups-admin@e2e.test', role: 'admin', orgCode: SCT });
    admin = await login(stack.http, 'rollups-admin@e2e.test');
    ids = await insertFixtureCases(stack.dataSource, CASES, orgs);
  });
  afterAll(() => stack?.stop());

  it('keeps one fact per case, marked until its month is rolled up, with no personal data', async () => {
    const facts = await sql<{ case_id: string; dirty: boolean; groups: string[]; clocks_breached: string[] }>(
      `SELECT case_id, dirty, groups, clocks_breached FROM statistics_case_facts ORDER BY submitted_on`,
    );
    expect(facts.map((f) => f.case_id)).toEqual(CASES.map((c) => ids[c.name]));
    expect(facts.every((f) => f.dirty)).toBe(true);
    expect(facts[3]).toMatchObject({ groups: ['elderly'], clocks_breached: ['business_acknowledgement'] });
    const columns = await sql<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'statistics_case_facts'`,
    );
    for (const personal of ['name', 'email', 'phone', 'address', 'description', 'product', 'tracking_code'])
      expect(columns.map((c) => c.column_name).join(' ')).not.toContain(personal);
  });

  it('reads a rolled-up month from its cells while it is current, and counts it from the facts once a case changes', async () => {
    const before = await figures({ by: 'month' });
    expect(await rollups.rollUp()).toEqual({ built: ['2026-01', '2026-02'], skipped: [] });
    expect(await figures({ by: 'month' })).toEqual({ ...before, freshAsOf: expect.any(String) });

    // The January cell is what the answer reads.
    await skewCell('2026-01-01', '*', 1000);
    expect((await figures({})).totals.received).toBe(1004);

    // A case of January changes: January is counted from the facts at once (the skew is gone).
    await sql(`UPDATE cases SET status = 'resolved', outcome = 'explained', closed_at = $2 WHERE id = $1`, [
      ids['jan-open'],
      new Date('2026-01-27T03:00:00Z'),
    ]);
    const changed = await figures({ by: 'month' });
    expect(changed.totals).toMatchObject({ received: 4, resolved: 2, inProgress: 0 });
    expect(changed.rows[0]).toMatchObject({ key: '2026-01', received: 2, resolved: 2 });

    // The next run counts January again (only January) to the same figures.
    expect(await rollups.rollUp()).toEqual({ built: ['2026-01'], skipped: [] });
    expect(await figures({ by: 'month' })).toEqual({ ...changed, freshAsOf: expect.any(String) });
  });

  it("follows the consumer's groups and the clocks as they change", async () => {
    await sql(
      `UPDATE case_parties SET vulnerable_groups = '{poor_household}' WHERE case_id = $1 AND role = 'consumer'`,
      [ids['jan-resolved']],
    );
    await sql(`UPDATE case_deadlines SET status = 'breached', breached_at = due_at WHERE case_id = $1`, [
      ids['jan-open'],
    ]);
    const live = await figures({ by: 'vulnerable_group' });
    const groups = Object.fromEntries(live.rows.map((r: { key: string; received: number }) => [r.key, r.received]));
    expect(groups).toEqual({ poor_household: 1, elderly: 1, none: 2 });
    expect(live.totals.clocksBreachedByKind).toEqual({ business_acknowledgement: 1, business_negotiation: 1 });
    expect(await rollups.rollUp()).toEqual({ built: ['2026-01'], skipped: [] });
    expect(await figures({ by: 'vulnerable_group' })).toEqual({ ...live, freshAsOf: expect.any(String) });
  });

  it("reads a unit's own cells for its figures", async () => {
    const unit = await figures({ handlingOrg: orgs[UNIT], by: 'sector' });
    expect(unit.totals).toMatchObject({ received: 2, refused: 1 });
    await skewCell('2026-02-01', `org:${orgs[UNIT]}`, 10);
    expect((await figures({ handlingOrg: orgs[UNIT] })).totals.received).toBe(12);
    expect((await figures({})).totals.received).toBe(4);
    await skewCell('2026-02-01', `org:${orgs[UNIT]}`, -10);
  });

  it("reads a single filter's own cells, and counts two filters and the period's partial months from the facts", async () => {
    await skewCell('2026-01-01', '*', 500);
    await skewCell('2026-02-01', '*', 500);
    await skewCell('2026-02-01', 'sector:food', 50);
    expect((await figures({})).totals.received).toBe(1004);
    // 10 Jan – 28 Feb: January in part (from the facts), February whole (its cell).
    expect((await figures({ from: '2026-01-10' })).totals.received).toBe(1 + 2 + 500);
    // One filter: its scope's cells (food: the January and February cases, February skewed).
    expect((await figures({ sector: 'food' })).totals.received).toBe(2 + 50);
    expect((await figures({ vulnerable: 'true' })).totals.received).toBe(1);
    // Two filters: from the facts.
    expect((await figures({ sector: 'food', channel: 'email' })).totals.received).toBe(1);
    await skewCell('2026-01-01', '*', -500);
    await skewCell('2026-02-01', '*', -500);
    await skewCell('2026-02-01', 'sector:food', -50);
  });

  it('counts the months again when an admin changes the working-day calendar', async () => {
    const before = await figures({ by: 'month' });
    // Monday 12 Jan 2026 declared off: the resolved January case (5 → 13 Jan) took one working day less.
    await stack.http
      .put('/api/v1/admin/calendar/years/2026')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        daysOff: [...OFFICIAL_2026_TABLE.daysOff, '2026-01-12'],
        workingDays: OFFICIAL_2026_TABLE.workingDays,
        source: 'e2e',
      })
      .expect(200);
    // The cells were counted on the old calendar: the answer counts both months from the facts.
    const changed = await figures({ by: 'month' });
    expect(changed.rows[0].daysToClosure).not.toEqual(before.rows[0].daysToClosure);
    expect(changed.totals.received).toBe(before.totals.received);
    expect(await rollups.rollUp()).toEqual({ built: ['2026-01', '2026-02'], skipped: [] });
    expect(await figures({ by: 'month' })).toEqual({ ...changed, freshAsOf: expect.any(String) });
  });

  it('lets only one of two workers count a month at a time', async () => {
    await sql(`UPDATE statistics_case_facts SET dirty = true`);
    // A second worker: its own service (no shared in-process run), the same database.
    const other = new StatisticsRollupService(stack.dataSource, stack.api.get(WorkingDaysRefresher));
    const [a, b] = await Promise.all([rollups.rollUp(), other.rollUp()]);
    expect([...a.built, ...b.built].sort()).toEqual(['2026-01', '2026-02']);
    expect(await rollups.rollUp()).toEqual({ built: [], skipped: [] });
  });
});

describe('the worker keeps the statistics rollups', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ seed: false, worker: true, env: { STATISTICS_ROLLUP_INTERVAL: '1' } });
  });
  afterAll(() => stack?.stop());

  it('rolls up the months of new cases on its schedule (STATISTICS_ROLLUP_INTERVAL)', async () => {
    await insertFixtureCases(stack.dataSource, CASES, {
      [SCT]: await orgId(stack.dataSource, SCT),
      [UNIT]: await orgId(stack.dataSource, UNIT),
    });
    const built = await waitFor('the months rolled up by the worker', async () => {
      const [{ dirty }] = await stack.dataSource.query<{ dirty: number }[]>(
        `SELECT count(*)::int AS dirty FROM statistics_case_facts WHERE dirty`,
      );
      const months = await stack.dataSource.query<{ month: string }[]>(
        `SELECT to_char(month, 'YYYY-MM') AS month FROM statistics_months ORDER BY month`,
      );
      return dirty === 0 && months.length === 2 && months.map((m) => m.month);
    });
    expect(built).toEqual(['2026-01', '2026-02']);
  });
});
