import { endOfLocalDay, OFFICIAL_YEAR_TABLES, toLocalDate, WorkingDayCalendar } from '@app/domain';
import { createCase, detail, login, orgId, Stack, startStack } from '../support/case-factory';

interface Row {
  id: string;
  status: string;
  businessName: string | null;
  nextDueAt: string | null;
  nextDue: { kind: string; dueAt: string; workingDaysLeft: number } | null;
  badges: string[];
}
interface Page {
  items: Row[];
  nextCursor: string | null;
  total: number;
  counts: { total: number; overdue: number; priority: number; new: number; atLeast: string[] };
}

const DAY_MS = 86_400_000;

// Issue 10 "Case work": a queue row shows the business, the next deadline with the working days
// left, and badges; the page carries the counts the screens show.
describe('GET /api/v1/cases rows and counts', () => {
  let stack: Stack;
  let officer: string;
  let commune: string;
  const id = {} as Record<'vulnerable' | 'overdue' | 'flagged' | 'plain', string>;
  let dueIn3: Date;

  const deadline = (caseId: string, kind: string, status: string, dueAt: Date) =>
    stack.dataSource.query(
      `INSERT INTO case_deadlines (case_id, kind, status, started_at, due_at) VALUES ($1, $2, $3, now(), $4)`,
      [caseId, kind, status, dueAt],
    );

  beforeAll(async () => {
    stack = await startStack();
    officer = await login(stack.http, 'officer@demo.test');
    // The rows of this file stand in a commune of their own, so the demo cases stay out of the counts.
    [{ code: commune }] = await stack.dataSource.query(
      `SELECT code FROM communes WHERE code <> '05443' ORDER BY code LIMIT 1`,
    );
    const now = new Date();
    // 24:00 of the third working day after today (Vietnamese calendar): three working days left.
    dueIn3 = endOfLocalDay(new WorkingDayCalendar(OFFICIAL_YEAR_TABLES).addWorkingDays(toLocalDate(now), 3));
    const past = new Date(now.getTime() - 10 * DAY_MS);

    id.vulnerable = (
      await createCase(stack.dataSource, {
        communeCode: commune,
        priority: 1,
        vulnerable: true,
        nextDueAt: dueIn3,
        business: { name: 'Cửa hàng Ánh Dương' },
      })
    ).id;
    // A clock that is no one's duty falls due earlier: it is not the row's next deadline.
    await deadline(id.vulnerable, 'settlement_performance', 'pending', new Date(now.getTime() + DAY_MS));
    await deadline(id.vulnerable, 'business_acknowledgement', 'pending', dueIn3);

    id.overdue = (await createCase(stack.dataSource, { communeCode: commune, nextDueAt: past, overdueSince: past })).id;
    await deadline(id.overdue, 'triage', 'pending', past);

    id.flagged = (
      await createCase(stack.dataSource, {
        communeCode: commune,
        status: 'consultation',
        possibleDuplicateOf: id.vulnerable,
        attentionReason: 'follow_up_due',
        attentionSince: now,
      })
    ).id;
    id.plain = (await createCase(stack.dataSource, { communeCode: commune })).id;
    // Another unit's case in the same commune: outside the officer's scope and counts.
    await createCase(stack.dataSource, {
      communeCode: commune,
      vulnerable: true,
      priority: 1,
      handlingOrgId: await orgId(stack.dataSource, 'UBND-05443'),
    });
  });

  afterAll(() => stack?.stop());

  const list = async (query: Record<string, string | number>) =>
    (await stack.http.get('/api/v1/cases').query(query).set('Authorization', `Bearer ${officer}`).expect(200))
      .body as Page;

  it('shows the business, the next duty deadline with the working days left, and the badges', async () => {
    const page = await list({ commune, limit: 50 });
    const row = (caseId: string) => page.items.find((r) => r.id === caseId) as Row;
    expect(row(id.vulnerable)).toMatchObject({
      businessName: 'Cửa hàng Ánh Dương',
      nextDue: { kind: 'business_acknowledgement', dueAt: dueIn3.toISOString(), workingDaysLeft: 3 },
      badges: ['vulnerable'],
    });
    expect(row(id.overdue).nextDue?.kind).toBe('triage');
    expect(row(id.overdue).nextDue?.workingDaysLeft).toBeLessThan(0);
    expect(row(id.overdue).badges).toEqual(['overdue']);
    expect(row(id.flagged)).toMatchObject({
      businessName: 'Cửa hàng ABC',
      nextDue: null,
      badges: ['possible_duplicate', 'attention'],
    });
    expect(row(id.plain)).toMatchObject({ nextDue: null, badges: [] });
  });

  it('counts the caller’s scope with the filters: total, overdue, priority, new', async () => {
    const all = await list({ commune, limit: 1 });
    expect(all.counts).toEqual({ total: 4, overdue: 1, priority: 1, new: 3, atLeast: [] });
    expect(all.total).toBe(4);
    expect((await list({ commune, priority: 'true' })).counts).toEqual({
      total: 1,
      overdue: 0,
      priority: 1,
      new: 1,
      atLeast: [],
    });
    expect((await list({ commune, status: 'consultation' })).counts).toEqual({
      total: 1,
      overdue: 0,
      priority: 0,
      new: 0,
      atLeast: [],
    });
    expect((await list({ commune, overdue: 'false' })).counts).toEqual({
      total: 3,
      overdue: 0,
      priority: 1,
      new: 2,
      atLeast: [],
    });
  });

  it('keeps the cursor contract: one row a page, each case once, the counts the same on every page', async () => {
    const seen: Row[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const page: Page = await list({ commune, limit: 1, ...(cursor ? { cursor } : {}) });
      expect(page.counts.total).toBe(4);
      seen.push(...page.items);
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    expect(seen.map((r) => r.id)).toEqual([id.vulnerable, id.overdue, ...[id.flagged, id.plain].sort()]);
  });

  it('the case detail carries the same row fields', async () => {
    const res = await detail(stack.http, officer, id.vulnerable).expect(200);
    expect(res.body).toMatchObject({
      businessName: 'Cửa hàng Ánh Dương',
      nextDue: { kind: 'business_acknowledgement', workingDaysLeft: 3 },
      badges: ['vulnerable'],
    });
  });
});
