import { DataSource } from 'typeorm';
import {
  CalendarYearEntity,
  CaseEntity,
  CaseEventEntity,
  CasePartyEntity,
  DataRequestEntity,
  EvidenceFileEntity,
  NotificationEntity,
  OrganisationEntity,
} from '@app/persistence';
import { createCase, createStaff, driveTo, Http, login, Stack, startStack } from '../support/case-factory';
import { pdfText } from '../support/pdf-text';

// Issue 12 item 10: the consumer's personal-data rights (Law 91/2025/QH15 Art 4) with the access key,
// and the staff's handling of their requests on the clocks of Decree 356/2025 (domain.md §6).

const complaint = {
  consumer: {
    fullName: 'Hoàng Thị Mai',
    email: 'mai.hoang@example.vn',
    phone: '0912345678',
    communeCode: '05443',
    address: 'Tổ 5, phường Phan Đình Phùng',
    vulnerableGroups: ['elderly', 'ethnic_minority'],
    ethnicLanguage: 'Tày',
  },
  business: { name: 'Cửa hàng Điện máy Ví Dụ', taxCode: '4600123456' },
  purchase: { sectorCode: 'ecommerce', product: 'Máy giặt 9 kg', amountVnd: 8_490_000, channel: 'in_store' },
  description: 'Máy giặt hỏng sau một tuần, cửa hàng không bảo hành như đã cam kết.',
  desiredResolutions: ['repair'],
  consents: {
    dataProcessing: true,
    textVersion: '2026-01',
    publication: true,
    sensitiveData: true,
    shareContactWithBusiness: true,
  },
};

// --- An independent count of the clocks (Civil Code Arts 147–148, UTC+7), not the app's calendar ---
const DAY_MS = 86_400_000;
const localDay = (instant: Date): string => new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
const plusDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const endOfLocalDay = (day: string): string => new Date(Date.parse(`${day}T17:00:00Z`)).toISOString();
function isWorkingDay(day: string, daysOff: readonly string[]): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  // 1 January of any year is a public holiday (Labour Code Art 112).
  return weekday !== 0 && weekday !== 6 && !daysOff.includes(day) && !day.endsWith('-01-01');
}
function nthWorkingDayAfter(day: string, n: number, daysOff: readonly string[]): string {
  let current = day;
  for (let found = 0; found < n;) {
    current = plusDays(current, 1);
    if (isWorkingDay(current, daysOff)) found += 1;
  }
  return current;
}
function rolled(day: string, daysOff: readonly string[]): string {
  let current = day;
  while (!isWorkingDay(current, daysOff)) current = plusDays(current, 1);
  return current;
}

describe('personal-data rights of the consumer', () => {
  let stack: Stack;
  let ds: DataSource;
  let http: Http;
  let filed: { id: string; trackingCode: string; accessKey: string };
  let other: { trackingCode: string; accessKey: string };
  let officer: string;
  let strangerOfficer: string;
  let analyst: string;
  let admin: string;

  const my = (path = '', key = filed.accessKey, code = filed.trackingCode) => ({
    get: () => http.get(`/api/v1/complaints/${code}/my-data${path}`).set('X-Access-Key', key),
    patch: (body: object) =>
      http.patch(`/api/v1/complaints/${code}/my-data${path}`).set('X-Access-Key', key).send(body),
    post: (body: object = {}) =>
      http.post(`/api/v1/complaints/${code}/my-data${path}`).set('X-Access-Key', key).send(body),
  });
  const pdf = (language: string, key = filed.accessKey) =>
    http
      .get(`/api/v1/complaints/${filed.trackingCode}/my-data.pdf`)
      .set('X-Access-Key', key)
      .set('Accept-Language', language)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
  const party = () => ds.getRepository(CasePartyEntity).findOneByOrFail({ caseId: filed.id, role: 'consumer' });
  const events = (action?: string) =>
    ds
      .getRepository(CaseEventEntity)
      .find({ where: { caseId: filed.id, ...(action && { action }) }, order: { id: 'ASC' } });
  const staff = (token: string) => ({
    list: (query = '') => http.get(`/api/v1/data-requests${query}`).set('Authorization', `Bearer ${token}`),
    decide: (id: string, body: object) =>
      http.post(`/api/v1/data-requests/${id}/decision`).set('Authorization', `Bearer ${token}`).send(body),
  });

  beforeAll(async () => {
    stack = await startStack();
    ({ dataSource: ds, http } = stack);
    filed = (await http.post('/api/v1/complaints').send(complaint).expect(201)).body;
    other = await createCase(ds);
    // An officer of the unit handling the case, and one of another unit.
    const kase = await ds.getRepository(CaseEntity).findOneByOrFail({ id: filed.id });
    const orgs = await ds.getRepository(OrganisationEntity).find();
    const own = orgs.find((o) => o.id === kase.handlingOrgId);
    const stranger = orgs.find((o) => o.id !== kase.handlingOrgId);
    if (!own || !stranger) throw new Error('the seed needs two organisations');
    await createStaff(ds, { email: 'dr-officer@e2e.test', role: 'officer', orgCode: own.code });
    await createStaff(ds, { email: 'dr-stranger@e2e.test', role: 'officer', orgCode: stranger.code });
    officer = await login(http, 'dr-officer@e2e.test');
    strangerOfficer = await login(http, 'dr-stranger@e2e.test');
    analyst = await login(http, 'analyst@demo.test');
    admin = await login(http, 'admin@demo.test');
    await ds.getRepository(EvidenceFileEntity).save({
      caseId: filed.id,
      uploadedBy: 'consumer',
      fileName: 'hoa-don-may-giat.pdf',
      contentType: 'application/pdf',
      sizeBytes: 48_213,
      sha256: 'a'.repeat(64),
      storageKey: `e2e/${filed.id}/hoa-don.pdf`,
    });
  });

  afterAll(() => stack?.stop());

  describe('GET my-data (JSON)', () => {
    it('gives everything held about the consumer, as an attachment that is never cached', async () => {
      const res = await my().get().buffer(true).expect(200);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${filed.trackingCode}-my-data.json"`);
      expect(res.headers['cache-control']).toBe('no-store');
      const data = JSON.parse(Buffer.isBuffer(res.body) ? res.body.toString('utf8') : res.text);
      expect(data.consumer).toEqual({
        fullName: 'Hoàng Thị Mai',
        email: 'mai.hoang@example.vn',
        phone: '0912345678',
        address: 'Tổ 5, phường Phan Đình Phùng',
        communeCode: '05443',
        communeName: 'Phường Phan Đình Phùng',
        language: 'vi',
        vulnerableGroups: ['elderly', 'ethnic_minority'],
        ethnicLanguage: 'Tày',
      });
      expect(data.consents).toEqual([
        {
          consent: 'data_processing',
          given: true,
          givenAt: expect.any(String),
          withdrawnAt: null,
          textVersion: '2026-01',
        },
        { consent: 'sensitive', given: true, givenAt: expect.any(String), withdrawnAt: null, textVersion: '2026-01' },
        { consent: 'publication', given: true, givenAt: expect.any(String), withdrawnAt: null, textVersion: '2026-01' },
        {
          consent: 'contact_shared',
          given: true,
          givenAt: expect.any(String),
          withdrawnAt: null,
          textVersion: '2026-01',
        },
      ]);
      expect(data.case).toMatchObject({
        status: 'submitted',
        businessName: 'Cửa hàng Điện máy Ví Dụ',
        product: 'Máy giặt 9 kg',
        amountVnd: 8_490_000,
        description: complaint.description,
        erasureRequestedAt: null,
      });
      expect(data.timeline.map((e: { action: string }) => e.action)).toEqual(['submit']);
      expect(data.evidence).toEqual([
        {
          fileName: 'hoa-don-may-giat.pdf',
          contentType: 'application/pdf',
          sizeBytes: 48_213,
          uploadedBy: 'consumer',
          uploadedAt: expect.any(String),
        },
      ]);
      // The receipt email held the access key: its subject, date and status, never its body.
      expect(data.emails).toEqual([
        {
          subject: expect.stringContaining(filed.trackingCode),
          createdAt: expect.any(String),
          sentAt: null,
          status: 'queued',
          body: null,
        },
      ]);
      expect(JSON.stringify(data)).not.toContain(filed.accessKey);
      expect(data.requests).toEqual([]);
    });

    it('answers another case’s key, a wrong key and an unknown code with the same 404 on every route', async () => {
      const routes = [
        my('', other.accessKey).get(),
        http.get(`/api/v1/complaints/${filed.trackingCode}/my-data.pdf`).set('X-Access-Key', other.accessKey),
        my('/contact', other.accessKey).patch({ phone: '0987654321' }),
        my('/consents/publication/withdraw', other.accessKey).post(),
        my('/requests', other.accessKey).post({ kind: 'erasure' }),
        my('', filed.accessKey, 'TN-2026-999999').get(),
      ];
      for (const res of await Promise.all(routes)) {
        expect(res.status).toBe(404);
        expect(res.body).toEqual({ statusCode: 404, error: 'not_found', message: 'Not found' });
      }
      // Nothing was changed through the other key.
      expect((await party()).phone).toBe('0912345678');
      expect(await ds.getRepository(DataRequestEntity).count()).toBe(0);
    });
  });

  describe('GET my-data.pdf', () => {
    it('is a readable Vietnamese PDF of the same data', async () => {
      const res = await pdf('vi').expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${filed.trackingCode}-my-data.pdf"`);
      expect(res.headers['cache-control']).toBe('no-store');
      const text = await pdfText(res.body as Buffer);
      for (const expected of [
        'DỮ LIỆU CÁ NHÂN CỦA BẠN',
        'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15',
        filed.trackingCode,
        'Hoàng Thị Mai',
        'mai.hoang@example.vn',
        'Phường Phan Đình Phùng',
        'Xử lý dữ liệu nhạy cảm (dân tộc, sức khỏe)',
        'Máy giặt 9 kg',
        'hoa-don-may-giat.pdf',
        'Nội dung không được lưu (chứa mã truy cập)',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain(filed.accessKey);
    });

    it('prints the codes it holds (status, channel, groups, language, events…) in words, in vi and en', async () => {
      const vi = await pdfText((await pdf('vi').expect(200)).body as Buffer);
      for (const expected of [
        'Trạng thái: Đã nhận',
        'Hình thức mua: Tại cửa hàng',
        'Nhóm dễ bị tổn thương: Người cao tuổi, Người dân tộc thiểu số',
        'Ngôn ngữ: Tiếng Việt',
        'Mong muốn: Sửa chữa',
        'Bạn đã gửi khiếu nại. (bạn)',
      ]) {
        expect(vi).toContain(expected);
      }
      const en = await pdfText((await pdf('en').expect(200)).body as Buffer);
      for (const expected of [
        'Status: Received',
        'How it was bought: In a shop',
        'Vulnerable groups: Elderly people, Ethnic minorities',
        'Language: Vietnamese',
        'What you asked for: Repair',
      ]) {
        expect(en).toContain(expected);
      }
      for (const code of ['in_store', 'ethnic_minority', 'elderly', 'submitted', '— submit (consumer)', 'repair']) {
        expect(vi).not.toContain(code);
      }
    });

    it('is in English with Accept-Language: en', async () => {
      const text = await pdfText((await pdf('en').expect(200)).body as Buffer);
      expect(text).toContain('YOUR PERSONAL DATA');
      expect(text).toContain('Full name: Hoàng Thị Mai');
      expect(text).toContain('Emails sent to you');
    });
  });

  describe('PATCH my-data/contact', () => {
    it('refuses bad fields with the intake’s messages in vi and en, and changes nothing', async () => {
      const before = await party();
      const eventsBefore = (await events()).length;
      const bad = { email: 'not-an-email', phone: 'abc', communeCode: '123', fullName: '' };
      const vi = await my('/contact').patch(bad).expect(400);
      expect(vi.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'email', messages: ['Địa chỉ email không hợp lệ'] },
          { field: 'phone', messages: ['Sai định dạng'] },
          { field: 'communeCode', messages: ['Sai định dạng'] },
          { field: 'fullName', messages: ['Không được để trống'] },
        ]),
      );
      const en = await my('/contact').patch(bad).set('Accept-Language', 'en').expect(400);
      expect(en.body.errors).toEqual(
        expect.arrayContaining([{ field: 'email', messages: ['must be a valid email address'] }]),
      );
      await my('/contact').patch({ phone: '0987654321', nickname: 'x' }).expect(400);
      const unknown = await my('/contact').patch({ communeCode: '99999' }).set('Accept-Language', 'en').expect(400);
      expect(unknown.body.errors).toEqual([{ field: 'communeCode', messages: ['is not a commune of the province'] }]);
      const noContact = await my('/contact').patch({ email: null, phone: null }).expect(400);
      expect(noContact.body.errors).toEqual([
        { field: 'email', messages: ['Cần có email hoặc số điện thoại để liên hệ'] },
      ]);
      await my('/contact').patch({ fullName: null }).expect(400);
      // No partial change: the row and the timeline are as they were.
      expect(await party()).toEqual(before);
      expect(await events()).toHaveLength(eventsBefore);
    });

    it('corrects the fields sent and records on the timeline which changed, never the values', async () => {
      const res = await my('/contact')
        .patch({ phone: '0987 654 321', address: 'Số 8 đường Lương Ngọc Quyến', fullName: 'Hoàng Thị Mai' })
        .expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toEqual({
        changed: ['phone', 'address'],
        contact: {
          fullName: 'Hoàng Thị Mai',
          phone: '0987 654 321',
          email: 'mai.hoang@example.vn',
          address: 'Số 8 đường Lương Ngọc Quyến',
          communeCode: '05443',
        },
      });
      expect(await party()).toMatchObject({ phone: '0987 654 321', address: 'Số 8 đường Lương Ngọc Quyến' });
      const [event] = await events('contact_corrected');
      expect(event).toMatchObject({ actorKind: 'consumer', visibility: 'public' });
      expect(event.data).toEqual({ public: { fields: ['phone', 'address'] }, detail: {} });
      // The event's data only: its ids are random and may hold any run of digits (a uuid held "654").
      const written = JSON.stringify(event.data);
      for (const value of ['0987', '654', 'Lương Ngọc Quyến', 'Tổ 5', '0912345678']) {
        expect(written).not.toContain(value);
      }
    });

    it('writes nothing when nothing changes', async () => {
      const before = (await events()).length;
      const res = await my('/contact').patch({ email: 'mai.hoang@example.vn' }).expect(200);
      expect(res.body.changed).toEqual([]);
      expect(await events()).toHaveLength(before);
    });
  });

  describe('POST my-data/consents/:consent/withdraw', () => {
    it('refuses an unknown consent with a field error in vi and en', async () => {
      const vi = await my('/consents/marketing/withdraw').post().expect(400);
      expect(vi.body.errors).toEqual([{ field: 'consent', messages: ['Giá trị không được chấp nhận'] }]);
      const en = await my('/consents/marketing/withdraw').post().set('Accept-Language', 'en').expect(400);
      expect(en.body.errors).toEqual([{ field: 'consent', messages: ['is not an accepted value'] }]);
    });

    it('processing consent: 422 while the case runs, pointing to withdrawing the complaint', async () => {
      const res = await my('/consents/data_processing/withdraw').post().set('Accept-Language', 'en').expect(422);
      expect(res.body).toMatchObject({
        error: 'consent_needed_while_case_runs',
        message: expect.stringContaining('withdraw the complaint'),
        next: { action: 'withdraw', method: 'POST', path: `/api/v1/complaints/${filed.trackingCode}/actions/withdraw` },
      });
      expect((await ds.getRepository(CaseEntity).findOneByOrFail({ id: filed.id })).status).toBe('submitted');
    });

    it('sensitive: the ethnicity and health data leaves the party row at once, the rest stays', async () => {
      const res = await my('/consents/sensitive/withdraw').post().expect(200);
      expect(res.body).toMatchObject({
        consent: 'sensitive',
        effect: 'sensitive_data_removed',
        explanation: expect.stringContaining('đã được xóa khỏi hồ sơ ngay'),
      });
      expect(res.body.consents).toContainEqual(
        expect.objectContaining({ consent: 'sensitive', given: false, withdrawnAt: expect.any(String) }),
      );
      expect(await party()).toMatchObject({
        vulnerableGroups: ['elderly'],
        ethnicLanguage: null,
        sensitiveConsentAt: null,
      });
      const [event] = await events('consent_withdrawn');
      expect(event.data).toEqual({ public: { consent: 'sensitive' }, detail: {} });
      // Withdrawn already: nothing to withdraw.
      const again = await my('/consents/sensitive/withdraw').post().expect(409);
      expect(again.body.error).toBe('consent_not_given');
    });

    it('publication: the case leaves the open data set', async () => {
      const res = await my('/consents/publication/withdraw').post().set('Accept-Language', 'en').expect(200);
      expect(res.body).toMatchObject({
        effect: 'removed_from_open_data',
        explanation: expect.stringContaining('open data'),
      });
      expect((await ds.getRepository(CaseEntity).findOneByOrFail({ id: filed.id })).publicationConsent).toBe(false);
    });

    it('contact_shared: the business no longer sees the consumer’s contacts', async () => {
      const forwarded = await driveTo(http, officer, filed.id, 'negotiation');
      const token = String(forwarded.body.businessLinkUrl).split('/').pop() as string;
      const business = () => http.get('/api/v1/business/link').set('X-Business-Token', token).expect(200);
      expect((await business()).body.consumer).toMatchObject({ email: 'mai.hoang@example.vn' });
      const res = await my('/consents/contact_shared/withdraw').post().expect(200);
      const seen = (await business()).body;
      expect(seen.consumer).toEqual({ name: 'Hoàng Thị Mai', email: null, phone: null });
      // The consumer's data-rights steps are between them and the unit: not on the business's timeline.
      const actions = seen.timeline.map((e: { action: string }) => e.action);
      expect(actions).toContain('forward_to_business');
      expect(actions).not.toEqual(expect.arrayContaining(['contact_corrected']));
      expect(actions).not.toEqual(expect.arrayContaining(['consent_withdrawn']));
      expect(res.body.effect).toBe('contact_hidden_from_business');
      expect((await party()).contactShared).toBe(false);
      // The download shows each consent with its dates.
      const data = JSON.parse((await my().get().buffer(true).expect(200)).text);
      for (const consent of ['sensitive', 'publication', 'contact_shared']) {
        expect(data.consents).toContainEqual(
          expect.objectContaining({
            consent,
            given: false,
            givenAt: expect.any(String),
            withdrawnAt: expect.any(String),
          }),
        );
      }
      expect(data.consumer.ethnicLanguage).toBeNull();
    });
  });

  describe('POST my-data/requests and the staff’s decisions', () => {
    let erasureId: string;
    let objectionId: string;

    it('refuses an unknown kind, and "other" without text, in vi and en', async () => {
      const kind = await my('/requests').post({ kind: 'forget_me' }).set('Accept-Language', 'en').expect(400);
      expect(kind.body.errors).toEqual([{ field: 'kind', messages: [expect.stringContaining('must be one of')] }]);
      const text = await my('/requests').post({ kind: 'other' }).expect(400);
      expect(text.body.errors).toEqual([{ field: 'text', messages: ['Không được để trống'] }]);
      expect(await ds.getRepository(DataRequestEntity).count()).toBe(0);
    });

    it('files a request with its clocks: 2 working days to answer, 10 days to complete, days off skipped', async () => {
      // The admins' calendar for this year: the next two days off (as Tết would be), nothing else.
      const now = new Date();
      const today = localDay(now);
      // (Only days of this year: a year's table holds its own days.)
      const daysOff = [plusDays(today, 1), plusDays(today, 2)].filter((d) => d.startsWith(today.slice(0, 4)));
      await ds.getRepository(CalendarYearEntity).save({
        year: Number(today.slice(0, 4)),
        daysOff,
        workingDays: [],
        source: 'e2e',
      });
      // The clock settings are re-read at most every second.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const res = await my('/requests')
        .post({ kind: 'erasure', text: 'Xin xóa số điện thoại cũ 0912345678 của tôi.' })
        .expect(201);
      const received = localDay(new Date(res.body.receivedAt));
      expect(res.body).toMatchObject({
        kind: 'erasure',
        status: 'received',
        answerDueAt: endOfLocalDay(nthWorkingDayAfter(received, 2, daysOff)),
        completeDueAt: endOfLocalDay(rolled(plusDays(received, 10), daysOff)),
        decision: null,
        explanation: expect.stringContaining('được xóa ngay khi hồ sơ kết thúc'),
      });
      erasureId = res.body.id;
      // The consumer's words stay in the request row, not in the append-only timeline.
      const [event] = await events('data_request_made');
      expect(event.data).toEqual({ public: { kind: 'erasure' }, detail: {} });
      objectionId = (await my('/requests').post({ kind: 'objection' }).set('Accept-Language', 'en').expect(201)).body
        .id;
    });

    it('lists requests to the handling unit’s officers and admins, nearest due first; not to others', async () => {
      const list = await staff(officer).list().expect(200);
      expect(list.headers['cache-control']).toBe('no-store');
      expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([erasureId, objectionId]);
      expect(list.body.items[0]).toMatchObject({ trackingCode: filed.trackingCode, kind: 'erasure', overdue: false });
      expect((await staff(admin).list('?status=received').expect(200)).body.items).toHaveLength(2);
      // Page by page with the cursor: the same order.
      const first = await staff(officer).list('?limit=1').expect(200);
      expect(first.body.items.map((r: { id: string }) => r.id)).toEqual([erasureId]);
      const second = await staff(officer)
        .list(`?limit=1&cursor=${encodeURIComponent(first.body.nextCursor as string)}`)
        .expect(200);
      expect(second.body).toEqual({ items: [expect.objectContaining({ id: objectionId })], nextCursor: null });
      expect((await staff(strangerOfficer).list().expect(200)).body.items).toEqual([]);
      await staff(analyst).list().expect(403);
      const bad = await staff(officer).list('?status=lost&cursor=zz').set('Accept-Language', 'en').expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['status']);
      await staff(officer).list('?cursor=not-a-cursor').expect(400);
    });

    it('a refusal needs a reason; another unit gets 404; the decision is emailed to the consumer', async () => {
      const noReason = await staff(officer)
        .decide(objectionId, { decision: 'refused' })
        .set('Accept-Language', 'en')
        .expect(400);
      expect(noReason.body.errors).toEqual([{ field: 'reason', messages: ['must not be empty'] }]);
      await staff(officer).decide(objectionId, { decision: 'archived' }).expect(400);
      await staff(strangerOfficer).decide(objectionId, { decision: 'completed' }).expect(404);
      expect(await ds.getRepository(DataRequestEntity).findOneByOrFail({ id: objectionId })).toMatchObject({
        status: 'received',
        decision: null,
      });
      const reason = 'Dữ liệu cần để giải quyết khiếu nại đang mở.';
      const res = await staff(officer).decide(objectionId, { decision: 'refused', reason }).expect(200);
      expect(res.body).toMatchObject({ status: 'refused', decision: 'refused', reason, nextDueAt: null });
      const mail = await ds.getRepository(NotificationEntity).findOneByOrFail({
        caseId: filed.id,
        template: 'data_request_decided',
      });
      expect(mail).toMatchObject({ recipientKind: 'consumer', recipientEmail: 'mai.hoang@example.vn', language: 'vi' });
      expect(mail.bodyText).toContain('không được chấp nhận');
      expect(mail.bodyText).toContain(reason);
      // Decided already.
      const again = await staff(officer).decide(objectionId, { decision: 'completed' }).expect(409);
      expect(again.body.error).toBe('request_closed');
    });

    it('an erasure answered then accepted marks the case for erasure (the erasure itself comes later)', async () => {
      const answered = await staff(officer).decide(erasureId, { decision: 'answered' }).expect(200);
      expect(answered.body).toMatchObject({ status: 'answered', nextDueAt: answered.body.completeDueAt });
      expect((await ds.getRepository(CaseEntity).findOneByOrFail({ id: filed.id })).erasureRequestedAt).toBeNull();
      await staff(admin).decide(erasureId, { decision: 'completed' }).expect(200);
      const kase = await ds.getRepository(CaseEntity).findOneByOrFail({ id: filed.id });
      expect(kase.erasureRequestedAt).toBeInstanceOf(Date);
      // The case is still open: the party row is untouched until it closes (then the retention job erases it).
      expect((await party()).name).toBe('Hoàng Thị Mai');
      const mails = await ds.getRepository(NotificationEntity).find({
        where: { caseId: filed.id, template: 'data_request_decided' },
        order: { createdAt: 'ASC' },
      });
      expect(mails).toHaveLength(3);
      expect(mails[2].bodyText).toContain('sẽ được xóa ngay khi hồ sơ kết thúc');
      const decided = (await events('data_request_decided')).map((e) => e.data.public);
      expect(decided).toEqual([
        { kind: 'objection', decision: 'refused' },
        { kind: 'erasure', decision: 'answered' },
        { kind: 'erasure', decision: 'completed' },
      ]);
      // The download lists the requests with their decisions, and the mark on the case.
      const data = JSON.parse((await my().get().buffer(true).expect(200)).text);
      expect(data.requests.map((r: { kind: string; status: string }) => [r.kind, r.status])).toEqual([
        ['erasure', 'completed'],
        ['objection', 'refused'],
      ]);
      expect(data.case.erasureRequestedAt).toEqual(expect.any(String));
      // The PDF says each period as its last day ("hết ngày dd/mm/yyyy", Civil Code Art 148).
      const request = await ds.getRepository(DataRequestEntity).findOneByOrFail({ id: erasureId });
      const lastDay = localDay(new Date(request.answerDueAt.getTime() - 1))
        .split('-')
        .reverse()
        .join('/');
      expect(await pdfText((await pdf('vi').expect(200)).body as Buffer)).toContain(`Hạn trả lời: hết ngày ${lastDay}`);
      expect(data.timeline.map((e: { action: string }) => e.action)).toEqual(
        expect.arrayContaining(['contact_corrected', 'consent_withdrawn', 'data_request_made', 'data_request_decided']),
      );
    });

    it('after a closed case, processing consent answers 422 pointing to erasure', async () => {
      const closed = await createCase(ds, { status: 'resolved', closedAt: new Date() });
      const res = await http
        .post(`/api/v1/complaints/${closed.trackingCode}/my-data/consents/data_processing/withdraw`)
        .set('X-Access-Key', closed.accessKey)
        .expect(422);
      expect(res.body).toMatchObject({ error: 'case_file_kept_by_law', next: { action: 'erasure' } });
    });
  });
});
