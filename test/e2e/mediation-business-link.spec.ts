import { OrganisationEntity, UserEntity } from '@app/persistence';
import { art652Record, complaintBody, LifecycleClient } from '../support/lifecycle-client';
import { mailTo, PASSWORD, Stack, startStack } from '../support/case-factory';

// The business is a party to the mediation (Law 19 Arts 61–62): when the consumer asks for it, the
// negotiation link narrows to the result report (Art 57.5) and a new one reaches the business by
// email, for the case, the sessions and the records.

const BUSINESS_EMAIL = 'cskh@dienmay.example.vn';

describe('the business in a mediation', () => {
  let stack: Stack;
  let sut: LifecycleClient;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    sut = new LifecycleClient(stack.http, PASSWORD);
  });
  afterAll(() => stack?.stop());

  const linkIn = (text: string | undefined) => /\/business\/([A-Za-z0-9_-]{20,})/.exec(text ?? '')?.[1];

  it('gets a new link by email when mediation is requested, for its sessions and the records', async () => {
    const officer = await sut.login('officer@demo.test');
    const c = await sut.file(complaintBody());
    await sut.staffAct(officer, c.id, 'accept');
    await sut.staffAct(officer, c.id, 'forward_to_business', { basis: 'business_silent' });
    const forwarded = await mailTo(stack.smtp, BUSINESS_EMAIL, (m) => m.subject?.includes(c.trackingCode) ?? false);
    const negotiationToken = linkIn(forwarded.text);
    expect(negotiationToken).toBeDefined();

    const association = await stack.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ code: 'HBVNTD' });
    await sut.consumerAct(c.trackingCode, c.accessKey, 'request_mediation', {
      organisationId: association.id,
      consumerConsent: true,
    });
    // The negotiation ended: its link now serves only to report the result (Law 19 Art 57.5).
    const narrowed = await stack.http.get(`/api/v1/business/${negotiationToken}`).expect(200);
    expect(narrowed.body).toMatchObject({ purpose: 'result_report', allowedActions: [] });
    await stack.http
      .post(`/api/v1/business/${negotiationToken}/respond`)
      .send({ type: 'propose_remedy', description: 'Hoàn tiền' })
      .expect(403);

    const invited = await mailTo(
      stack.smtp,
      BUSINESS_EMAIL,
      (m) => (m.subject?.includes(c.trackingCode) ?? false) && (m.text?.includes('hòa giải') ?? false),
    );
    const mediationToken = linkIn(invited.text);
    expect(mediationToken).toBeDefined();
    expect(mediationToken).not.toBe(negotiationToken);
    // The consumer never sees the business's link.
    const consumerView = await sut.consumerView(c.trackingCode, c.accessKey);
    expect(JSON.stringify(consumerView.body)).not.toContain(mediationToken);

    const view = await stack.http.get(`/api/v1/business/${mediationToken}`).expect(200);
    expect(view.body).toMatchObject({ status: 'mediation', purpose: 'mediation' });
    await stack.http.get(`/api/v1/business/${mediationToken}/sessions`).expect(200);
    // Negotiating is over: the link cannot answer as in the negotiation.
    const respond = await stack.http
      .post(`/api/v1/business/${mediationToken}/respond`)
      .send({ type: 'propose_remedy', description: 'Hoàn tiền' });
    expect(respond.status).toBe(409);

    // The business agrees to the mediation through this link (Law 19 Art 61); then it can be held.
    await sut.businessAnswersMediation(String(mediationToken), 'accept');

    // After a success the business downloads the record, as a party.
    const mediationAdmin = await sut.login('mediation_admin@demo.test');
    const mediator = await stack.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'mediator@demo.test' });
    await stack.http
      .post(`/api/v1/cases/${c.id}/mediator`)
      .set('Authorization', `Bearer ${mediationAdmin}`)
      .send({ mediatorId: mediator.id, interpreter: true })
      .expect(200);
    const mediatorToken = await sut.login('mediator@demo.test');
    await sut.staffAct(mediatorToken, c.id, 'record_mediation_result', { result: 'success', record: art652Record() });
    const pdf = await stack.http.get(`/api/v1/business/${mediationToken}/records/mediation-success`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    // The mediation is over: the link serves its record only (issue 12 item 5).
    const after = await stack.http.get(`/api/v1/business/${mediationToken}`).expect(200);
    expect(after.body).toMatchObject({ purpose: 'mediation_record', uses: ['view', 'records'] });
    await stack.http.get(`/api/v1/business/${mediationToken}/sessions`).expect(403);
    await stack.http
      .post(`/api/v1/business/${mediationToken}/documents`)
      .attach('files', Buffer.from('%PDF-1.4 tài liệu'), { filename: 'them.pdf', contentType: 'application/pdf' })
      .expect(403);
    // A reopen ends it too.
    const supervisor = await sut.login('supervisor@demo.test');
    await sut.staffAct(supervisor, c.id, 'reopen', { reason: 'Doanh nghiệp không thực hiện thỏa thuận' });
    await stack.http.get(`/api/v1/business/${mediationToken}`).expect(410);
  });

  it('the mediation link stops when the consumer withdraws during the mediation (issue 12 item 5)', async () => {
    const officer = await sut.login('officer@demo.test');
    const c = await sut.file(complaintBody());
    await sut.staffAct(officer, c.id, 'accept');
    await sut.staffAct(officer, c.id, 'forward_to_business', { basis: 'business_silent' });
    const association = await stack.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ code: 'HBVNTD' });
    await sut.consumerAct(c.trackingCode, c.accessKey, 'request_mediation', {
      organisationId: association.id,
      consumerConsent: true,
    });
    const invited = await mailTo(
      stack.smtp,
      BUSINESS_EMAIL,
      (m) => (m.subject?.includes(c.trackingCode) ?? false) && (m.text?.includes('hòa giải') ?? false),
    );
    const mediationToken = String(linkIn(invited.text));
    await stack.http.get(`/api/v1/business/${mediationToken}`).expect(200);
    await sut.consumerAct(c.trackingCode, c.accessKey, 'withdraw', { reason: 'Đã tự thỏa thuận được' });
    await stack.http.get(`/api/v1/business/${mediationToken}`).expect(410);
    await stack.http.get(`/api/v1/business/${mediationToken}/records/mediation-success`).expect(410);
  });
});
