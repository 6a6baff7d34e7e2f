import { DeadlineFiringService } from '@app/cases';
import { OrganisationEntity } from '@app/persistence';
import {
  act,
  createCase,
  CreatedCase,
  detail,
  driveTo,
  login,
  mailTo,
  Stack,
  startStack,
} from '../support/case-factory';

// Law 19 Art 57.5: the business reports the result of the negotiation within 5 working days after
// it ends, whatever it was. When the negotiation ends owing that report, the link the business
// negotiated with narrows to it: it shows the case and takes the report, nothing else, until the
// report is made or no longer owed.

const REMEDY = 'Hoàn lại 1.290.000 đồng trong 5 ngày làm việc.';
const REPORT = { result: 'agreement', summary: 'Đã hoàn lại 1.290.000 đồng ngày 12/11/2026.', amountVnd: 1_290_000 };

describe('the result report through the business’s link (Law 19 Art 57.5)', () => {
  let stack: Stack;
  let officer: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    officer = await login(stack.http, 'officer@demo.test');
  });
  afterAll(() => stack?.stop());

  const business = (token: string) => ({
    view: () => stack.http.get(`/api/v1/business/${token}`),
    respond: (body: object) => stack.http.post(`/api/v1/business/${token}/respond`).send(body),
    report: (body: object) => stack.http.post(`/api/v1/business/${token}/result-report`).send(body),
  });
  const reportClock = (caseId: string) =>
    stack.dataSource
      .query<{ id: string; status: string; due_at: Date; closed_at: Date | null; next_action_at: Date | null }[]>(
        `SELECT id, status, due_at, closed_at, next_action_at FROM case_deadlines
          WHERE case_id = $1 AND kind = 'business_result_report'`,
        [caseId],
      )
      .then((rows) => rows[0]);

  /** A case whose consumer accepted the business's proposal: the negotiation ended in agreement. */
  async function agreed(): Promise<{ kase: CreatedCase; token: string }> {
    const kase = await createCase(stack.dataSource);
    const forwarded = await driveTo(stack.http, officer, kase.id, 'negotiation');
    const token = String(forwarded.body.businessLinkUrl).split('/').pop() as string;
    await business(token).respond({ type: 'propose_remedy', description: REMEDY, amountVnd: 1_290_000 }).expect(200);
    await stack.http
      .post(`/api/v1/complaints/${kase.trackingCode}/actions/accept_proposal`)
      .set('X-Access-Key', kase.accessKey)
      .send({})
      .expect(200);
    return { kase, token };
  }

  it('Art 57.5: once the consumer accepts, the link only shows the case, says what it is for, and takes the report', async () => {
    const { kase, token } = await agreed();
    const clock = await reportClock(kase.id);
    expect(clock.status).toBe('pending');
    const view = await business(token).view().expect(200);
    expect(view.body).toMatchObject({
      purpose: 'result_report',
      uses: ['view', 'result_report', 'records'],
      resultReportDueAt: clock.due_at.toISOString(),
      status: 'resolved',
      allowedActions: [],
    });
    // Everything else through it answers 403, saying what the link is for now.
    const answer = await business(token).respond({ type: 'ask_question', question: 'Mã đơn hàng là gì?' }).expect(403);
    expect(answer.body.message).toContain('Art 57.5');
    await stack.http
      .post(`/api/v1/business/${token}/documents`)
      .attach('files', Buffer.from('%PDF-1.4\n%%EOF\n'), { filename: 'hoa-don.pdf', contentType: 'application/pdf' })
      .expect(403);
    // The negotiation's record stays within reach: the business signs it (Art 60).
    await stack.http.get(`/api/v1/business/${token}/records/negotiation`).expect(200);
    await stack.http.get(`/api/v1/business/${token}/sessions`).expect(403);
    // The email that told the business of the acceptance says how to report.
    const mail = await mailTo(stack.smtp, kase.businessEmail, (m) => m.text?.includes('khoản 5 Điều 57') === true);
    expect(mail.text).toContain('đường dẫn bảo mật doanh nghiệp đã dùng để thương lượng');
  });

  it('Art 57.5: an invalid report answers 400 or 422 and changes nothing', async () => {
    const { kase, token } = await agreed();
    const invalid = await business(token).report({ result: 'settled', summary: '' }).expect(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['result', 'summary']);
    const money = await business(token)
      .report({ result: 'no_agreement', summary: 'Hai bên không thỏa thuận được.', amountVnd: 500_000 })
      .expect(422);
    expect(money.body.details).toEqual([{ field: 'amountVnd', rule: 'amount_only_with_agreement' }]);
    expect((await reportClock(kase.id)).status).toBe('pending');
    expect((await detail(stack.http, officer, kase.id).expect(200)).body.lifecycle.negotiationResult).toBeUndefined();
  });

  it('Art 57.5: the report meets the clock, is on the timeline, and the link then stops', async () => {
    const { kase, token } = await agreed();
    const receipt = await business(token).report(REPORT).expect(201);
    expect(receipt.body).toEqual({
      trackingCode: kase.trackingCode,
      result: 'agreement',
      reportedAt: expect.any(String),
    });
    expect(await reportClock(kase.id)).toMatchObject({ status: 'met', next_action_at: null });

    const staff = await detail(stack.http, officer, kase.id).expect(200);
    expect(staff.body.lifecycle.negotiationResult).toEqual({ ...REPORT, reportedAt: receipt.body.reportedAt });
    const events = await stack.http
      .get(`/api/v1/cases/${kase.id}/events`)
      .set('Authorization', `Bearer ${officer}`)
      .expect(200);
    expect(events.body.find((e: { action: string }) => e.action === 'negotiation_result_reported')).toMatchObject({
      actorKind: 'business',
      visibility: 'public',
      data: { public: { result: 'agreement' }, detail: { summary: REPORT.summary, amountVnd: 1_290_000 } },
    });
    // The consumer sees that the business reported, and which result; the summary is for staff.
    const tracked = await stack.http
      .get(`/api/v1/complaints/${kase.trackingCode}`)
      .set('X-Access-Key', kase.accessKey)
      .expect(200);
    const entry = tracked.body.timeline.find((e: { action: string }) => e.action === 'negotiation_result_reported');
    expect(entry).toMatchObject({ actor: 'business', data: { result: 'agreement' } });
    expect(JSON.stringify(tracked.body.timeline)).not.toContain(REPORT.summary);

    await business(token).view().expect(410);
    await business(token).report(REPORT).expect(410);
  });

  it('Art 57.5: a late report meets the breached clock, stops its escalation and clears the overdue mark', async () => {
    const { kase, token } = await agreed();
    const clock = await reportClock(kase.id);
    await stack.dataSource.query(
      `UPDATE case_deadlines SET due_at = now() - interval '1 minute', next_action_at = now() - interval '1 minute',
              reminders_sent = 1 WHERE id = $1`,
      [clock.id],
    );
    expect((await stack.api.get(DeadlineFiringService).fire(clock.id)).fired).toContain('breach');
    const [before] = await stack.dataSource.query(`SELECT overdue_since FROM cases WHERE id = $1`, [kase.id]);
    expect(before.overdue_since).not.toBeNull();

    await business(token).report({ result: 'agreement', summary: 'Đã hoàn tiền, báo cáo muộn.' }).expect(201);
    const after = await reportClock(kase.id);
    expect(after).toMatchObject({ status: 'breached', next_action_at: null });
    expect(after.closed_at).not.toBeNull();
    const [row] = await stack.dataSource.query(`SELECT overdue_since FROM cases WHERE id = $1`, [kase.id]);
    expect(row.overdue_since).toBeNull();
  });

  it('Art 57.5: while the report is owed, staff may reissue a lost link for it; the one it replaces answers 410', async () => {
    const { kase, token } = await agreed();
    const reissue = () =>
      stack.http.post(`/api/v1/cases/${kase.id}/business-link`).set('Authorization', `Bearer ${officer}`);
    const fresh = String((await reissue().expect(201)).body.businessLinkUrl)
      .split('/')
      .pop() as string;
    await business(token).view().expect(410);
    expect((await business(fresh).view().expect(200)).body.purpose).toBe('result_report');
    await business(fresh).report(REPORT).expect(201);
    // Nothing is owed any more: there is no link to give.
    await reissue().expect(409);
  });

  it('Art 57.5: settle is itself the report: nothing is owed and the link stops', async () => {
    const kase = await createCase(stack.dataSource);
    const forwarded = await driveTo(stack.http, officer, kase.id, 'negotiation');
    const token = String(forwarded.body.businessLinkUrl).split('/').pop() as string;
    expect((await act(stack.http, officer, kase.id, 'settle', { outcomeCode: 'explained' })).status).toBe(200);
    expect(await reportClock(kase.id)).toBeUndefined();
    await business(token).view().expect(410);
    await business(token).report(REPORT).expect(410);
  });

  it('Art 57.5: when the consumer moves to mediation, the negotiation link takes the report and the mediation link does not', async () => {
    const kase = await createCase(stack.dataSource);
    const forwarded = await driveTo(stack.http, officer, kase.id, 'negotiation');
    const token = String(forwarded.body.businessLinkUrl).split('/').pop() as string;
    const association = await stack.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ code: 'HBVNTD' });
    await stack.http
      .post(`/api/v1/complaints/${kase.trackingCode}/actions/request_mediation`)
      .set('X-Access-Key', kase.accessKey)
      .send({ organisationId: association.id, consumerConsent: true })
      .expect(200);
    expect((await reportClock(kase.id)).status).toBe('pending');
    expect((await business(token).view().expect(200)).body).toMatchObject({
      purpose: 'result_report',
      status: 'mediation',
    });

    const invited = await mailTo(stack.smtp, kase.businessEmail, (m) => m.text?.includes('hòa giải') === true);
    expect(invited.text).toContain('khoản 5 Điều 57');
    const mediationToken = /\/business\/([A-Za-z0-9_-]{20,})/.exec(invited.text ?? '')?.[1] as string;
    expect((await business(mediationToken).view().expect(200)).body.purpose).toBe('mediation');
    const refused = await business(mediationToken).report({ result: 'mediation', summary: 'Chuyển sang hòa giải.' });
    expect(refused.status).toBe(403);

    await business(token).report({ result: 'mediation', summary: 'Người tiêu dùng chọn hòa giải.' }).expect(201);
    expect((await reportClock(kase.id)).status).toBe('met');
    // The mediation link goes on.
    await business(mediationToken).view().expect(200);
  });
});
