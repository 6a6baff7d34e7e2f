import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  CaseWorkflowService,
  ClockSettingsService,
  ClockSweepService,
  DeadlineFiringService,
  formatDue,
} from '@app/cases';
import { JobQueueService } from '@app/queue';
import {
  createCase,
  CreatedCase,
  detail,
  driveTo,
  login,
  mailTo,
  orgId,
  Stack,
  startStack,
  userId,
} from '../support/case-factory';
import { art652Record, businessTokenIn, isMediationRequestTo } from '../support/lifecycle-client';
import { readUntil } from '../support/wait';

// Law 19/2023 Art 61: mediation rests on the parties' agreement. The consumer's request starts it;
// the business's own consent — through its link, or on paper recorded by staff with the document —
// completes it; declining, or the consent period (policy, 5 wd) running out, closes the attempt and
// the consumer is told what remains: court (Art 70.2 summary procedure, Art 71.2 no fee advance) or
// arbitration. And a failed session with "continue" keeps the mediation open (item 14).

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PLACE = 'Phòng 204, Hội Bảo vệ quyền lợi người tiêu dùng tỉnh, 18 Hoàng Văn Thụ, TP Thái Nguyên';

/** An instant `days` ahead on a quarter hour, written in Hanoi time as the session form wants it. */
const inDays = (days: number): string => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCMinutes(d.getUTCMinutes() - (d.getUTCMinutes() % 15), 0, 0);
  return `${new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
};

interface Requested extends CreatedCase {
  /** The business's mediation link, from the email that asks for its consent. */
  token: string;
  askedText: string;
}

describe('the business’s consent to mediation (Law 19 Art 61)', () => {
  let stack: Stack;
  let officer: string;
  let mediationAdmin: string;
  let mediator: string;
  let mediatorId: string;
  let associationId: string;

  beforeAll(async () => {
    // One PostgreSQL connection per process: a transaction that asked the pool for a second one
    // (to check the clock settings, say) would wait for it until the pool gives up, and fail.
    stack = await startStack({ worker: true, env: { DATABASE_POOL_SIZE: '1' } });
    officer = await login(stack.http, 'officer@demo.test');
    mediationAdmin = await login(stack.http, 'mediation_admin@demo.test');
    mediator = await login(stack.http, 'mediator@demo.test');
    mediatorId = await userId(stack.dataSource, 'mediator@demo.test');
    associationId = await orgId(stack.dataSource, 'HBVNTD');
  });
  afterAll(() => stack?.stop());

  const as = (token: string) => ({
    get: (path: string) => stack.http.get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) =>
      stack.http.post(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).send(body),
  });
  const business = (token: string) => ({
    view: () => stack.http.get(`/api/v1/business/${token}`),
    answer: (answer: 'accept' | 'decline', body: object = {}) =>
      stack.http.post(`/api/v1/business/${token}/mediation/${answer}`).send(body),
  });
  const staffAct = async (token: string, caseId: string, action: string, fields: object = {}) => {
    const { version } = (await detail(stack.http, token, caseId).expect(200)).body;
    return as(token).post(`/cases/${caseId}/actions/${action}`, { version, ...fields });
  };
  const clocks = async (caseId: string): Promise<Record<string, string>> =>
    Object.fromEntries(
      (
        await stack.dataSource.query<{ kind: string; status: string }[]>(
          `SELECT kind, status FROM case_deadlines WHERE case_id = $1 ORDER BY started_at`,
          [caseId],
        )
      ).map((row) => [row.kind, row.status]),
    );
  const scheduleSession = (caseId: string) =>
    as(mediator).post(`/cases/${caseId}/sessions`, {
      mode: 'in_person',
      place: PLACE,
      startsAt: inDays(10),
      durationMinutes: 90,
    });
  const assignMediator = (caseId: string) =>
    as(mediationAdmin).post(`/cases/${caseId}/mediator`, { mediatorId }).expect(200);

  /** A case in negotiation whose consumer asks the association to mediate; the business's link from its email. */
  async function requested(): Promise<Requested> {
    const c = await createCase(stack.dataSource);
    await driveTo(stack.http, officer, c.id, 'negotiation');
    await stack.http
      .post(`/api/v1/complaints/${c.trackingCode}/actions/request_mediation`)
      .set('X-Access-Key', c.accessKey)
      .send({ organisationId: associationId, consumerConsent: true })
      .expect(200);
    const asked = await mailTo(stack.smtp, c.businessEmail, isMediationRequestTo(c.trackingCode));
    return { ...c, token: String(businessTokenIn(asked.text)), askedText: asked.text ?? '' };
  }

  it('Art 61: the consumer’s request cannot carry the business’s consent (400), and changes nothing', async () => {
    const c = await createCase(stack.dataSource);
    await driveTo(stack.http, officer, c.id, 'negotiation');
    const res = await stack.http
      .post(`/api/v1/complaints/${c.trackingCode}/actions/request_mediation`)
      .set('X-Access-Key', c.accessKey)
      .send({ organisationId: associationId, consumerConsent: true, businessConsent: true })
      .expect(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'businessConsent' }));
    expect((await detail(stack.http, officer, c.id).expect(200)).body.status).toBe('negotiation');
  });

  it('Art 61: the request leaves the business’s consent pending; it accepts through its link, then the mediation begins', async () => {
    const c = await requested();
    const [{ due_at: consentDue }] = await stack.dataSource.query<{ due_at: Date }[]>(
      `SELECT due_at FROM case_deadlines WHERE case_id = $1 AND kind = 'business_mediation_consent'`,
      [c.id],
    );
    // The business is asked to accept or decline by the consent deadline.
    expect(c.askedText).toContain('đồng ý hay từ chối hòa giải');
    expect(c.askedText).toContain(String(formatDue(consentDue, 'vi')));

    const pending = (await detail(stack.http, officer, c.id).expect(200)).body;
    expect(pending.status).toBe('mediation');
    expect(pending.lifecycle.mediation).toMatchObject({ organisationId: associationId, businessConsentAt: null });
    expect(await clocks(c.id)).toMatchObject({ business_mediation_consent: 'pending', mediator_assignment: 'pending' });
    expect(await clocks(c.id)).not.toHaveProperty('mediation_conclusion');

    // The consumer cannot consent for the business.
    await stack.http
      .post(`/api/v1/complaints/${c.trackingCode}/actions/accept_mediation`)
      .set('X-Access-Key', c.accessKey)
      .send({})
      .expect(403);

    // The business sees which organisation would mediate and until when it may answer.
    const view = (await business(c.token).view().expect(200)).body;
    expect(view.mediation).toMatchObject({
      organisation: 'Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Thái Nguyên',
      businessConsentAt: null,
      consentDueAt: new Date(consentDue).toISOString(),
    });
    expect(view.allowedActions).toEqual(['accept_mediation', 'decline_mediation']);

    // The organisation may appoint its mediator meanwhile; no session, no result before the consent.
    await assignMediator(c.id);
    const early = await scheduleSession(c.id).expect(422);
    expect(early.body.details).toEqual([{ field: 'businessConsentAt', rule: 'business_consent_pending' }]);
    const result = await staffAct(mediator, c.id, 'record_mediation_result', {
      result: 'success',
      record: art652Record(),
    });
    expect(result.status).toBe(422);
    expect(result.body.details).toContainEqual({ field: 'businessConsentAt', rule: 'business_consent_pending' });

    const accepted = (await business(c.token).answer('accept').expect(200)).body;
    expect(accepted.status).toBe('mediation');
    expect(accepted.mediation.businessConsentAt).not.toBeNull();
    expect(accepted.allowedActions).toEqual([]);
    expect(await clocks(c.id)).toMatchObject({ business_mediation_consent: 'met', mediation_conclusion: 'pending' });
    await mailTo(stack.smtp, c.consumerEmail, (m) => m.subject === `[${c.trackingCode}] Doanh nghiệp đồng ý hòa giải`);
    // The organisation's admin and the mediator already appointed hear it too: sessions can be scheduled.
    for (const staff of ['mediation_admin@demo.test', 'mediator@demo.test']) {
      const told = await mailTo(
        stack.smtp,
        staff,
        (m) => m.subject === `[${c.trackingCode}] Doanh nghiệp đồng ý hòa giải`,
      );
      expect(told.text).toContain('Có thể lên lịch phiên hòa giải');
    }
    const again = await business(c.token).answer('accept').expect(422);
    expect(again.body.details).toEqual([{ field: 'businessConsentAt', rule: 'business_consent_not_pending' }]);

    await scheduleSession(c.id).expect(201);
    const events = (await as(officer).get(`/cases/${c.id}/events`).expect(200)).body as {
      action: string;
      actorKind: string;
    }[];
    expect(events.find((e) => e.action === 'accept_mediation')).toMatchObject({ actorKind: 'business' });
  });

  it('Art 61: the business declines through its link: unresolved, and the consumer is told about court (Arts 70.2, 71.2) and arbitration', async () => {
    const c = await requested();
    const reason = 'Doanh nghiệp đề nghị giải quyết tại Tòa án.';
    const declined = (await business(c.token).answer('decline', { reason }).expect(200)).body;
    expect(declined.status).toBe('unresolved');
    expect(declined.allowedActions).toEqual([]);

    const closed = (await detail(stack.http, officer, c.id).expect(200)).body;
    expect(closed).toMatchObject({ status: 'unresolved', outcome: 'explained' });
    expect(closed.lifecycle.mediation).toMatchObject({
      businessConsentAt: null,
      consentFailure: 'declined',
      declineReason: reason,
    });
    expect(await clocks(c.id)).toMatchObject({ business_mediation_consent: 'met', mediator_assignment: 'cancelled' });

    const told = await mailTo(
      stack.smtp,
      c.consumerEmail,
      (m) => m.subject?.includes('Không tiến hành hòa giải') ?? false,
    );
    expect(told.text).toContain('Doanh nghiệp đã từ chối giải quyết khiếu nại');
    expect(told.text).toContain('thủ tục rút gọn (khoản 2 Điều 70)');
    expect(told.text).toContain('không phải nộp tiền tạm ứng án phí (khoản 2 Điều 71)');
    expect(told.text).toContain('1.290.000 đồng, dưới mức 100.000.000 đồng');
    expect(told.text).toContain('trọng tài');
    // The mediation organisation hears that the attempt ended.
    const admin = await mailTo(
      stack.smtp,
      'mediation_admin@demo.test',
      (m) => m.subject?.includes(c.trackingCode) === true && m.text?.includes('đã từ chối hòa giải') === true,
    );
    expect(admin.text).toContain('Hồ sơ kết thúc, không hòa giải');
    // One closing email, not the generic one beside it.
    const closings = await stack.dataSource.query<{ template: string }[]>(
      `SELECT template FROM notifications WHERE case_id = $1 AND template IN ('case_closed', 'mediation_not_agreed')`,
      [c.id],
    );
    expect(closings).toEqual([{ template: 'mediation_not_agreed' }]);

    const tracked = await stack.http
      .get(`/api/v1/complaints/${c.trackingCode}`)
      .set('X-Access-Key', c.accessKey)
      .expect(200);
    const entry = tracked.body.timeline.find((e: { action: string }) => e.action === 'decline_mediation');
    expect(entry).toMatchObject({ actor: 'business', toStatus: 'unresolved', data: { reason } });
    // Too late to change its mind: the mediation is over, its link now only shows the case and its
    // record (issue 12 item 5), so it cannot answer.
    await business(c.token).answer('accept').expect(403);
  });

  it('Art 61: staff record a consent given on paper with its scanned document; a refused one leaves nothing behind', async () => {
    const c = await requested();
    const evidenceOf = () =>
      stack.dataSource.query<{ id: string; uploaded_by: string }[]>(
        `SELECT id, uploaded_by FROM evidence_files WHERE case_id = $1`,
        [c.id],
      );
    const storedFiles = () => readdir(join(stack.config.evidenceDir, c.id)).catch(() => [] as string[]);
    const paper = (version: unknown, withFile = true) => {
      const req = stack.http
        .post(`/api/v1/cases/${c.id}/mediation-consent`)
        .set('Authorization', `Bearer ${officer}`)
        .field('version', String(version));
      return withFile
        ? req.attach('files', PDF, { filename: 'dong-y-hoa-giai.pdf', contentType: 'application/pdf' })
        : req;
    };
    const { version } = (await detail(stack.http, officer, c.id).expect(200)).body;

    // Through the plain action route, the documents must be files uploaded to this case.
    const noDocument = await staffAct(officer, c.id, 'accept_mediation');
    expect(noDocument.status).toBe(422);
    expect(noDocument.body.details).toEqual([{ field: 'documentIds', rule: 'consent_document_required' }]);
    const stranger = await staffAct(officer, c.id, 'accept_mediation', { documentIds: [randomUUID()] });
    expect(stranger.status).toBe(422);
    expect(stranger.body.details).toEqual([{ field: 'documentIds', rule: 'unknown_consent_document' }]);

    const missing = await paper(version, false).expect(400);
    expect(missing.body.errors).toContainEqual(expect.objectContaining({ field: 'files' }));
    await paper(version - 1).expect(409); // stale: the file is not kept
    expect(await evidenceOf()).toEqual([]);
    expect(await storedFiles()).toEqual([]);

    // The clock settings are checked again inside the consent's transaction, on its connection.
    stack.api.get(ClockSettingsService).invalidate();
    const recorded = (await paper(version).expect(200)).body;
    const [file] = await evidenceOf();
    expect(file).toMatchObject({ uploaded_by: 'staff' });
    expect(recorded.status).toBe('mediation');
    expect(recorded.lifecycle.mediation).toMatchObject({
      businessConsentVia: 'paper',
      consentDocumentIds: [file.id],
    });
    expect(recorded.lifecycle.mediation.businessConsentAt).not.toBeNull();
    expect(await clocks(c.id)).toMatchObject({ business_mediation_consent: 'met', mediation_conclusion: 'pending' });
    expect(await storedFiles()).toEqual([file.id]);
    // The business's link no longer offers an answer.
    expect((await business(c.token).view().expect(200)).body.allowedActions).toEqual([]);
  });

  it('Art 61 (policy period): without an answer the request lapses at its due time, by the system, and the consumer is told their options', async () => {
    const c = await requested();
    // Its due time moved into the past, as if 5 working days had gone by; the sweep finds it.
    const [[clock]] = await stack.dataSource.query<[{ id: string }[], number]>(
      `UPDATE case_deadlines SET due_at = now() - interval '1 minute', next_action_at = now() - interval '1 minute',
              reminders_sent = 1
        WHERE case_id = $1 AND kind = 'business_mediation_consent' RETURNING id`,
      [c.id],
    );
    // The job scheduled for its reminder would keep the id busy: the sweep queues it afresh.
    await (await stack.api.get(JobQueueService).queue('deadlines').getJob(clock.id))?.remove();
    await stack.api.get(ClockSweepService).sweep();

    const closed = await readUntil(
      'the request to lapse',
      async () => (await detail(stack.http, officer, c.id).expect(200)).body,
      (body) => body.status !== 'mediation',
    );
    expect(closed).toMatchObject({ status: 'unresolved', outcome: 'explained' });
    expect(closed.lifecycle.mediation).toMatchObject({ consentFailure: 'lapsed', businessConsentAt: null });
    expect(await clocks(c.id)).toMatchObject({
      business_mediation_consent: 'lapsed',
      mediator_assignment: 'cancelled',
    });
    const lapses = (await as(officer).get(`/cases/${c.id}/events`).expect(200)).body.filter(
      (e: { action: string }) => e.action === 'expire_mediation_request',
    );
    expect(lapses).toEqual([
      expect.objectContaining({ actorKind: 'system', fromStatus: 'mediation', toStatus: 'unresolved' }),
    ]);
    // No one's breach: nothing overdue, no breach event.
    expect(closed.overdueSince).toBeNull();

    const told = await mailTo(
      stack.smtp,
      c.consumerEmail,
      (m) => m.subject?.includes('Không tiến hành hòa giải') ?? false,
    );
    expect(told.text).toContain('Doanh nghiệp không trả lời đề nghị hòa giải');
    expect(told.text).toContain('khoản 2 Điều 70');
    expect(told.text).toContain('trọng tài');

    // Fired again (a duplicate job): nothing more happens.
    expect((await stack.api.get(DeadlineFiringService).fire(clock.id)).fired).toEqual([]);
    const after = (await as(officer).get(`/cases/${c.id}/events`).expect(200)).body;
    expect(after.filter((e: { action: string }) => e.action === 'expire_mediation_request')).toHaveLength(1);
    // The mediation is over: its link now only shows the case and its record (issue 12 item 5).
    await business(c.token).answer('accept').expect(403);
  });

  it('a lapse acted on inside the firing’s transaction checks the clock settings on that transaction’s connection', async () => {
    const c = await requested();
    // As when the settings changed, or more than a second went by while the firing waited for the case's lock.
    stack.api.get(ClockSettingsService).invalidate();
    await stack.api.get(DataSource).transaction((manager) =>
      stack.api.get(CaseWorkflowService).perform(c.id, 'expire_mediation_request', {}, { kind: 'system' }, undefined, {
        manager,
        now: new Date(),
        scheduled: [],
      }),
    );
    const [row] = await stack.dataSource.query<{ status: string }[]>(`SELECT status FROM cases WHERE id = $1`, [c.id]);
    expect(row.status).toBe('unresolved');
  });

  it('Arts 61, 65: "continue" after an unsuccessful session keeps the mediation open for a new session', async () => {
    const c = await requested();
    await business(c.token).answer('accept').expect(200);
    await assignMediator(c.id);
    await scheduleSession(c.id).expect(201);

    const failed = await staffAct(mediator, c.id, 'record_mediation_result', {
      result: 'failure',
      reason: 'Doanh nghiệp cần thêm thời gian kiểm tra hóa đơn.',
      nextStep: 'continue',
    });
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({ status: 'mediation', outcome: null });
    // The mediation's own period keeps running.
    expect(await clocks(c.id)).toMatchObject({ mediation_conclusion: 'pending' });

    // The failed attempt is on the timeline, the parties' included (Art 62.2: they are the parties).
    const events = (await as(mediator).get(`/cases/${c.id}/events`).expect(200)).body;
    expect(events.filter((e: { action: string }) => e.action === 'record_mediation_result')).toEqual([
      expect.objectContaining({ fromStatus: 'mediation', toStatus: 'mediation' }),
    ]);
    const tracked = await stack.http
      .get(`/api/v1/complaints/${c.trackingCode}`)
      .set('X-Access-Key', c.accessKey)
      .expect(200);
    expect(tracked.body.timeline).toContainEqual(
      expect.objectContaining({
        action: 'record_mediation_result',
        toStatus: 'mediation',
        data: { result: 'failure', nextStep: 'continue' },
      }),
    );

    // A new session, then the mediation can still succeed.
    await scheduleSession(c.id).expect(201);
    const sessions = (await as(mediator).get(`/cases/${c.id}/sessions`).expect(200)).body;
    expect(sessions.map((s: { status: string }) => s.status)).toEqual(['scheduled', 'scheduled']);
    const settled = await staffAct(mediator, c.id, 'record_mediation_result', {
      result: 'success',
      record: art652Record(),
    });
    expect(settled.body.status).toBe('resolved');
  });
});
