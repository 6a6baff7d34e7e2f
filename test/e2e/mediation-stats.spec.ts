import { toLocalDate } from '@app/domain';
import { OrganisationEntity } from '@app/persistence';
import { createCase, createStaff, login, orgId, Stack, startStack } from '../support/case-factory';

// Mediation outcomes per organisation and mediator (issue section 8), from timeline events at known
// dates: Tết 2026 (14–22 Feb) is not counted in the working days; days are Asia/Ho_Chi_Minh days.

interface Figures {
  assigned: number;
  concluded: number;
  successes: number;
  successRate: number | null;
  medianWorkingDays: number | null;
}
interface OrgStats extends Figures {
  organisationId: string;
  name: string | null;
  mediators: (Figures & { mediatorId: string; name: string | null })[];
}

describe('GET /api/v1/mediation/stats', () => {
  let stack: Stack;
  const org = {} as Record<'A' | 'B', string>;
  const med = {} as Record<'m1' | 'm2' | 'm3' | 'idle', string>;
  const token = {} as Record<'association' | 'analyst' | 'adminA' | 'officer' | 'mediator', string>;

  const event = (caseId: string, action: string, at: string, detail: object = {}, toStatus: string | null = null) =>
    stack.dataSource.query(
      `INSERT INTO case_events (case_id, at, actor_kind, action, to_status, visibility, data)
       VALUES ($1, $2, 'staff', $3, $4, 'internal', $5)`,
      [caseId, at, action, toStatus, JSON.stringify({ public: {}, detail })],
    );

  /** A case mediated by `orgCode` (columns as the workflow leaves them); its events are added by the test. */
  async function mediated(organisation: string, mediatorId: string, mediationAt: string, status = 'mediation') {
    const c = await createCase(stack.dataSource);
    await stack.dataSource.query(
      `UPDATE cases SET status = $2, mediation_org_id = $3, mediator_id = $4, mediation_at = $5 WHERE id = $1`,
      [c.id, status, organisation, mediatorId, mediationAt],
    );
    return c.id;
  }

  beforeAll(async () => {
    stack = await startStack();
    const orgs = stack.dataSource.getRepository(OrganisationEntity);
    for (const [key, name] of [
      ['A', 'Trung tâm Hòa giải A'],
      ['B', 'Trung tâm Hòa giải B'],
    ] as const) {
      await orgs.save({ code: `E2E-MED-${key}`, name, kind: 'mediation_organisation', mediationType: 'b' });
      org[key] = await orgId(stack.dataSource, `E2E-MED-${key}`);
    }
    const staff = (email: string, role: 'mediator' | 'mediation_admin', orgCode: string) =>
      createStaff(stack.dataSource, { email, role, orgCode });
    med.m1 = await staff('stats-m1@e2e.test', 'mediator', 'E2E-MED-A');
    med.m2 = await staff('stats-m2@e2e.test', 'mediator', 'E2E-MED-A');
    med.idle = await staff('stats-idle@e2e.test', 'mediator', 'E2E-MED-A');
    med.m3 = await staff('stats-m3@e2e.test', 'mediator', 'E2E-MED-B');
    await staff('stats-admin-a@e2e.test', 'mediation_admin', 'E2E-MED-A');
    token.adminA = await login(stack.http, 'stats-admin-a@e2e.test');
    token.mediator = await login(stack.http, 'stats-m1@e2e.test');
    for (const role of ['association', 'analyst', 'officer'] as const) {
      token[role] = await login(stack.http, `${role}@demo.test`);
    }

    // c1 (A, m1): requested Tue 10 Feb, settled Wed 25 Feb 2026: 11–13 Feb + 23–25 Feb = 6 wd (Tết between).
    const c1 = await mediated(org.A, med.m1, '2026-02-09T03:00:00Z', 'resolved');
    await event(c1, 'request_mediation', '2026-02-10T03:00:00Z', { organisationId: org.A });
    await event(c1, 'mediator_assigned', '2026-02-11T03:00:00Z', { mediatorId: med.m1 });
    await event(c1, 'record_mediation_result', '2026-02-25T08:00:00Z', { result: 'success' }, 'resolved');
    // c2 (A, m1): started Mon 2 Mar (cases.mediation_at, no request event), failed Fri 6 Mar: 4 wd.
    const c2 = await mediated(org.A, med.m1, '2026-03-02T02:00:00Z', 'unresolved');
    await event(c2, 'mediator_assigned', '2026-03-02T05:00:00Z', { mediatorId: med.m1 });
    await event(c2, 'record_mediation_result', '2026-03-06T09:00:00Z', { result: 'failure' }, 'unresolved');
    // c3 (A, m2): started Thu 12 Feb, settled Tue 3 Mar: 13 Feb, 23–27 Feb, 2–3 Mar = 8 wd.
    const c3 = await mediated(org.A, med.m2, '2026-02-12T01:00:00Z', 'resolved');
    await event(c3, 'mediator_assigned', '2026-02-12T04:00:00Z', { mediatorId: med.m2 });
    await event(c3, 'record_mediation_result', '2026-03-03T04:00:00Z', { result: 'success' }, 'resolved');
    // c4 (A, m2): assigned at 23:30 on 31 Mar in Hanoi (16:30 UTC): inside the period; not concluded.
    const c4 = await mediated(org.A, med.m2, '2026-03-31T10:00:00Z');
    await event(c4, 'mediator_assigned', '2026-03-31T16:30:00Z', { mediatorId: med.m2 });
    // A failed session with "continue" keeps c4's mediation open: not a conclusion.
    const goOn = { result: 'failure', nextStep: 'continue' };
    await event(c4, 'record_mediation_result', '2026-03-31T16:45:00Z', goOn, 'mediation');
    // c5 (A, m1): assigned in January, settled at 00:30 on 1 Apr in Hanoi (17:30 UTC on 31 Mar): outside.
    const c5 = await mediated(org.A, med.m1, '2026-01-19T03:00:00Z', 'resolved');
    await event(c5, 'mediator_assigned', '2026-01-20T03:00:00Z', { mediatorId: med.m1 });
    await event(c5, 'record_mediation_result', '2026-03-31T17:30:00Z', { result: 'success' }, 'resolved');
    // c6 (B, m3): started Mon 2 Mar, settled Thu 5 Mar: 3 wd.
    const c6 = await mediated(org.B, med.m3, '2026-03-02T02:00:00Z', 'resolved');
    await event(c6, 'mediator_assigned', '2026-03-03T02:00:00Z', { mediatorId: med.m3 });
    await event(c6, 'record_mediation_result', '2026-03-05T09:00:00Z', { result: 'success' }, 'resolved');
  });
  afterAll(() => stack?.stop());

  const get = (who: keyof typeof token, query = 'from=2026-02-01&to=2026-03-31') =>
    stack.http.get(`/api/v1/mediation/stats?${query}`).set('Authorization', `Bearer ${token[who]}`);
  const orgOf = (body: { organisations: OrgStats[] }, id: string) =>
    body.organisations.find((o) => o.organisationId === id);

  it('counts per organisation: assigned, concluded, settlements, rate, median working days across Tết', async () => {
    const res = await get('association').expect(200);
    expect(res.body).toMatchObject({ from: '2026-02-01', to: '2026-03-31' });
    expect(orgOf(res.body, org.A)).toMatchObject({
      name: 'Trung tâm Hòa giải A',
      assigned: 4, // c1, c2, c3, c4 (c5 was assigned in January)
      concluded: 3, // c1, c2, c3 (c5 concluded on 1 Apr in Hanoi)
      successes: 2,
      successRate: 0.6667,
      medianWorkingDays: 6, // 4, 6, 8
    });
    expect(orgOf(res.body, org.B)).toMatchObject({
      assigned: 1,
      concluded: 1,
      successes: 1,
      successRate: 1,
      medianWorkingDays: 3,
    });
  });

  it('counts per mediator, listing a mediator with nothing yet', async () => {
    const res = await get('analyst').expect(200);
    const mediators = orgOf(res.body, org.A)?.mediators ?? [];
    const byId = (id: string) => mediators.find((m) => m.mediatorId === id);
    expect(byId(med.m1)).toMatchObject({
      name: 'stats-m1@e2e.test',
      assigned: 2,
      concluded: 2,
      successes: 1,
      successRate: 0.5,
      medianWorkingDays: 5,
    });
    expect(byId(med.m2)).toMatchObject({
      assigned: 2,
      concluded: 1,
      successes: 1,
      successRate: 1,
      medianWorkingDays: 8,
    });
    expect(byId(med.idle)).toMatchObject({
      assigned: 0,
      concluded: 0,
      successes: 0,
      successRate: null,
      medianWorkingDays: null,
    });
    expect(mediators.map((m) => m.mediatorId)).not.toContain(med.m3);
  });

  it('days are whole days in Hanoi, both ends included: to=2026-04-01 takes in c5', async () => {
    const res = await get('association', 'from=2026-02-01&to=2026-04-01').expect(200);
    expect(orgOf(res.body, org.A)).toMatchObject({ assigned: 4, concluded: 4, successes: 3, successRate: 0.75 });
    const march = await get('association', 'from=2026-03-01&to=2026-03-31').expect(200);
    expect(orgOf(march.body, org.A)).toMatchObject({ assigned: 2, concluded: 2, successes: 1 }); // c2, c4; c2, c3
  });

  it('a mediation organisation’s admin sees their own organisation only', async () => {
    const res = await get('adminA').expect(200);
    expect(res.body.organisations.map((o: OrgStats) => o.organisationId)).toEqual([org.A]);
    expect(res.body.total).toEqual({
      assigned: 4,
      concluded: 3,
      successes: 2,
      successRate: 0.6667,
      medianWorkingDays: 6,
    });
  });

  it('officers and mediators may not read the figures (403)', async () => {
    await get('officer').expect(403);
    await get('mediator').expect(403);
    await stack.http.get('/api/v1/mediation/stats').expect(401);
  });

  it('defaults to the 12 months ending today (Hanoi)', async () => {
    const res = await get('association', '').expect(200);
    const today = toLocalDate(new Date());
    expect(res.body.to).toBe(today);
    const [y, m, d] = today.split('-').map(Number);
    const from = new Date(Date.UTC(y - 1, m - 1, d + 1)).toISOString().slice(0, 10);
    if (!(m === 2 && d === 29)) expect(res.body.from).toBe(from);
  });

  it('refuses malformed dates and a period ending before it starts (400, field messages in vi or en)', async () => {
    const bad = await get('association', 'from=2026-13-01&to=31-03-2026').expect(400);
    expect(bad.body.errors).toEqual([
      { field: 'from', messages: ['Ngày phải có dạng YYYY-MM-DD'] },
      { field: 'to', messages: ['Ngày phải có dạng YYYY-MM-DD'] },
    ]);
    const reversed = await get('association', 'from=2026-03-31&to=2026-02-01').expect(400);
    expect(reversed.body.errors).toEqual([{ field: 'to', messages: ['Không được trước ngày bắt đầu (from)'] }]);
    const en = await get('association', 'from=2026-03-31&to=2026-02-01').set('Accept-Language', 'en').expect(400);
    expect(en.body.errors).toEqual([{ field: 'to', messages: ['must not be before `from`'] }]);
    await get('association', 'from=2026-02-01&unit=x').expect(400);
  });
});
