import { DataSource } from 'typeorm';
import { OrganisationEntity, UserEntity } from '@app/persistence';
import { SmtpSink } from '../support/smtp-sink';
import { Http, Stack, startStack } from '../support/stack';
import {
  art652Record,
  businessTokenIn,
  complaintBody,
  isMediationRequestTo,
  LifecycleClient,
} from '../support/lifecycle-client';

const PASSWORD = 'lifecycle-password';

describe('complaint lifecycle over HTTP', () => {
  let stack: Stack;
  let dataSource: DataSource;
  let smtp: SmtpSink;
  let http: Http;
  let sut: LifecycleClient;
  let officer: string;
  let mediationAdmin: string;
  let mediator: string;
  let association: string;
  let associationOrgId: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true, seed: PASSWORD });
    ({ dataSource, smtp, http } = stack);
    sut = new LifecycleClient(http, PASSWORD);
    officer = await sut.login('officer@demo.test');
    mediationAdmin = await sut.login('mediation_admin@demo.test');
    mediator = await sut.login('mediator@demo.test');
    association = await sut.login('association@demo.test');
    associationOrgId = (await dataSource.getRepository(OrganisationEntity).findOneByOrFail({ code: 'HBVNTD' })).id;
  });

  afterAll(() => stack?.stop());

  /**
   * The consumer asks the association to mediate; the business agrees through the link its email
   * carried (Law 19 Art 61); the association's admin appoints the demo mediator.
   */
  const mediate = async (c: { id: string; trackingCode: string; accessKey: string }) => {
    await sut.consumerAct(c.trackingCode, c.accessKey, 'request_mediation', {
      organisationId: associationOrgId,
      consumerConsent: true,
    });
    const asked = await smtp.waitUntil(isMediationRequestTo(c.trackingCode));
    await sut.businessAnswersMediation(String(businessTokenIn(asked.text)), 'accept');
    const mediatorUser = await dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'mediator@demo.test' });
    await http
      .post(`/api/v1/cases/${c.id}/mediator`)
      .set('Authorization', `Bearer ${mediationAdmin}`)
      .send({ mediatorId: mediatorUser.id })
      .expect(200);
  };

  const toMediation = async (c: { id: string; trackingCode: string; accessKey: string }) => {
    await sut.staffAct(officer, c.id, 'accept');
    await sut.staffAct(officer, c.id, 'forward_to_business', { basis: 'business_silent' });
    await mediate(c);
  };

  it('submitted → consultation → negotiation → business proposal → consumer rejects → mediation → success → resolved', async () => {
    const c = await sut.file();
    await sut.staffAct(officer, c.id, 'accept');
    const forwarded = await sut.staffAct(officer, c.id, 'forward_to_business', { basis: 'business_silent' });
    expect(forwarded.body.status).toBe('negotiation');
    const token = String(forwarded.body.businessLinkUrl).split('/').pop();
    await http
      .post(`/api/v1/business/${token}/respond`)
      .send({ type: 'propose_remedy', description: 'Sửa chữa miễn phí trong 10 ngày', amountVnd: 0 })
      .expect(200);
    await sut.consumerAct(c.trackingCode, c.accessKey, 'reject_proposal', { reason: 'Muốn đổi sản phẩm mới' });
    await mediate(c);
    const done = await sut.staffAct(mediator, c.id, 'record_mediation_result', {
      result: 'success',
      record: art652Record(),
    });
    expect(done.body.status).toBe('resolved');
    expect(done.body.outcome).toBe('non_monetary_relief');

    const events = (await sut.events(mediator, c.id)).body as { action: string; actorKind: string; at: string }[];
    expect(events.map((e) => e.action)).toEqual([
      'submit',
      'accept',
      'forward_to_business',
      'business_respond',
      'reject_proposal',
      'request_mediation',
      'accept_mediation',
      'mediator_assigned',
      'record_mediation_result',
    ]);
    expect(events.map((e) => e.actorKind)).toEqual([
      'consumer',
      'staff',
      'staff',
      'business',
      'consumer',
      'consumer',
      'business',
      'staff',
      'staff',
    ]);
    expect(events.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
  });

  it('the consumer’s view hides internal notes and confidential mediation details', async () => {
    const c = await sut.file();
    await toMediation(c);
    await http
      .post(`/api/v1/cases/${c.id}/notes`)
      .set('Authorization', `Bearer ${mediator}`)
      .send({ body: 'Ghi chú nội bộ: doanh nghiệp có nhiều vụ tương tự' })
      .expect(201);
    await sut.staffAct(mediator, c.id, 'record_mediation_result', { result: 'success', record: art652Record() });
    const view = await sut.consumerView(c.trackingCode, c.accessKey);
    const text = JSON.stringify(view.body);
    expect(text).not.toContain('Ghi chú nội bộ');
    expect(view.body.timeline.map((e: { action: string }) => e.action)).not.toContain('note');
    // The association sees the outcome but not the record itself.
    const seen = await http.get(`/api/v1/cases/${c.id}`).set('Authorization', `Bearer ${association}`).expect(200);
    expect(seen.body.outcome).toBe('non_monetary_relief');
    expect(seen.body.lifecycle.mediationRecord).toBeUndefined();
  });

  it('needs_info round trip: the clock pauses, the consumer answers, the case returns where it was', async () => {
    const c = await sut.file(
      complaintBody({ consumer: { ...(complaintBody().consumer as object), email: 'info@example.vn' } }),
    );
    await sut.staffAct(officer, c.id, 'accept');
    await sut.staffAct(officer, c.id, 'request_info', { question: 'Xin gửi ảnh hóa đơn mua hàng.' });
    const waiting = await sut.consumerView(c.trackingCode, c.accessKey);
    expect(waiting.body.status).toBe('needs_info');
    expect(JSON.stringify(waiting.body.openRequest)).toContain('Xin gửi ảnh hóa đơn mua hàng.');
    const back = await sut.consumerAct(c.trackingCode, c.accessKey, 'provide_info', { answer: 'Đã gửi ảnh hóa đơn.' });
    expect(back.body.status).toBe('consultation');
    const asked = await smtp.waitUntil(
      (m) => m.subject?.includes(c.trackingCode) === true && m.text?.includes('Xin gửi ảnh hóa đơn') === true,
    );
    expect(asked.to).toMatchObject({ text: 'info@example.vn' });
  });

  it('withdraw by the consumer from an open status ends the case as withdrawn', async () => {
    const c = await sut.file();
    await sut.staffAct(officer, c.id, 'accept');
    const res = await sut.consumerAct(c.trackingCode, c.accessKey, 'withdraw', { reason: 'Đã tự thỏa thuận được' });
    expect(res.body.status).toBe('withdrawn');
    const detail = await http.get(`/api/v1/cases/${c.id}`).set('Authorization', `Bearer ${officer}`).expect(200);
    expect(detail.body.outcome).toBe('withdrawn');
    await sut.consumerAct(c.trackingCode, c.accessKey, 'withdraw', {}, 409);
  });

  it('mediation failure ends the case as unresolved with the reason and next step', async () => {
    const c = await sut.file();
    await toMediation(c);
    await sut.staffAct(
      mediator,
      c.id,
      'record_mediation_result',
      { result: 'failure', reason: 'Doanh nghiệp không đồng ý' },
      422,
    );
    const res = await sut.staffAct(mediator, c.id, 'record_mediation_result', {
      result: 'failure',
      reason: 'Doanh nghiệp không đồng ý bồi thường',
      nextStep: 'court',
    });
    expect(res.body.status).toBe('unresolved');
    expect(res.body.outcome).toBe('referred_to_court');
  });

  it('Art 65.2: a success without every record field is refused with the missing fields', async () => {
    const c = await sut.file();
    await toMediation(c);
    const { performanceDeadline: _omitted, ...partial } = art652Record();
    const res = await sut.staffAct(
      mediator,
      c.id,
      'record_mediation_result',
      { result: 'success', record: partial },
      422,
    );
    expect(res.body.details).toContainEqual(expect.objectContaining({ field: 'record.performanceDeadline' }));
  });
});
