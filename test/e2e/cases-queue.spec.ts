import { createCase, driveTo, login, orgId, Stack, startStack, userId } from '../support/case-factory';

interface Summary {
  id: string;
  status: string;
  priority: number;
  nextDueAt: string | null;
  assigneeId: string | null;
}

const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS);

/** The queue order: priority first, then the next due date (none last), then id. */
function queueOrder(a: Summary, b: Summary): number {
  const due = (s: Summary) => (s.nextDueAt === null ? Infinity : Date.parse(s.nextDueAt));
  return b.priority - a.priority || due(a) - due(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

describe('the case queue', () => {
  let stack: Stack;
  let officer: string;
  let supervisor: string;
  let urgent: string;
  const assignedToSupervisor: string[] = [];

  beforeAll(async () => {
    stack = await startStack();
    officer = await login(stack.http, 'officer@demo.test');
    supervisor = await login(stack.http, 'supervisor@demo.test');
    const tie = inDays(2);
    // Twelve cases besides the five demo ones: ties on the due date, cases without one, one vulnerable and due soon.
    const shapes = [
      { priority: 1, vulnerable: true, nextDueAt: inDays(1) },
      { priority: 1, vulnerable: true, nextDueAt: null },
      ...Array.from({ length: 4 }, () => ({ nextDueAt: tie })),
      { nextDueAt: inDays(1) },
      { nextDueAt: inDays(5) },
      { nextDueAt: inDays(-1) },
      ...Array.from({ length: 3 }, () => ({ nextDueAt: null })),
    ];
    const ids: string[] = [];
    for (const shape of shapes) ids.push((await createCase(stack.dataSource, shape)).id);
    urgent = ids[0];
    for (const id of ids.slice(6, 8)) await driveTo(stack.http, supervisor, id, 'consultation');
    assignedToSupervisor.push(...ids.slice(6, 8));
    for (const id of ids.slice(2, 4)) await driveTo(stack.http, officer, id, 'consultation');
    // A case of another unit, which the SCT officers must not see.
    await createCase(stack.dataSource, { handlingOrgId: await orgId(stack.dataSource, 'UBND-05443') });
  });

  afterAll(() => stack?.stop());

  const list = async (token: string, query: Record<string, string | number>) =>
    (await stack.http.get('/api/v1/cases').query(query).set('Authorization', `Bearer ${token}`).expect(200)).body as {
      items: Summary[];
      nextCursor: string | null;
      total: number;
    };

  async function walk(token: string, query: Record<string, string | number>): Promise<Summary[]> {
    const seen: Summary[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const page = await list(token, { ...query, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items);
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    return seen;
  }

  const idsWhere = async (sql: string, params: unknown[]) =>
    (await stack.dataSource.query<{ id: string }[]>(`SELECT id FROM cases WHERE ${sql}`, params))
      .map((r) => r.id)
      .sort();

  it('puts the vulnerable case that is due first at the top, and sorts by priority, due date, id', async () => {
    const page = await list(officer, { limit: 200 });
    expect(page.items[0].id).toBe(urgent);
    expect(page.items).toEqual([...page.items].sort(queueOrder));
    expect(page.items.findIndex((c) => c.nextDueAt === null && c.priority === 0)).toBeGreaterThan(
      page.items.findLastIndex((c) => c.nextDueAt !== null && c.priority === 0),
    );
  });

  it('walks every case of the unit exactly once, five at a time, in queue order', async () => {
    const seen = await walk(officer, { limit: 5 });
    const expected = await idsWhere('handling_org_id = $1', [await orgId(stack.dataSource, 'SCT')]);
    expect(expected).toHaveLength(17);
    expect(seen.map((c) => c.id).sort()).toEqual(expected);
    expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort(queueOrder));
    expect((await list(officer, { limit: 5 })).total).toBe(17);
  });

  it('filters by status', async () => {
    const page = await list(officer, { status: 'consultation', limit: 200 });
    const sct = await orgId(stack.dataSource, 'SCT');
    const expected = await idsWhere(`status = 'consultation' AND handling_org_id = $1`, [sct]);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(page.items.every((c) => c.status === 'consultation')).toBe(true);
    expect(page.items.map((c) => c.id).sort()).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });

  it('assignee=me lists the caller’s own cases', async () => {
    const mine = await list(supervisor, { assignee: 'me', limit: 200 });
    expect(mine.items.map((c) => c.id).sort()).toEqual([...assignedToSupervisor].sort());
    expect(mine.total).toBe(2);
    const officerId = await userId(stack.dataSource, 'officer@demo.test');
    const theirs = await list(officer, { assignee: 'me', limit: 200 });
    expect(theirs.items.map((c) => c.id).sort()).toEqual(await idsWhere('assignee_id = $1', [officerId]));
    expect(theirs.items.every((c) => c.assigneeId === officerId)).toBe(true);
  });

  it('rejects an assignee that is neither `me` nor a user id with 400', async () => {
    await stack.http.get('/api/v1/cases?assignee=nobody').set('Authorization', `Bearer ${officer}`).expect(400);
  });

  // Runs last: its cases would otherwise join the unit's queue above.
  it('walks cases whose due date carries microseconds (as timestamptz stores them) exactly once', async () => {
    const [{ code }] = await stack.dataSource.query(
      `SELECT code FROM communes WHERE code <> '05443' ORDER BY code LIMIT 1`,
    );
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) ids.push((await createCase(stack.dataSource, { communeCode: code })).id);
    await stack.dataSource.query(
      `UPDATE cases SET next_due_at = timestamptz '2030-01-01 00:00:00.123456+00' WHERE id = ANY($1)`,
      [ids],
    );
    const seen = await walk(officer, { commune: code, limit: 2 });
    expect(seen.map((c) => c.id)).toEqual([...ids].sort());
  });
});
