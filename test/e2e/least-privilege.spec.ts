import {
  createCase,
  CreatedCase,
  detail,
  driveTo,
  login,
  putInMediation,
  Stack,
  startStack,
  userId,
} from '../support/case-factory';

const PHONE = '0987654321';
const NOTE = `Đã gọi người tiêu dùng ở số ${PHONE}`;

interface Party {
  role: string;
  email: string | null;
  phone: string | null;
}
interface Event {
  action: string;
  visibility: string;
  data: { public?: Record<string, unknown>; detail?: Record<string, unknown> };
}

// Issue 12 item 8: least privilege on personal data.
describe('least privilege on the parties’ personal data', () => {
  let stack: Stack;
  let kase: CreatedCase;
  const token = {} as Record<'officer' | 'analyst' | 'mediator' | 'mediation_admin' | 'admin', string>;

  beforeAll(async () => {
    stack = await startStack();
    for (const role of Object.keys({ officer: 1, analyst: 1, mediator: 1, mediation_admin: 1, admin: 1 })) {
      token[role as keyof typeof token] = await login(stack.http, `${role}@demo.test`);
    }
    kase = await createCase(stack.dataSource, { consumer: { phone: PHONE, name: 'Nguyễn Thị Lan' } });
    await driveTo(stack.http, token.officer, kase.id, 'consultation');
    const auth = (role: keyof typeof token) => ({ Authorization: `Bearer ${token[role]}` });
    await stack.http.post(`/api/v1/cases/${kase.id}/notes`).set(auth('officer')).send({ body: NOTE }).expect(201);
    await stack.http
      .post(`/api/v1/cases/${kase.id}/messages`)
      .set(auth('officer'))
      .send({ to: 'consumer', body: 'Xin gửi thêm ảnh sản phẩm.' })
      .expect(201);
    await putInMediation(stack.dataSource, kase.id, 'HBVNTD', await userId(stack.dataSource, 'mediator@demo.test'));
    await stack.http
      .post(`/api/v1/cases/${kase.id}/notes`)
      .set(auth('mediator'))
      .send({ body: 'Ghi chú của hòa giải viên' })
      .expect(201);
  });

  afterAll(() => stack?.stop());

  const get = (role: keyof typeof token, path: string) =>
    stack.http.get(`/api/v1${path}`).set('Authorization', `Bearer ${token[role]}`);

  describe('analysts', () => {
    it('see no contact data in the queue, the detail, the timeline or the emails', async () => {
      const answers = await Promise.all(
        ['/cases?limit=200', `/cases/${kase.id}`, `/cases/${kase.id}/events`, `/cases/${kase.id}/notifications`].map(
          async (path) => JSON.stringify((await get('analyst', path).expect(200)).body),
        ),
      );
      for (const text of answers) {
        expect(text).not.toContain(PHONE);
        expect(text).not.toContain(kase.consumerEmail);
        expect(text).not.toContain(kase.businessEmail);
        expect(text).not.toContain(kase.consumerEmail.slice(kase.consumerEmail.indexOf('@')));
      }
      const parties = (await get('analyst', `/cases/${kase.id}`).expect(200)).body.parties as Party[];
      expect(parties.map((p) => [p.role, p.email, p.phone])).toEqual([
        ['consumer', null, null],
        ['business', null, null],
      ]);
      const notifications = (await get('analyst', `/cases/${kase.id}/notifications`).expect(200)).body;
      expect(notifications.length).toBeGreaterThan(0);
      expect(notifications.every((n: { recipient: string }) => n.recipient === '***')).toBe(true);
    });

    it('while the officer sees them', async () => {
      const parties = (await detail(stack.http, token.officer, kase.id).expect(200)).body.parties as Party[];
      expect(parties.find((p) => p.role === 'consumer')).toMatchObject({ email: kase.consumerEmail, phone: PHONE });
      const events = (await get('officer', `/cases/${kase.id}/events`).expect(200)).body as Event[];
      expect(events.find((e) => e.action === 'note' && e.visibility === 'internal')?.data.detail).toEqual({
        body: NOTE,
      });
    });
  });

  describe('an external mediation organisation', () => {
    it('does not see the department’s internal notes; the mediation’s own notes stay', async () => {
      for (const role of ['mediator', 'mediation_admin'] as const) {
        const events = (await get(role, `/cases/${kase.id}/events`).expect(200)).body as Event[];
        expect(JSON.stringify(events)).not.toContain(PHONE);
        expect(events.filter((e) => e.action === 'note').map((e) => e.visibility)).toEqual(['confidential']);
        expect(events.map((e) => e.action)).toContain('message');
      }
    });
  });

  describe('the contact access log', () => {
    beforeAll(() => stack.dataSource.query('DELETE FROM contact_access_log'));

    const log = (query: Record<string, string> = {}) => get('admin', '/admin/access-log').query(query);

    it('records each view of the parties’ contact data by staff, not views without it', async () => {
      await detail(stack.http, token.officer, kase.id).expect(200);
      await detail(stack.http, token.analyst, kase.id).expect(200);
      await get('officer', '/cases?limit=5').expect(200);
      const res = await log({ caseId: kase.id }).expect(200);
      expect(res.body.items).toEqual([
        {
          id: expect.any(String),
          at: expect.any(String),
          userId: await userId(stack.dataSource, 'officer@demo.test'),
          userName: 'Cán bộ tiếp nhận (demo)',
          userRole: 'officer',
          caseId: kase.id,
          trackingCode: kase.trackingCode,
          what: 'case_detail',
          fileId: null,
        },
      ]);
    });

    it('pages newest first and filters by user and case, for admins only', async () => {
      const other = await createCase(stack.dataSource);
      await detail(stack.http, token.admin, other.id).expect(200);
      await detail(stack.http, token.admin, kase.id).expect(200);
      const first = await log({ limit: '2' }).expect(200);
      expect(first.body.items.map((r: { caseId: string }) => r.caseId)).toEqual([kase.id, other.id]);
      const second = await log({ limit: '2', cursor: first.body.nextCursor }).expect(200);
      expect(second.body.items.map((r: { userRole: string }) => r.userRole)).toEqual(['officer']);
      expect(second.body.nextCursor).toBeNull();
      const admin = await userId(stack.dataSource, 'admin@demo.test');
      const byAdmin = await log({ userId: admin, caseId: kase.id }).expect(200);
      expect(byAdmin.body.items).toHaveLength(1);
      await log({ cursor: 'abc' }).expect(400);
      await log({ caseId: 'nope' }).expect(400);
      await get('officer', '/admin/access-log').expect(403);
      await get('analyst', '/admin/access-log').expect(403);
    });

    it('records the contact data returned by a staff action’s answer too', async () => {
      const other = await createCase(stack.dataSource, { consumer: { phone: PHONE } });
      const { version } = (await detail(stack.http, token.officer, other.id).expect(200)).body;
      await stack.dataSource.query('DELETE FROM contact_access_log WHERE case_id = $1', [other.id]);
      const res = await stack.http
        .post(`/api/v1/cases/${other.id}/actions/accept`)
        .set('Authorization', `Bearer ${token.officer}`)
        .send({ version })
        .expect(200);
      expect(res.body.parties.some((p: Party) => p.phone === PHONE)).toBe(true);
      const logged = await log({ caseId: other.id }).expect(200);
      expect(logged.body.items.map((r: { what: string; userRole: string }) => [r.what, r.userRole])).toEqual([
        ['case_detail', 'officer'],
      ]);
    });
  });

  it('a failing log write does not fail the view', async () => {
    await stack.dataSource.query('ALTER TABLE contact_access_log RENAME TO contact_access_log_away');
    try {
      const res = await detail(stack.http, token.officer, kase.id).expect(200);
      expect(res.body.id).toBe(kase.id);
    } finally {
      await stack.dataSource.query('ALTER TABLE contact_access_log_away RENAME TO contact_access_log');
    }
  });
});
