import { CASE_ERROR_HTTP_STATUS } from '@app/domain';
import { act, createCase, detail, driveTo, login, mailTo, orgId, Stack, startStack } from '../support/case-factory';

type CaseEvent = { action: string; toStatus: string | null; data: { public: Record<string, unknown> } };

describe('case paths over HTTP', () => {
  let stack: Stack;
  let officer: string;
  let supervisor: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    officer = await login(stack.http, 'officer@demo.test');
    supervisor = await login(stack.http, 'supervisor@demo.test');
  });

  afterAll(() => stack?.stop());

  const events = async (caseId: string): Promise<CaseEvent[]> =>
    (await stack.http.get(`/api/v1/cases/${caseId}/events`).set('Authorization', `Bearer ${officer}`).expect(200)).body;

  describe('refuse (Art 58)', () => {
    it('without a ground answers 422 and changes nothing', async () => {
      const { id } = await createCase(stack.dataSource);
      const res = await act(stack.http, officer, id, 'refuse', { note: 'Không rõ doanh nghiệp' });
      expect(res.status).toBe(422);
      expect(res.body.details).toContainEqual({ field: 'ground', rule: 'art_58_ground_required' });
      expect((await detail(stack.http, officer, id).expect(200)).body).toMatchObject({
        status: 'submitted',
        version: 1,
      });
    });

    it('with ground c closes the case as refused and the event names the ground', async () => {
      const { id } = await createCase(stack.dataSource);
      const res = await act(stack.http, officer, id, 'refuse', { ground: 'c' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'refused', outcome: 'refused', closedAt: expect.any(String) });
      const refusal = (await events(id)).find((e) => e.action === 'refuse');
      expect(refusal).toMatchObject({ toStatus: 'refused', data: { public: { ground: 'c' } } });
    });
  });

  it('transfer closes the case as transferred and the consumer is told by email (Art 11.3)', async () => {
    const kase = await createCase(stack.dataSource);
    const authorityId = await orgId(stack.dataSource, 'SYT');
    const res = await act(stack.http, officer, kase.id, 'transfer', { authorityId, reason: 'Thực phẩm: ngành y tế' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'transferred', outcome: 'transferred' });
    expect(res.body.lifecycle.transfer).toMatchObject({ authorityId, consumerNotifiedAt: expect.any(String) });
    const mail = await mailTo(stack.smtp, kase.consumerEmail);
    expect(mail.subject).toContain(kase.trackingCode);
    expect(mail.text).toContain('transferred');
  });

  it('resolve_by_advice from consultation resolves the case as explained', async () => {
    const { id } = await createCase(stack.dataSource);
    await driveTo(stack.http, officer, id, 'consultation');
    const res = await act(stack.http, officer, id, 'resolve_by_advice', { adviceSummary: 'Hướng dẫn đổi hàng.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'resolved', outcome: 'explained', closedAt: expect.any(String) });
    expect(res.body.lifecycle.adviceSummary).toBe('Hướng dẫn đổi hàng.');
  });

  describe('reopen', () => {
    const REASON = 'Doanh nghiệp không thực hiện cam kết';

    it('a plain officer may not (403); the supervisor within 30 days sends it back to consultation', async () => {
      const { id } = await createCase(stack.dataSource);
      await driveTo(stack.http, officer, id, 'resolved');
      expect((await act(stack.http, officer, id, 'reopen', { reason: REASON })).status).toBe(403);
      expect((await detail(stack.http, supervisor, id).expect(200)).body.allowedActions).toContain('reopen');
      const res = await act(stack.http, supervisor, id, 'reopen', { reason: REASON });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'consultation', outcome: null, closedAt: null });
      const reopened = (await events(id)).at(-1);
      expect(reopened).toMatchObject({
        action: 'reopen',
        toStatus: 'consultation',
        data: { public: { reason: REASON } },
      });
    });

    it('after 30 days even the supervisor is refused (422)', async () => {
      const { id } = await createCase(stack.dataSource);
      await driveTo(stack.http, officer, id, 'resolved');
      await stack.dataSource.query(`UPDATE cases SET closed_at = now() - interval '40 days' WHERE id = $1`, [id]);
      expect((await detail(stack.http, supervisor, id).expect(200)).body.allowedActions).not.toContain('reopen');
      const res = await act(stack.http, supervisor, id, 'reopen', { reason: REASON });
      expect(res.status).toBe(422);
      expect(res.body.details).toContainEqual({ field: 'closedAt', rule: 'reopen_window_expired' });
    });
  });

  it('request_info moves the case to needs_info, keeps the question and emails the consumer', async () => {
    const kase = await createCase(stack.dataSource);
    await driveTo(stack.http, officer, kase.id, 'consultation');
    const question = 'Xin gửi ảnh chụp hóa đơn và số đơn hàng.';
    const res = await act(stack.http, officer, kase.id, 'request_info', { question });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('needs_info');
    expect(res.body.lifecycle.infoRequest).toEqual({ question, requestedAt: expect.any(String) });
    expect(res.body.allowedActions).not.toContain('request_info');
    const mail = await mailTo(stack.smtp, kase.consumerEmail, (m) => m.text?.includes(question) ?? false);
    expect(mail.subject).toContain(kase.trackingCode);
  });

  it('an unknown action is answered with the status the domain maps unknown_action to (400, not 404)', async () => {
    const { id } = await createCase(stack.dataSource);
    const res = await act(stack.http, officer, id, 'approve_everything');
    expect(res.status).toBe(CASE_ERROR_HTTP_STATUS.unknown_action);
    expect((await detail(stack.http, officer, id).expect(200)).body).toMatchObject({ status: 'submitted', version: 1 });
  });

  describe('409', () => {
    it('a stale version answers 409 with the current status, version and allowed actions', async () => {
      const { id } = await createCase(stack.dataSource);
      const { version } = (await detail(stack.http, officer, id).expect(200)).body;
      await stack.http
        .post(`/api/v1/cases/${id}/actions/accept`)
        .set('Authorization', `Bearer ${officer}`)
        .send({ version })
        .expect(200);
      const stale = await stack.http
        .post(`/api/v1/cases/${id}/actions/request_info`)
        .set('Authorization', `Bearer ${officer}`)
        .send({ version, question: 'Còn hóa đơn không?' })
        .expect(409);
      expect(stale.body).toMatchObject({ status: 'consultation', version: version + 1 });
      expect(stale.body.allowedActions).toEqual(
        expect.arrayContaining(['request_info', 'refuse', 'transfer', 'resolve_by_advice', 'forward_to_business']),
      );
      expect((await detail(stack.http, officer, id).expect(200)).body.status).toBe('consultation');
    });

    it('an action not allowed from the status answers 409 with what is allowed', async () => {
      const { id } = await createCase(stack.dataSource);
      const res = await act(stack.http, officer, id, 'settle', { outcomeCode: 'explained' });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ status: 'submitted', version: 1 });
      expect(res.body.allowedActions).toEqual(expect.arrayContaining(['accept', 'refuse']));
    });
  });
});
