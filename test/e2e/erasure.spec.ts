import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { RetentionService } from '@app/cases';
import { CaseEntity, CaseEventEntity, CasePartyEntity, NotificationEntity } from '@app/persistence';
import { act, createStaff, driveTo, Http, login, Stack, startStack } from '../support/case-factory';

// Issue 12 item 11: erasure replaces personal data with tombstones, deletes files, keeps the anonymous
// facts statistics need, and the append-only timeline still reads sensibly (Law 91/2025/QH15 Arts 3, 4).

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const complaint = (tag: string) => ({
  consumer: {
    fullName: `Lê Thị Erasure ${tag}`,
    email: `erasure-${tag}@example.vn`,
    phone: '0912000111',
    communeCode: '05443',
    address: 'Tổ 7, phường Phan Đình Phùng',
    vulnerableGroups: ['elderly', 'ethnic_minority'],
    ethnicLanguage: 'Tày',
  },
  business: { name: 'Cửa hàng Ví Dụ Xóa', taxCode: '4600999888' },
  purchase: { sectorCode: 'ecommerce', product: 'Nồi cơm điện', amountVnd: 990_000, channel: 'in_store' },
  description: `Nồi cơm hỏng sau ba ngày; tôi là ${tag}, số nhà 12.`,
  desiredResolutions: ['refund'],
  consents: { dataProcessing: true, textVersion: '2026-01', sensitiveData: true },
});

const STATS = { from: '2026-01-01', to: '2026-12-31' };

describe('erasure of a case’s personal data', () => {
  let stack: Stack;
  let ds: DataSource;
  let http: Http;
  let evidenceDir: string;
  let officer: string;
  let supervisor: string;
  let admin: string;
  let analyst: string;

  const file = (tag: string) => http.post('/api/v1/complaints').send(complaint(tag)).expect(201);
  const upload = (code: string, key: string) =>
    http
      .post(`/api/v1/complaints/${code}/evidence`)
      .set('X-Access-Key', key)
      .attach('files', PNG, { filename: 'hoa-don.png', contentType: 'image/png' })
      .expect(201);
  const askErasure = async (code: string, key: string): Promise<string> =>
    (
      await http
        .post(`/api/v1/complaints/${code}/my-data/requests`)
        .set('X-Access-Key', key)
        .send({ kind: 'erasure' })
        .expect(201)
    ).body.id as string;
  const decide = (id: string) =>
    http
      .post(`/api/v1/data-requests/${id}/decision`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ decision: 'completed' })
      .expect(200);
  // The figures by sector and by vulnerable group, without the instant they were computed at.
  const figures = async () => {
    const read = async (by: string) => {
      const res = await http
        .get('/api/v1/statistics')
        .query({ ...STATS, by })
        .set('Authorization', `Bearer ${analyst}`)
        .expect(200);
      const body = { ...(res.body as Record<string, unknown>) };
      delete body.freshAsOf;
      return body;
    };
    return { sector: await read('sector'), vulnerable: await read('vulnerable_group') };
  };
  const consumer = (caseId: string) => ds.getRepository(CasePartyEntity).findOneByOrFail({ caseId, role: 'consumer' });
  const kase = (id: string) => ds.getRepository(CaseEntity).findOneByOrFail({ id });
  const events = (caseId: string, action: string) =>
    ds.getRepository(CaseEventEntity).find({ where: { caseId, action }, order: { id: 'ASC' } });
  const onDisk = (caseId: string) => readdir(join(evidenceDir, caseId)).catch(() => [] as string[]);

  beforeAll(async () => {
    evidenceDir = await mkdtemp(join(tmpdir(), 'cc-erasure-'));
    stack = await startStack({ env: { EVIDENCE_DIR: evidenceDir } });
    ({ dataSource: ds, http } = stack);
    await createStaff(ds, { email: 'erasure-officer@e2e.test', role: 'officer', orgCode: 'SCT' });
    await createStaff(ds, { email: 'erasure-supervisor@e2e.test', role: 'officer', orgCode: 'SCT', supervisor: true });
    officer = await login(http, 'erasure-officer@e2e.test');
    supervisor = await login(http, 'erasure-supervisor@e2e.test');
    admin = await login(http, 'admin@demo.test');
    analyst = await login(http, 'analyst@demo.test');
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    await rm(evidenceDir, { recursive: true, force: true });
  });

  describe('an accepted erasure on a closed case', () => {
    let filed: { id: string; trackingCode: string; accessKey: string };
    let fileId: string;
    let before: unknown;

    beforeAll(async () => {
      filed = (await file('closed')).body;
      const kaseRow = await kase(filed.id);
      if (kaseRow.handlingOrgId === null) throw new Error('the case needs a handling unit');
      fileId = (await upload(filed.trackingCode, filed.accessKey)).body[0].id;
      await driveTo(http, officer, filed.id, 'resolved');
      before = await figures();
      const requestId = await askErasure(filed.trackingCode, filed.accessKey);
      await decide(requestId);
    }, 60_000);

    it('tombstones the consumer, keeps the business, clears the free text and keeps the anonymous facts', async () => {
      expect(await consumer(filed.id)).toMatchObject({
        name: '[erased]',
        email: null,
        phone: null,
        address: null,
        ethnicLanguage: null,
        shopId: null,
        orderId: null,
      });
      // The sensitive groups (ethnicity) go; the others stay for the statistics per group, naming no one.
      const [groups] = await ds.query(
        `SELECT vulnerable_groups, sensitive_groups, has_sensitive_group FROM case_parties
          WHERE case_id = $1 AND role = 'consumer'`,
        [filed.id],
      );
      expect(groups).toEqual({ vulnerable_groups: ['elderly'], sensitive_groups: null, has_sensitive_group: true });
      const business = await ds.getRepository(CasePartyEntity).findOneByOrFail({ caseId: filed.id, role: 'business' });
      expect(business).toMatchObject({ name: 'Cửa hàng Ví Dụ Xóa', taxCode: '4600999888' });
      const c = await kase(filed.id);
      expect(c).toMatchObject({
        description: '[erased]',
        businessContactAnswer: null,
        ratingComment: null,
        status: 'resolved',
        sectorCode: 'ecommerce',
        communeCode: '05443',
        channel: 'web',
        amountVnd: 990_000,
        vulnerable: true,
      });
      expect(c.personalDataErasedAt).toBeInstanceOf(Date);
      expect(c.closedAt).toBeInstanceOf(Date);
    });

    it('deletes the files (rows and bytes) and the duplicate-check keys', async () => {
      expect(await ds.query('SELECT id FROM evidence_files WHERE case_id = $1', [filed.id])).toEqual([]);
      expect(await onDisk(filed.id)).toEqual([]);
      expect(await ds.query('SELECT 1 FROM complaint_keys WHERE case_id = $1', [filed.id])).toEqual([]);
      const files = await http.get(`/api/v1/cases/${filed.id}/files`).set('Authorization', `Bearer ${officer}`);
      expect(files.status).toBe(200);
      expect(files.body).toEqual([]);
      await http.get(`/api/v1/cases/${filed.id}/files/${fileId}`).set('Authorization', `Bearer ${officer}`).expect(404);
    });

    it('clears the emails’ bodies and addresses, but for the answer to the request, still to be sent', async () => {
      const mails = await ds.getRepository(NotificationEntity).find({ where: { caseId: filed.id } });
      const answer = mails.filter((m) => m.template === 'data_request_decided');
      const others = mails.filter((m) => m.template !== 'data_request_decided');
      expect(others.length).toBeGreaterThan(0);
      for (const m of others) expect(m).toMatchObject({ bodyText: null, bodyHtml: null, recipientEmail: '' });
      // Unsent ones are cancelled: nothing more goes out to an erased address.
      expect(others.filter((m) => m.status === 'queued')).toEqual([]);
      expect(answer).toHaveLength(1);
      expect(answer[0]).toMatchObject({ status: 'queued', recipientEmail: 'erasure-closed@example.vn' });
      expect(answer[0].bodyText).toContain('đã được xóa');
      expect(answer[0].bodyText).not.toContain('Xem dữ liệu của bạn tại');
    });

    it('appends one personal_data_erased event without personal data; the staff case page still reads', async () => {
      const erased = await events(filed.id, 'personal_data_erased');
      expect(erased.map((e) => e.data)).toEqual([{ public: { cause: 'request' }, detail: {} }]);
      const page = await http.get(`/api/v1/cases/${filed.id}`).set('Authorization', `Bearer ${officer}`).expect(200);
      expect(JSON.stringify(page.body)).not.toContain('erasure-closed@example.vn');
      expect(JSON.stringify(page.body)).not.toContain('Lê Thị Erasure');
    });

    it('leaves the statistics for the period unchanged', async () => {
      expect(JSON.stringify(before)).toContain('elderly');
      expect(await figures()).toEqual(before);
    });

    it('the access key no longer opens the case', async () => {
      await http.get(`/api/v1/complaints/${filed.trackingCode}`).set('X-Access-Key', filed.accessKey).expect(404);
      await http
        .get(`/api/v1/complaints/${filed.trackingCode}/my-data`)
        .set('X-Access-Key', filed.accessKey)
        .expect(404);
    });

    it('an erased case cannot be reopened (422 personal_data_erased)', async () => {
      const res = await act(http, supervisor, filed.id, 'reopen', { reason: 'Người tiêu dùng có thêm chứng cứ' });
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({
        error: 'rule_violated',
        details: [{ field: 'action', rule: 'personal_data_erased' }],
      });
      expect((await kase(filed.id)).status).toBe('resolved');
    });
  });

  describe('an accepted erasure on a case still open', () => {
    let filed: { id: string; trackingCode: string; accessKey: string };

    beforeAll(async () => {
      filed = (await file('open')).body;
      await upload(filed.trackingCode, filed.accessKey);
      await decide(await askErasure(filed.trackingCode, filed.accessKey));
    }, 60_000);

    it('marks the case and keeps its data while it runs', async () => {
      const c = await kase(filed.id);
      expect(c.erasureRequestedAt).toBeInstanceOf(Date);
      expect(c.personalDataErasedAt).toBeNull();
      expect((await consumer(filed.id)).name).toBe('Lê Thị Erasure open');
      // Nothing is due while the case is open.
      await stack.api.get(RetentionService).apply();
      expect((await kase(filed.id)).personalDataErasedAt).toBeNull();
      expect(await onDisk(filed.id)).toHaveLength(1);
    });

    it('is erased by the retention job once closed', async () => {
      await driveTo(http, officer, filed.id, 'refused');
      const run = await stack.api.get(RetentionService).apply();
      expect(run.counts).toMatchObject({ case_personal_data: 1, evidence_files: 1 });
      expect((await consumer(filed.id)).name).toBe('[erased]');
      expect(await onDisk(filed.id)).toEqual([]);
      const erased = await events(filed.id, 'personal_data_erased');
      expect(erased.map((e) => e.data.public)).toEqual([{ cause: 'request' }]);
      await http.get(`/api/v1/complaints/${filed.trackingCode}`).set('X-Access-Key', filed.accessKey).expect(404);
    });
  });
});
