import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CasePrincipal, CaseWorkflowService } from '@app/cases';
import { CASE_ERROR_HTTP_STATUS } from '@app/domain';
import { CaseEntity, CaseEventEntity } from '@app/persistence';
import { Http, Stack, startStack } from '../support/stack';

const complaint = {
  consumer: { fullName: 'Đỗ Thị Hạnh', email: 'hanh.do@example.vn', communeCode: '05443', language: 'en' },
  business: { name: 'Công ty Du lịch Ví Dụ', taxCode: '4600654321' },
  purchase: { sectorCode: 'tourism', product: 'Tour Hạ Long 3 ngày', amountVnd: 7_800_000, channel: 'phone_tv_sales' },
  description: 'Công ty huỷ tour trước một ngày và không hoàn lại tiền đặt cọc như hợp đồng.',
  desiredResolutions: ['refund'],
  consents: { dataProcessing: true, textVersion: '2026-01' },
};
const ADMIN: CasePrincipal = {
  kind: 'staff',
  staff: { userId: randomUUID(), role: 'admin', organisationId: null, supervisor: false },
};

describe('consumer tracking with the access key', () => {
  let stack: Stack;
  let ds: DataSource;
  let api: INestApplication;
  let http: Http;
  let filed: { id: string; trackingCode: string; accessKey: string };

  const view = (key = filed.accessKey, code = filed.trackingCode) =>
    http.get(`/api/v1/complaints/${code}`).set('X-Access-Key', key);
  const act = (action: string, body: object = {}) =>
    http
      .post(`/api/v1/complaints/${filed.trackingCode}/actions/${action}`)
      .set('X-Access-Key', filed.accessKey)
      .send(body);
  const rate = (body: object) =>
    http.post(`/api/v1/complaints/${filed.trackingCode}/rating`).set('X-Access-Key', filed.accessKey).send(body);

  beforeAll(async () => {
    stack = await startStack();
    ({ dataSource: ds, api, http } = stack);
    filed = (await http.post('/api/v1/complaints').send(complaint).expect(201)).body;
  });

  afterAll(() => stack?.stop());

  it('shows the case: status, sector and commune in the case’s language, timeline, allowed actions', async () => {
    const res = await view().expect(200);
    expect(res.body).toEqual({
      trackingCode: filed.trackingCode,
      status: 'submitted',
      submittedAt: expect.any(String),
      sector: { code: 'tourism', name: 'Tourism, culture and sport' },
      commune: { code: '05443', name: 'Phường Phan Đình Phùng' },
      timeline: [
        {
          at: expect.any(String),
          action: 'submit',
          fromStatus: null,
          toStatus: 'submitted',
          actor: 'consumer',
          data: { channel: 'web' },
        },
      ],
      openRequest: null,
      openProposal: null,
      // Kept from filing: under 100,000,000 VND (Law 19 Art 70.2).
      warnings: ['summary_procedure_eligible'],
      allowedActions: ['withdraw'],
      // Triage, and the 7 wd to forward the request to the business (Law 19 Art 57.4), from receipt.
      deadlines: [
        expect.objectContaining({ kind: 'triage', status: 'pending', overdue: false }),
        expect.objectContaining({ kind: 'forwarding', status: 'pending', overdue: false }),
      ],
      evidence: [],
    });
  });

  it('answers a wrong key, a missing key and an unknown code with the same 404', async () => {
    const wrongKey = await view('not-the-key').expect(404);
    const unknown = await view(filed.accessKey, 'TN-2026-999999').expect(404);
    const noKey = await http.get(`/api/v1/complaints/${filed.trackingCode}`).expect(404);
    expect(wrongKey.body).toEqual(unknown.body);
    expect(noKey.body).toEqual(unknown.body);
    await http.get('/api/v1/complaints/garbage').set('X-Access-Key', filed.accessKey).expect(404);
  });

  it('never shows internal events, and shows only data.public of the others', async () => {
    const events = ds.getRepository(CaseEventEntity);
    const base = { caseId: filed.id, actorKind: 'staff' as const, fromStatus: null, toStatus: null };
    await events.save({
      ...base,
      action: 'note',
      visibility: 'internal',
      data: { public: { text: 'INTERNAL NOTE' }, detail: {} },
    });
    await events.save({
      ...base,
      action: 'message',
      visibility: 'public',
      data: { public: { to: 'consumer', body: 'Xin chào' }, detail: { staffOnly: 'DETAIL SECRET' } },
    });
    const res = await view().expect(200);
    expect(res.body.timeline.map((e: { action: string }) => e.action)).toEqual(['submit', 'message']);
    expect(res.body.timeline[1]).toMatchObject({ actor: 'staff', data: { body: 'Xin chào' } });
    expect(res.text).not.toContain('INTERNAL NOTE');
    expect(res.text).not.toContain('DETAIL SECRET');
  });

  it('shows the open request for information and takes the answer through the key', async () => {
    await api
      .get(CaseWorkflowService, { strict: false })
      .perform(filed.id, 'request_info', { question: 'Số hợp đồng?' }, ADMIN);
    const waiting = await view().expect(200);
    expect(waiting.body).toMatchObject({ status: 'needs_info', openRequest: { question: 'Số hợp đồng?' } });
    expect(waiting.body.allowedActions).toEqual(expect.arrayContaining(['provide_info', 'withdraw']));
    const blank = await act('provide_info', { answer: '  ' }).expect(422);
    expect(blank.body.details).toEqual([{ field: 'answer', rule: 'required' }]);
    const answered = await act('provide_info', { answer: 'HĐ-2026-0042' }).expect(200);
    expect(answered.body).toMatchObject({ status: 'submitted', openRequest: null });
    expect(answered.body.timeline.at(-1)).toMatchObject({
      action: 'provide_info',
      actor: 'consumer',
      data: { answer: 'HĐ-2026-0042' },
    });
  });

  it('refuses staff actions (403), actions the status does not allow (409), unknown actions and fields', async () => {
    await act('accept').expect(403);
    await act('provide_info', { answer: 'x' }).expect(409);
    expect((await act('no_such_action')).status).toBe(CASE_ERROR_HTTP_STATUS.unknown_action);
    await act('withdraw', { version: 3 }).expect(400);
    await act('request_mediation', { organisationId: 'not-a-uuid' }).expect(400);
  });

  it('rates only after closure (409 before), once (409 again)', async () => {
    await rate({ score: 5 }).expect(409);
    const withdrawn = await act('withdraw', { reason: 'Công ty đã hoàn tiền' }).expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', allowedActions: [] });
    await rate({ score: 6 }).expect(400);
    const rated = await rate({ score: 4, comment: 'Cán bộ hỗ trợ nhanh' }).expect(200);
    expect(rated.body.timeline.at(-1)).toMatchObject({ action: 'rated', actor: 'consumer', data: { score: 4 } });
    expect(rated.text).not.toContain('Cán bộ hỗ trợ nhanh');
    const again = await rate({ score: 1 }).expect(409);
    expect(again.body.details).toEqual([{ field: 'rating', rule: 'already_rated' }]);
    // The comment is encrypted at rest, read back through the entity.
    const [row] = await ds.query('SELECT rating, rating_comment FROM cases WHERE id = $1', [filed.id]);
    expect(row).toEqual({ rating: 4, rating_comment: expect.stringMatching(/^enc:v1:/) });
    const kase = await ds.getRepository(CaseEntity).findOneByOrFail({ id: filed.id });
    expect(kase).toMatchObject({ rating: 4, ratingComment: 'Cán bộ hỗ trợ nhanh' });
  });
});
