import { act, createCase, detail, login, mailTo, orgId, Stack, startStack } from '../support/case-factory';
import { complaintBody } from '../support/lifecycle-client';

type CaseEvent = { action: string; toStatus: string | null; data: { public: object; detail?: object } };

// Reception's three answers (Citizen Reception Law 42/2013 Art 28: accepted, transferred, refused),
// over HTTP, with the emails the worker sends to the SMTP sink.
describe('reception answers and their emails', () => {
  let stack: Stack;
  let officer: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    officer = await login(stack.http, 'officer@demo.test');
  });

  afterAll(() => stack?.stop());

  const events = async (caseId: string): Promise<CaseEvent[]> =>
    (await stack.http.get(`/api/v1/cases/${caseId}/events`).set('Authorization', `Bearer ${officer}`).expect(200)).body;

  /** The case's rows that a refused request must not have changed. */
  const footprint = async (caseId: string) => ({
    case: (await stack.dataSource.query('SELECT status, version, lifecycle FROM cases WHERE id = $1', [caseId]))[0],
    events: (
      await stack.dataSource.query('SELECT count(*)::int AS n FROM case_events WHERE case_id = $1', [caseId])
    )[0],
    mails: (
      await stack.dataSource.query('SELECT count(*)::int AS n FROM notifications WHERE case_id = $1', [caseId])
    )[0],
  });

  it('Citizen Reception Law Art 28: acceptance emails the consumer the handling unit and the next step', async () => {
    // Filed on the public form, so that its clocks run from receipt.
    const email = 'thu.tran@example.vn';
    const body = complaintBody({ consumer: { fullName: 'Trần Thị Thu', email, communeCode: '05443' } });
    const kase = (await stack.http.post('/api/v1/complaints').send(body).expect(201)).body;
    const res = await act(stack.http, officer, kase.id, 'accept', {});
    expect(res.status).toBe(200);
    const mail = await mailTo(stack.smtp, email, (m) => /thụ lý/.test(m.subject ?? ''));
    expect(mail.subject).toContain(kase.trackingCode);
    expect(mail.text).toContain('giao cho Sở Công Thương tỉnh Thái Nguyên giải quyết');
    expect(mail.text).toContain('Bước tiếp theo');
    expect(mail.text).toMatch(/Hạn chuyển yêu cầu đến doanh nghiệp: hết ngày \d{2}\/\d{2}\/\d{4}/);
    expect(mail.html).toContain('Sở Công Thương tỉnh Thái Nguyên');
  });

  describe('transfer (Law 19 Art 11.3)', () => {
    it('names a real authority: the consumer hears who and what it does, the authority gets the summary', async () => {
      const syt = await orgId(stack.dataSource, 'SYT');
      await stack.dataSource.query(`UPDATE organisations SET email = 'tiepnhan@syt.example.vn' WHERE id = $1`, [syt]);
      const kase = await createCase(stack.dataSource, { consumer: { name: 'Đỗ Văn Hùng', contactShared: false } });
      const reason = 'Thực phẩm không bảo đảm an toàn: thuộc thẩm quyền ngành y tế';
      const res = await act(stack.http, officer, kase.id, 'transfer', { authorityId: syt, reason });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'transferred', lifecycle: { transfer: { authorityId: syt } } });

      const toConsumer = await mailTo(stack.smtp, kase.consumerEmail);
      expect(toConsumer.subject).toContain('chuyển đến cơ quan có thẩm quyền');
      expect(toConsumer.text).toContain('đã được chuyển đến Sở Y tế');
      expect(toConsumer.text).toContain('Đây là cơ quan chuyên môn có thẩm quyền');
      expect(toConsumer.text).toContain(reason);

      const toAuthority = await mailTo(stack.smtp, 'tiepnhan@syt.example.vn');
      expect(toAuthority.subject).toContain(kase.trackingCode);
      expect(toAuthority.text).toContain('Kính gửi Sở Y tế');
      expect(toAuthority.text).toContain('Cửa hàng ABC');
      expect(toAuthority.text).toContain('Sản phẩm lỗi sau hai ngày sử dụng');
      // The consumer did not agree to share who they are or how to reach them.
      expect(toAuthority.text).not.toContain('Đỗ Văn Hùng');
      expect(toAuthority.text).not.toContain(kase.consumerEmail);
      expect(toAuthority.text).not.toContain('0912345678');

      const transfer = (await events(kase.id)).find((e) => e.action === 'transfer');
      expect(transfer?.data.public).toEqual({ authorityId: syt, authorityName: 'Sở Y tế', reason });
      expect(transfer?.data.detail).toMatchObject({ authorityNotice: 'emailed' });
    });

    it('sends the consumer’s contact details to the authority when they agreed to share them', async () => {
      const court = await orgId(stack.dataSource, 'TAND');
      await stack.dataSource.query(`UPDATE organisations SET email = 'vanthu@toaan.example.vn' WHERE id = $1`, [court]);
      const kase = await createCase(stack.dataSource, { consumer: { name: 'Đỗ Văn Hùng', contactShared: true } });
      expect((await act(stack.http, officer, kase.id, 'transfer', { authorityId: court })).status).toBe(200);
      const toAuthority = await mailTo(stack.smtp, 'vanthu@toaan.example.vn');
      expect(toAuthority.text).toContain(`Người tiêu dùng: Đỗ Văn Hùng (liên hệ: ${kase.consumerEmail}, 0912345678)`);
      const toConsumer = await mailTo(stack.smtp, kase.consumerEmail);
      expect(toConsumer.text).toContain('Đây là Tòa án nhân dân');
    });

    it('records on the timeline that no address is known, and emails only the consumer', async () => {
      const commune = await orgId(stack.dataSource, 'UBND-05443');
      const kase = await createCase(stack.dataSource);
      expect((await act(stack.http, officer, kase.id, 'transfer', { authorityId: commune })).status).toBe(200);
      const transfer = (await events(kase.id)).find((e) => e.action === 'transfer');
      expect(transfer?.data.detail).toMatchObject({ authorityNotice: 'no_address_known' });
      const mails = await stack.dataSource.query(
        'SELECT recipient_kind, template FROM notifications WHERE case_id = $1 ORDER BY created_at',
        [kase.id],
      );
      expect(mails).toEqual([{ recipient_kind: 'consumer', template: 'case_transferred' }]);
      const toConsumer = await mailTo(stack.smtp, kase.consumerEmail);
      expect(toConsumer.text).toContain('Đây là Ủy ban nhân dân cấp xã');
    });

    it.each([
      ['an unknown id', () => Promise.resolve('5d4c2a10-0000-4000-8000-000000000000'), 'unknown_organisation'],
      ['not an id at all', () => Promise.resolve('SYT'), 'unknown_organisation'],
      ['the association', () => orgId(stack.dataSource, 'HBVNTD'), 'not_a_competent_authority'],
      ['the department itself', () => orgId(stack.dataSource, 'SCT'), 'not_a_competent_authority'],
    ])('refuses %s with a 422 field error and stores nothing', async (_, authority, rule) => {
      const kase = await createCase(stack.dataSource);
      const before = await footprint(kase.id);
      const res = await act(stack.http, officer, kase.id, 'transfer', { authorityId: await authority() });
      expect(res.status).toBe(422);
      expect(res.body.details).toContainEqual({ field: 'authorityId', rule });
      expect(await footprint(kase.id)).toEqual(before);
    });
  });

  describe('refuse (Law 19 Art 58)', () => {
    it('the email states the ground, with its label', async () => {
      const kase = await createCase(stack.dataSource);
      const res = await act(stack.http, officer, kase.id, 'refuse', { ground: 'c', outcomeCode: 'business_not_found' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'refused', outcome: 'business_not_found' });
      const mail = await mailTo(stack.smtp, kase.consumerEmail);
      expect(mail.subject).toContain('Từ chối hỗ trợ');
      expect(mail.text).toContain(
        'Căn cứ từ chối: (c) không đủ thông tin để xác định tổ chức, cá nhân kinh doanh hoặc giao dịch.',
      );
    });

    it('refuses an outcome code that contradicts the ground (duplicate needs ground e), storing nothing', async () => {
      const kase = await createCase(stack.dataSource);
      const before = await footprint(kase.id);
      const res = await act(stack.http, officer, kase.id, 'refuse', { ground: 'c', outcomeCode: 'duplicate' });
      expect(res.status).toBe(422);
      expect(res.body.details).toEqual([{ field: 'outcomeCode', rule: 'art_58_outcome_contradicts_ground' }]);
      expect(await footprint(kase.id)).toEqual(before);
      expect((await detail(stack.http, officer, kase.id).expect(200)).body.status).toBe('submitted');
    });
  });

  it('documents the Art 58 grounds, in both languages, in the API docs', async () => {
    const doc = (await stack.http.get('/api/docs-json').expect(200)).body;
    const ground = doc.components.schemas.RefuseActionDto.properties.ground;
    expect(ground.enum).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ground.description).toContain('(c) there is not enough information to identify the business');
    expect(ground.description).toContain('không đủ thông tin để xác định tổ chức, cá nhân kinh doanh');
    expect(doc.components.schemas.BarActionDto.properties.barReason.enum).toContain('public_interest');
  });
});
