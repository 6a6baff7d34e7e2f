import type { INestApplicationContext } from '@nestjs/common';
import { endOfLocalDay, addDays, toLocalDate } from '@app/domain';
import { createCase, createStaff, login, Stack, startStack } from '../support/case-factory';
import { startWorker } from '../support/test-app';
import { waitFor } from '../support/wait';

// Business warnings (Decree 55/2024 Art 24.3 spirit; Plan 126 "inform and warn consumers"): staff
// propose from the substantiated complaints against a tax code, a supervisor other than the proposer
// approves, the public sees the warning for 30 days, then the worker archives it.
describe('business warnings', () => {
  let stack: Stack;
  let worker: INestApplicationContext | undefined;
  const token = {} as Record<'officer' | 'supervisor' | 'supervisor2' | 'analyst' | 'admin' | 'association', string>;
  const TAX = '4600123456';
  const QUIET_TAX = '4600999999';
  const consumer = { name: 'Phạm Thị Hương', email: 'huong.pham@example.org', phone: '0987001122' };
  let substantiated: string[] = [];

  const as = (who: keyof typeof token) => ({ Authorization: `Bearer ${token[who]}` });
  const propose = (who: keyof typeof token, body: object = {}) =>
    stack.http
      .post('/api/v1/warnings')
      .set(as(who))
      .send({
        businessName: 'Công ty TNHH Điện máy Phương Nam',
        taxCode: TAX,
        kind: 'refusing_warranty',
        summary: 'Doanh nghiệp nhiều lần từ chối bảo hành máy giặt còn trong thời hạn bảo hành 24 tháng.',
        ...body,
      });
  const decide = (who: keyof typeof token, id: string, action: 'approve' | 'reject', body: object = {}) =>
    stack.http.post(`/api/v1/warnings/${id}/${action}`).set(as(who)).send(body);
  const publicList = (query = '') => stack.http.get(`/api/v1/public/warnings${query}`);

  beforeAll(async () => {
    // A short sweep interval: the archive job runs soon once the worker starts (late in this file).
    stack = await startStack({ seed: false, env: { DEADLINE_SWEEP_INTERVAL: '1' } });
    const ds = stack.dataSource;
    const staff: [keyof typeof token, 'officer' | 'analyst' | 'admin' | 'association', string, boolean][] = [
      ['officer', 'officer', 'SCT', false],
      ['supervisor', 'officer', 'SCT', true],
      ['supervisor2', 'analyst', 'SCT', true],
      ['analyst', 'analyst', 'SCT', false],
      ['admin', 'admin', 'SCT', false],
      ['association', 'association', 'HBVNTD', true],
    ];
    for (const [key, role, orgCode, supervisor] of staff) {
      await createStaff(ds, { email: `w-${key}@e2e.test`, role, orgCode, supervisor });
      token[key] = await login(stack.http, `w-${key}@e2e.test`);
    }
    const closed = async (status: string) =>
      (
        await createCase(ds, {
          status,
          closedAt: new Date(),
          outcome: status === 'resolved' ? 'monetary_relief' : 'explained',
          consumer,
          business: { taxCode: TAX, name: 'Điện máy Phương Nam' },
        })
      ).id;
    substantiated = [await closed('resolved'), await closed('resolved'), await closed('unresolved')];
    // Not substantiated: still open, or refused, or against another business.
    await createCase(ds, { status: 'negotiation', consumer, business: { taxCode: TAX } });
    await createCase(ds, { status: 'refused', closedAt: new Date(), consumer, business: { taxCode: TAX } });
    await createCase(ds, { status: 'resolved', closedAt: new Date(), business: { taxCode: '4600111111' } });
  });
  afterAll(async () => {
    await worker?.close();
    await stack?.stop();
  });

  let published: string;

  it('an officer proposes: counts and cases are computed from the closed complaints against the tax code', async () => {
    const res = await propose('officer').expect(201);
    expect(res.body).toMatchObject({
      status: 'proposed',
      taxCode: TAX,
      kind: { code: 'refusing_warranty', label: 'Từ chối bảo hành' },
      counts: { substantiatedComplaints: 3, resolved: 2, unresolved: 1 },
      publishedAt: null,
      expiresAt: null,
      public: false,
    });
    expect([...res.body.caseIds].sort()).toEqual([...substantiated].sort());
    published = res.body.id;
    expect((await publicList().expect(200)).body).toEqual([]);
  });

  it('only a supervisor or an admin approves, never the proposer (403); other roles may not propose', async () => {
    const notSupervisor = await decide('officer', published, 'approve').expect(403);
    expect(notSupervisor.body.error).toBe('not_a_supervisor');
    await decide('analyst', published, 'approve').expect(403);
    await decide('association', published, 'approve').expect(403);
    await propose('association').expect(403);

    const own = (await propose('supervisor').expect(201)).body.id as string;
    const refused = await decide('supervisor', own, 'approve').set('Accept-Language', 'en').expect(403);
    expect(refused.body).toMatchObject({
      error: 'own_proposal',
      message: 'the proposer cannot approve their own warning',
    });
    const ownAdmin = (await propose('admin').expect(201)).body.id as string;
    expect((await decide('admin', ownAdmin, 'approve').expect(403)).body.error).toBe('own_proposal');
    // Another supervisor may approve it.
    await decide('supervisor2', own, 'approve').expect(200);
    await stack.dataSource.query(`DELETE FROM business_warnings WHERE id = ANY($1)`, [[own, ownAdmin]]);
  });

  it('a supervisor approves: published for 30 days, public without any consumer data or case id', async () => {
    const before = new Date();
    const res = await decide('supervisor', published, 'approve').expect(200);
    expect(res.body).toMatchObject({ status: 'published', public: true, decidedAt: expect.any(String) });
    // Until 24:00 (Hà Nội) on the 30th day after the day of approval.
    expect(res.body.expiresAt).toBe(endOfLocalDay(addDays(toLocalDate(before), 30)).toISOString());
    expect((await decide('supervisor2', published, 'approve').expect(409)).body.error).toBe('not_proposed');

    const list = await publicList().expect(200);
    expect(list.headers['cache-control']).toBe('public, max-age=300');
    expect(list.body).toHaveLength(1);
    const [warning] = list.body;
    expect(Object.keys(warning).sort()).toEqual(
      [
        'id',
        'businessName',
        'taxCode',
        'kind',
        'summary',
        'counts',
        'publishedAt',
        'publishedOn',
        'expiresAt',
        'lastDayOn',
      ].sort(),
    );
    expect(warning).toMatchObject({
      id: published,
      businessName: 'Công ty TNHH Điện máy Phương Nam',
      taxCode: TAX,
      kind: { code: 'refusing_warranty', label: 'Từ chối bảo hành' },
      counts: { substantiatedComplaints: 3, resolved: 2, unresolved: 1 },
      publishedOn: toLocalDate(before),
      lastDayOn: addDays(toLocalDate(before), 30),
    });
    const text = JSON.stringify(list.body);
    for (const secret of [consumer.name, consumer.email, consumer.phone, ...substantiated]) {
      expect(text).not.toContain(secret);
    }
    const english = await publicList('?lang=en').expect(200);
    expect(english.body[0].kind.label).toBe('Refusing warranty');
    const byHeader = await publicList().set('Accept-Language', 'en-GB,en;q=0.8').expect(200);
    expect(byHeader.body[0].kind.label).toBe('Refusing warranty');
  });

  it('a supervisor rejects with a reason; a rejected warning is never public', async () => {
    const id = (await propose('analyst', { kind: 'not_delivering' }).expect(201)).body.id as string;
    const missing = await decide('supervisor', id, 'reject').expect(400);
    expect(missing.body.errors).toEqual([{ field: 'reason', messages: expect.any(Array) }]);
    const res = await decide('supervisor', id, 'reject', { reason: 'Chưa đủ căn cứ.' }).expect(200);
    expect(res.body).toMatchObject({ status: 'rejected', reason: 'Chưa đủ căn cứ.', public: false });
    await decide('supervisor2', id, 'approve').expect(409);
    const rejected = await stack.http.get('/api/v1/warnings?status=rejected').set(as('analyst')).expect(200);
    expect(rejected.body.map((w: { id: string }) => w.id)).toEqual([id]);
    expect((await publicList().expect(200)).body.map((w: { id: string }) => w.id)).toEqual([published]);
  });

  it('refuses a summary with a phone number, an e-mail, a tracking code or a consumer’s name (400, vi and en)', async () => {
    const vi = await propose('officer', { summary: 'Khách hàng gọi 0912 345 678 nhiều lần không được.' }).expect(400);
    expect(vi.body.errors).toEqual([
      {
        field: 'summary',
        messages: ['Không được ghi email, số điện thoại hoặc mã hồ sơ của người tiêu dùng trong nội dung công khai'],
      },
    ]);
    const en = await propose('officer', { summary: 'Write to huong.pham@example.org for details.' })
      .set('Accept-Language', 'en')
      .expect(400);
    expect(en.body.errors).toEqual([
      {
        field: 'summary',
        messages: ['must not contain email addresses, phone numbers or case tracking codes: the text is public'],
      },
    ]);
    await propose('officer', { summary: 'Xem hồ sơ TN-2026-000123.' }).expect(400);
    // The name of a consumer behind the warning.
    const named = await propose('officer', { summary: `Chị ${consumer.name} không được bảo hành.` })
      .set('Accept-Language', 'en')
      .expect(400);
    expect(named.body.errors).toEqual([
      { field: 'summary', messages: ['must not name a consumer: the text is public'] },
    ]);
    // The business's own tax code is not a phone number.
    await propose('officer', { summary: `Doanh nghiệp (MST ${TAX}) không bảo hành.` }).expect(201);
  });

  it('refuses unknown fields, an unknown kind and a business with no substantiated complaint', async () => {
    const unknown = await propose('officer', { caseIds: substantiated }).expect(400);
    expect(unknown.body.errors).toEqual([{ field: 'caseIds', messages: ['Trường không được phép'] }]);
    const kind = await propose('officer', { kind: 'fraud' }).expect(400);
    expect(kind.body.errors[0].field).toBe('kind');
    const none = await propose('officer', { taxCode: QUIET_TAX }).set('Accept-Language', 'en').expect(422);
    expect(none.body).toMatchObject({ statusCode: 422, error: 'no_substantiated_complaints' });
    await stack.http.post(`/api/v1/warnings/not-a-uuid/approve`).set(as('supervisor')).expect(404);
  });

  it('an expired warning is not public even before the archive sweep has run', async () => {
    await stack.dataSource.query(
      `UPDATE business_warnings SET expires_at = now() - interval '1 minute', published_at = now() - interval '31 days'
        WHERE id = $1`,
      [published],
    );
    expect((await publicList().expect(200)).body).toEqual([]);
    const staffView = await stack.http.get(`/api/v1/warnings/${published}`).set(as('officer')).expect(200);
    expect(staffView.body).toMatchObject({ status: 'published', public: false, archivedAt: null });
  });

  it('the worker’s scheduled archive job archives it; an unexpired warning stays published', async () => {
    const fresh = (await propose('officer', { kind: 'unsafe_goods' }).expect(201)).body.id as string;
    await decide('supervisor', fresh, 'approve').expect(200);
    worker = await startWorker(stack.config);
    const archived = await waitFor('the expired warning to be archived', async () => {
      const res = await stack.http.get(`/api/v1/warnings/${published}`).set(as('officer')).expect(200);
      return res.body.status === 'archived' ? res.body : null;
    });
    expect(archived.archivedAt).toEqual(expect.any(String));
    const still = await stack.http.get(`/api/v1/warnings/${fresh}`).set(as('officer')).expect(200);
    expect(still.body).toMatchObject({ status: 'published', public: true });
    expect((await publicList().expect(200)).body.map((w: { id: string }) => w.id)).toEqual([fresh]);
  });
});
