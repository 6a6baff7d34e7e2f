import { CaseOverrides, createCase, createStaff, login, orgId, Stack, startStack } from '../support/case-factory';

interface Item {
  id: string;
  status: string;
  priority: number;
  nextDueAt: string | null;
  mediatorId: string | null;
  mediationOrgId: string | null;
}

interface Page {
  view: string;
  items: Item[];
  nextCursor: string | null;
}

const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS);

/** The queue order: priority first, then the next due time (none last), then id. */
function queueOrder(a: Item, b: Item): number {
  const due = (s: Item) => (s.nextDueAt === null ? Infinity : Date.parse(s.nextDueAt));
  return b.priority - a.priority || due(a) - due(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const sorted = (ids: string[]) => [...ids].sort();

describe('the mediation queues', () => {
  let stack: Stack;
  let org: string;
  let mediatorA: string;
  let mediatorB: string;
  let tokenA: string;
  let tokenB: string;
  let orgAdmin: string;
  let admin: string;
  let officer: string;
  let otherCommune: string;
  const cases: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startStack();
    const ds = stack.dataSource;
    // An organisation of our own, so that demo mediation data never joins these queues.
    await ds.query(
      `INSERT INTO organisations (code, name, kind, mediation_type, active)
       VALUES ('E2E-HG', 'Trung tâm hòa giải (e2e)', 'mediation_organisation', 'b', true)`,
    );
    org = await orgId(ds, 'E2E-HG');
    [{ code: otherCommune }] = await ds.query(`SELECT code FROM communes WHERE code <> '05443' ORDER BY code LIMIT 1`);
    mediatorA = await createStaff(ds, { email: 'hgv-a@queues.test', role: 'mediator', orgCode: 'E2E-HG' });
    mediatorB = await createStaff(ds, { email: 'hgv-b@queues.test', role: 'mediator', orgCode: 'E2E-HG' });
    await createStaff(ds, { email: 'admin-hg@queues.test', role: 'mediation_admin', orgCode: 'E2E-HG' });
    for (const id of [mediatorA, mediatorB])
      await ds.query(
        `INSERT INTO mediator_profiles (user_id, vietnamese_citizen, full_civil_capacity, languages, sectors)
         VALUES ($1, true, true, '{vi}', '{ecommerce}')`,
        [id],
      );
    const mediation = (overrides: CaseOverrides): CaseOverrides => ({
      status: 'mediation',
      mediationOrgId: org,
      mediationAt: new Date(),
      ...overrides,
    });
    const shapes: Record<string, CaseOverrides> = {
      mineUrgent: mediation({ mediatorId: mediatorA, priority: 1, vulnerable: true, nextDueAt: null }),
      mineDueSoon: mediation({ mediatorId: mediatorA, nextDueAt: inDays(1), sectorCode: 'food' }),
      mineOverdue: mediation({ mediatorId: mediatorA, nextDueAt: inDays(-2), overdueSince: inDays(-2) }),
      minePastDue: mediation({ mediatorId: mediatorA, nextDueAt: inDays(-0.5) }),
      mineLater: mediation({ mediatorId: mediatorA, nextDueAt: inDays(40), communeCode: otherCommune }),
      mineWaiting: mediation({ mediatorId: mediatorA, status: 'needs_info', resumeStatus: 'mediation' }),
      mineClosed: mediation({ mediatorId: mediatorA, status: 'resolved', closedAt: new Date(), outcome: 'explained' }),
      theirs: mediation({ mediatorId: mediatorB, nextDueAt: inDays(2) }),
      unassigned: mediation({ mediatorId: null, nextDueAt: inDays(25) }),
      unassignedUrgent: mediation({ mediatorId: null, priority: 1, vulnerable: true, nextDueAt: inDays(-1) }),
      elsewhere: mediation({ mediationOrgId: await orgId(ds, 'HBVNTD'), mediatorId: null }),
    };
    for (const [name, shape] of Object.entries(shapes)) cases[name] = (await createCase(ds, shape)).id;
    tokenA = await login(stack.http, 'hgv-a@queues.test');
    tokenB = await login(stack.http, 'hgv-b@queues.test');
    orgAdmin = await login(stack.http, 'admin-hg@queues.test');
    admin = await login(stack.http, 'admin@demo.test');
    officer = await login(stack.http, 'officer@demo.test');
  });

  afterAll(() => stack?.stop());

  const get = (token: string, path: string, query: Record<string, string | number | boolean> = {}) =>
    stack.http.get(`/api/v1/mediation/queues${path}`).query(query).set('Authorization', `Bearer ${token}`);

  const page = async (token: string, view: string, query: Record<string, string | number | boolean> = {}) =>
    (await get(token, `/${view}`, { limit: 200, ...query }).expect(200)).body as Page;

  const ids = (p: Page) => sorted(p.items.map((c) => c.id));
  const named = (...names: string[]) => sorted(names.map((n) => cases[n]));

  async function walk(token: string, view: string, query: Record<string, string | number> = {}): Promise<Item[]> {
    const seen: Item[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 50; pages += 1) {
      const p: Page = await page(token, view, { ...query, ...(cursor ? { cursor } : {}) });
      seen.push(...p.items);
      cursor = p.nextCursor;
      if (!cursor) break;
    }
    return seen;
  }

  describe('a mediator', () => {
    it('has their open cases, in any open status, in `mine`, and not another mediator’s or closed ones', async () => {
      const mine = await page(tokenA, 'mine');
      expect(mine.view).toBe('mine');
      expect(ids(mine)).toEqual(
        named('mineUrgent', 'mineDueSoon', 'mineOverdue', 'minePastDue', 'mineLater', 'mineWaiting'),
      );
      expect(mine.items.every((c) => c.mediatorId === mediatorA && c.mediationOrgId === org)).toBe(true);
      expect(mine.nextCursor).toBeNull();
      expect(ids(await page(tokenB, 'mine'))).toEqual(named('theirs'));
    });

    it('sees the priority case first, then by next due time with the undated last', async () => {
      const mine = await page(tokenA, 'mine');
      expect(mine.items).toEqual([...mine.items].sort(queueOrder));
      expect(mine.items.map((c) => c.id)).toEqual([
        cases.mineUrgent,
        cases.mineOverdue,
        cases.minePastDue,
        cases.mineDueSoon,
        cases.mineLater,
        cases.mineWaiting,
      ]);
    });

    it('has due_soon (within 3 working days) and overdue (clock run out, or next due time past)', async () => {
      expect(ids(await page(tokenA, 'due_soon'))).toEqual(named('mineDueSoon'));
      expect(ids(await page(tokenA, 'overdue'))).toEqual(named('mineOverdue', 'minePastDue'));
    });

    it('counts each of their views', async () => {
      const { body } = await get(tokenA, '').expect(200);
      expect(body.counts).toEqual({ mine: 6, due_soon: 1, overdue: 2 });
      expect(Object.keys(body.counts)).toEqual(['mine', 'due_soon', 'overdue']);
      expect(Date.parse(body.dueSoonUntil)).toBeGreaterThan(Date.now() + 3 * DAY_MS - 60_000);
      expect((await get(tokenB, '').expect(200)).body.counts).toEqual({ mine: 1, due_soon: 1, overdue: 0 });
    });

    it('filters by status, sector, commune and priority, in the pages and the counts', async () => {
      expect(ids(await page(tokenA, 'mine', { status: 'needs_info' }))).toEqual(named('mineWaiting'));
      expect(ids(await page(tokenA, 'mine', { sector: 'food' }))).toEqual(named('mineDueSoon'));
      expect(ids(await page(tokenA, 'mine', { commune: otherCommune }))).toEqual(named('mineLater'));
      expect(ids(await page(tokenA, 'mine', { priority: true }))).toEqual(named('mineUrgent'));
      expect(ids(await page(tokenA, 'overdue', { priority: false }))).toEqual(named('mineOverdue', 'minePastDue'));
      const { body } = await get(tokenA, '', { status: 'mediation', priority: false }).expect(200);
      expect(body.counts).toEqual({ mine: 4, due_soon: 1, overdue: 2 });
    });

    it('may not open the organisation’s views or another organisation’s queues (403)', async () => {
      await get(tokenA, '/unassigned').expect(403);
      await get(tokenA, '/organisation').expect(403);
      const other = await orgId(stack.dataSource, 'HBVNTD');
      await get(tokenA, '', { organisationId: other }).expect(403);
      await get(tokenA, '/mine', { organisationId: org }).expect(200);
    });
  });

  describe('a mediation admin', () => {
    it('has the organisation’s cases in mediation without a mediator in `unassigned`', async () => {
      const p = await page(orgAdmin, 'unassigned');
      expect(p.items.map((c) => c.id)).toEqual([cases.unassignedUrgent, cases.unassigned]);
      expect(p.items.every((c) => c.mediatorId === null)).toBe(true);
    });

    it('has every open case of the organisation in `organisation`, none of another', async () => {
      const p = await page(orgAdmin, 'organisation');
      expect(ids(p)).toEqual(
        named(
          'mineUrgent',
          'mineDueSoon',
          'mineOverdue',
          'minePastDue',
          'mineLater',
          'mineWaiting',
          'theirs',
          'unassigned',
          'unassignedUrgent',
        ),
      );
      expect(p.items).toEqual([...p.items].sort(queueOrder));
    });

    it('has due_soon and overdue across the organisation', async () => {
      expect(ids(await page(orgAdmin, 'due_soon'))).toEqual(named('mineDueSoon', 'theirs'));
      expect(ids(await page(orgAdmin, 'overdue'))).toEqual(named('mineOverdue', 'minePastDue', 'unassignedUrgent'));
    });

    it('counts each of the organisation’s views', async () => {
      const { body } = await get(orgAdmin, '').expect(200);
      expect(body.counts).toEqual({ unassigned: 2, organisation: 9, due_soon: 2, overdue: 3 });
      expect(Object.keys(body.counts)).toEqual(['unassigned', 'organisation', 'due_soon', 'overdue']);
    });

    it('may not open `mine` (403)', async () => {
      await get(orgAdmin, '/mine').expect(403);
    });
  });

  describe('an admin', () => {
    it('reads any organisation’s queues by organisationId', async () => {
      const { body } = await get(admin, '', { organisationId: org }).expect(200);
      expect(body.counts).toEqual({ unassigned: 2, organisation: 9, due_soon: 2, overdue: 3 });
      expect((await page(admin, 'unassigned', { organisationId: org })).items.map((c) => c.id)).toEqual([
        cases.unassignedUrgent,
        cases.unassigned,
      ]);
      const hbvntd = await page(admin, 'unassigned', { organisationId: await orgId(stack.dataSource, 'HBVNTD') });
      expect(hbvntd.items.map((c) => c.id)).toContain(cases.elsewhere);
    });

    it('must name the organisation (400 on organisationId)', async () => {
      const { body } = await get(admin, '/organisation').set('Accept-Language', 'en').expect(400);
      expect(body.errors).toEqual([{ field: 'organisationId', messages: ['is required'] }]);
    });
  });

  it('refuses other staff roles with 403', async () => {
    await get(officer, '').expect(403);
    await get(officer, '/organisation').expect(403);
    await get(await login(stack.http, 'analyst@demo.test'), '/mine').expect(403);
  });

  it('answers 400 naming the field for a bad view, filter, limit or cursor', async () => {
    const bad = async (path: string, query: Record<string, string | number>, field: string) => {
      const { body } = await get(tokenA, path, query).expect(400);
      expect(body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
      return body;
    };
    const view = await bad('/everything', {}, 'view');
    expect(view.errors[0].messages[0]).toMatch(/^Phải là một trong: mine, unassigned/);
    await bad('/mine', { commune: 'abc' }, 'commune');
    await bad('', { status: 'open' }, 'status');
    await bad('/mine', { priority: 'yes' }, 'priority');
    await bad('/mine', { limit: 0 }, 'limit');
    await bad('/mine', { organisationId: 'not-a-uuid' }, 'organisationId');
    await bad('/mine', { unknown: 1 }, 'unknown');
    const cursor = await bad('/mine', { cursor: 'bm90IGEgY3Vyc29y' }, 'cursor');
    expect(cursor.errors[0].messages).toEqual(['Con trỏ phân trang không hợp lệ']);
    // A date V8 accepts but PostgreSQL does not (30 February) is refused before it reaches the database.
    const feb30 = Buffer.from(JSON.stringify([0, '2027-02-30T00:00:00.000000Z', cases.mineLater])).toString(
      'base64url',
    );
    await bad('/mine', { cursor: feb30 }, 'cursor');
  });

  // Runs last: its cases join the organisation's queue.
  it('walks the organisation’s queue page by page, each case once, in order, through ties to the microsecond', async () => {
    const ds = stack.dataSource;
    const tie = inDays(10);
    const more: string[] = [];
    for (let i = 0; i < 14; i += 1) {
      const shape: CaseOverrides = {
        status: 'mediation',
        mediationOrgId: org,
        mediatorId: i % 3 === 0 ? null : mediatorB,
        priority: i % 5 === 0 ? 1 : 0,
        nextDueAt: i % 4 === 0 ? null : tie,
      };
      more.push((await createCase(ds, shape)).id);
    }
    // Three due times inside one millisecond: a cursor at a JS Date's precision would repeat or skip them.
    await ds.query(
      `UPDATE cases SET next_due_at = timestamptz '2030-01-01 00:00:00.123456+00' + (n * interval '1 microsecond')
       FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n) WHERE cases.id = t.id`,
      [more.slice(1, 4)],
    );
    const all = await page(orgAdmin, 'organisation');
    expect(all.items).toHaveLength(23);
    for (const limit of [1, 2, 5]) {
      const seen = await walk(orgAdmin, 'organisation', { limit });
      expect(seen.map((c) => c.id)).toEqual(all.items.map((c) => c.id));
    }
    const unassigned = await walk(orgAdmin, 'unassigned', { limit: 2 });
    expect(sorted(unassigned.map((c) => c.id))).toEqual(
      sorted([cases.unassigned, cases.unassignedUrgent, ...more.filter((_, i) => i % 3 === 0)]),
    );
    expect(unassigned).toEqual([...unassigned].sort(queueOrder));
    const first = await page(orgAdmin, 'organisation', { limit: 4 });
    expect(first.items).toHaveLength(4);
    expect(first.nextCursor).toEqual(expect.any(String));
  });
});
