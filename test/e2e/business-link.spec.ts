import { hashSecret, newSecret } from '@app/cases';
import {
  act,
  createCase,
  CreatedCase,
  detail,
  driveTo,
  login,
  mailTo,
  orgId,
  Stack,
  startStack,
} from '../support/case-factory';
import { businessTokenIn, isMediationRequestTo } from '../support/lifecycle-client';

const REMEDY = 'Hoàn lại 100% tiền hàng trong 5 ngày làm việc.';

describe('the business’s secure link', () => {
  let stack: Stack;
  let officer: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    officer = await login(stack.http, 'officer@demo.test');
  });

  afterAll(() => stack?.stop());

  /** A case forwarded to its business; the token is the last path segment of the link. */
  async function forwarded(): Promise<{ kase: CreatedCase; url: string; token: string }> {
    const kase = await createCase(stack.dataSource);
    await driveTo(stack.http, officer, kase.id, 'consultation');
    const res = await act(stack.http, officer, kase.id, 'forward_to_business', { basis: 'business_silent' });
    expect(res.status).toBe(200);
    const url = res.body.businessLinkUrl as string;
    return { kase, url, token: url.split('/').pop() as string };
  }

  const view = (token: string) => stack.http.get(`/api/v1/business/${token}`);
  /** The case's open clocks (running, paused, or late and not met): kind → due, as the api writes it. */
  const openClocks = async (caseId: string): Promise<Record<string, string>> =>
    Object.fromEntries(
      (
        await stack.dataSource.query<{ kind: string; due_at: Date }[]>(
          `SELECT kind, due_at FROM case_deadlines
            WHERE case_id = $1 AND status IN ('pending', 'paused', 'breached') AND closed_at IS NULL`,
          [caseId],
        )
      ).map((row) => [row.kind, row.due_at.toISOString()]),
    );
  const respond = (token: string, body: object) => stack.http.post(`/api/v1/business/${token}/respond`).send(body);

  describe('forward_to_business', () => {
    it('answers the link once, keeps only its hash and emails it to the business', async () => {
      const { kase, url, token } = await forwarded();
      expect(url).toMatch(/\/business\/[A-Za-z0-9_-]{43}$/);
      const now = await detail(stack.http, officer, kase.id).expect(200);
      expect(now.body).toMatchObject({
        status: 'negotiation',
        lifecycle: { forwarding: { basis: 'business_silent' } },
      });
      expect(now.body.businessLinkUrl).toBeUndefined();
      const rows = await stack.dataSource.query('SELECT token_hash FROM business_links WHERE case_id = $1', [kase.id]);
      expect(rows).toEqual([{ token_hash: hashSecret(token) }]);
      const mail = await mailTo(stack.smtp, kase.businessEmail);
      expect(mail.subject).toContain(kase.trackingCode);
      expect(mail.text).toContain(url);
    });
  });

  describe('GET /business/:token', () => {
    it('shows the complaint but not the consumer’s contact details, which were not shared', async () => {
      const { kase, token } = await forwarded();
      const res = await view(token).expect(200);
      expect(res.body).toMatchObject({
        trackingCode: kase.trackingCode,
        status: 'negotiation',
        description: expect.stringContaining('Sản phẩm lỗi'),
        consumer: { name: 'Nguyễn Thị Lan', email: null, phone: null },
        allowedActions: ['business_respond'],
      });
      expect(JSON.stringify(res.body)).not.toContain(kase.consumerEmail);
      expect(JSON.stringify(res.body)).not.toContain('0912345678');
    });

    it('shows the contact details once the consumer agreed to share them', async () => {
      const { kase, token } = await forwarded();
      await stack.dataSource.query(
        `UPDATE case_parties SET contact_shared = true WHERE case_id = $1 AND role = 'consumer'`,
        [kase.id],
      );
      const res = await view(token).expect(200);
      expect(res.body.consumer).toEqual({ name: 'Nguyễn Thị Lan', email: kase.consumerEmail, phone: '0912345678' });
    });

    it('lists the business’s own open clocks (Arts 31.2, 57.2) with the working days left, and no one else’s', async () => {
      const { kase, token } = await forwarded();
      const due = await openClocks(kase.id);
      const res = await view(token).expect(200);
      expect(res.body.deadlines).toEqual([
        {
          kind: 'business_acknowledgement',
          status: 'pending',
          startedAt: expect.any(String),
          dueAt: due.business_acknowledgement,
          overdue: false,
          remindersSent: 0,
          escalationLevel: 0,
          closedAt: null,
          // Forwarded today: the 3rd and the 7th working day from today.
          workingDaysLeft: 3,
        },
        expect.objectContaining({ kind: 'business_negotiation', dueAt: due.business_negotiation, workingDaysLeft: 7 }),
      ]);

      // Clocks of everyone else, open at the same time (written here directly: a request for
      // information, for one, ends the link), are not the business's to see.
      await stack.dataSource.query(
        `INSERT INTO case_deadlines (case_id, kind, status, started_at, due_at)
         SELECT $1, kind, 'pending', now(), now() + interval '3 days'
           FROM unnest(ARRAY['triage', 'forwarding', 'consumer_information', 'mediator_assignment',
                             'mediation_conclusion', 'settlement_performance', 'court_recognition']) AS kind`,
        [kase.id],
      );
      expect(Object.keys(await openClocks(kase.id))).toHaveLength(9);
      const others = await view(token).expect(200);
      expect(others.body.deadlines.map((d: { kind: string }) => d.kind)).toEqual([
        'business_acknowledgement',
        'business_negotiation',
      ]);

      // Late and still not met: shown as overdue, the working days counted back.
      await stack.dataSource.query(
        `UPDATE case_deadlines SET status = 'breached', breached_at = now(), next_action_at = NULL,
           due_at = now() - interval '15 days' WHERE case_id = $1 AND kind = 'business_acknowledgement'`,
        [kase.id],
      );
      const late = (await view(token).expect(200)).body.deadlines[0];
      expect(late).toMatchObject({ kind: 'business_acknowledgement', status: 'breached', overdue: true });
      expect(late.workingDaysLeft).toBeLessThan(-5);

      // Once the business answers, both duties are met: nothing left for it.
      await respond(token, { type: 'propose_remedy', description: REMEDY }).expect(200);
      expect((await view(token).expect(200)).body.deadlines).toEqual([]);
    });

    it('in mediation: the consent (Art 61) and the result report (Art 57.5), not the organisation’s appointment', async () => {
      const { kase } = await forwarded();
      await stack.http
        .post(`/api/v1/complaints/${kase.trackingCode}/actions/request_mediation`)
        .set('X-Access-Key', kase.accessKey)
        .send({ organisationId: await orgId(stack.dataSource, 'HBVNTD'), consumerConsent: true })
        .expect(200);
      const asked = await mailTo(stack.smtp, kase.businessEmail, isMediationRequestTo(kase.trackingCode));
      const due = await openClocks(kase.id);
      expect(Object.keys(due).sort()).toEqual([
        'business_mediation_consent',
        'business_result_report',
        'mediator_assignment',
      ]);
      const res = await view(String(businessTokenIn(asked.text))).expect(200);
      const byKind = (list: { kind: string }[]) => [...list].sort((a, b) => a.kind.localeCompare(b.kind));
      expect(byKind(res.body.deadlines)).toEqual([
        expect.objectContaining({
          kind: 'business_mediation_consent',
          dueAt: due.business_mediation_consent,
          workingDaysLeft: 5,
        }),
        expect.objectContaining({
          kind: 'business_result_report',
          dueAt: due.business_result_report,
          workingDaysLeft: 5,
        }),
      ]);
    });

    it('answers 404 for an unknown token, well-formed or not', async () => {
      await view(newSecret()).expect(404);
      await view('not-a-token').expect(404);
      await respond(newSecret(), { type: 'ask_question', question: 'Mã đơn hàng là gì?' }).expect(404);
    });
  });

  describe('respond', () => {
    it('propose_remedy keeps the case in negotiation, records the proposal and emails the consumer', async () => {
      const { kase, token } = await forwarded();
      const res = await respond(token, { type: 'propose_remedy', description: REMEDY, amountVnd: 1_290_000 }).expect(
        200,
      );
      expect(res.body).toMatchObject({
        status: 'negotiation',
        openProposal: { description: REMEDY, amountVnd: 1_290_000 },
      });
      const staff = await detail(stack.http, officer, kase.id).expect(200);
      expect(staff.body.status).toBe('negotiation');
      expect(staff.body.lifecycle.openProposal).toEqual({
        description: REMEDY,
        amountVnd: 1_290_000,
        proposedAt: expect.any(String),
      });
      const mail = await mailTo(stack.smtp, kase.consumerEmail);
      expect(mail.subject).toContain(kase.trackingCode);
      expect(mail.text).toContain(kase.trackingCode);
    });

    it('refuse_with_reasons with too short reasons answers 400 and records nothing', async () => {
      const { kase, token } = await forwarded();
      const before = (await detail(stack.http, officer, kase.id).expect(200)).body;
      const res = await respond(token, { type: 'refuse_with_reasons', reasons: 'Không.' }).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'reasons' })]);
      const after = (await detail(stack.http, officer, kase.id).expect(200)).body;
      expect(after).toMatchObject({ status: 'negotiation', version: before.version });
      expect(after.lifecycle.lastBusinessResponse).toBeUndefined();
    });
  });

  describe('revoked, replaced and expired links', () => {
    it('after DELETE /cases/:id/business-link the old token answers 410', async () => {
      const { kase, token } = await forwarded();
      await view(token).expect(200);
      await stack.http
        .delete(`/api/v1/cases/${kase.id}/business-link`)
        .set('Authorization', `Bearer ${officer}`)
        .expect(204);
      await view(token).expect(410);
      await respond(token, { type: 'ask_question', question: 'Mã đơn hàng là gì?' }).expect(410);
    });

    it('a reissued link works and the one it replaced answers 410', async () => {
      const { kase, token } = await forwarded();
      const res = await stack.http
        .post(`/api/v1/cases/${kase.id}/business-link`)
        .set('Authorization', `Bearer ${officer}`)
        .expect(201);
      expect(res.body).toEqual({
        businessLinkUrl: expect.stringMatching(/\/business\//),
        expiresAt: expect.any(String),
      });
      await view(token).expect(410);
      await view(res.body.businessLinkUrl.split('/').pop()).expect(200);
    });

    it('forwarding again after a reopen replaces the earlier link, which answers 410', async () => {
      const { kase, token } = await forwarded();
      expect((await act(stack.http, officer, kase.id, 'settle', { outcomeCode: 'explained' })).status).toBe(200);
      const supervisor = await login(stack.http, 'supervisor@demo.test');
      expect((await act(stack.http, supervisor, kase.id, 'reopen', { reason: 'Chưa thực hiện' })).status).toBe(200);
      const again = await act(stack.http, officer, kase.id, 'forward_to_business', { basis: 'business_silent' });
      expect(again.status).toBe(200);
      await view(again.body.businessLinkUrl.split('/').pop()).expect(200);
      await view(token).expect(410);
    });

    it('an expired link answers 410', async () => {
      const { kase, token } = await forwarded();
      await stack.dataSource.query(
        `UPDATE business_links SET expires_at = now() - interval '1 minute' WHERE case_id = $1`,
        [kase.id],
      );
      await view(token).expect(410);
      await respond(token, { type: 'propose_remedy', description: REMEDY }).expect(410);
    });
  });
});
