import { hydrateEventTexts } from '@app/cases';
import { formatDue } from '@app/cases/notifications/templates';
import { courtRecognitionDeadline, OFFICIAL_YEAR_TABLES, toLocalDate, WorkingDayCalendar } from '@app/domain';
import { JobQueueService } from '@app/queue';
import {
  act,
  createCase,
  CreatedCase,
  createStaff,
  driveTo,
  login,
  mailTo,
  putInMediation,
  Stack,
  startStack,
} from '../support/case-factory';
import { readUntil } from '../support/wait';

// After a successful mediation (Law 19/2023 Art 65.2 record with a performance deadline): on that
// day the consumer is asked whether the business performed; "no" flags the case and tells them they
// may ask a court to recognise the agreement within 6 months (Art 66; Civil Procedure Code Art 418.1).

const RECORD = {
  mediator: 'Trần Văn Hòa',
  organisation: 'Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Thái Nguyên',
  parties: ['Nguyễn Thị Lan', 'Cửa hàng ABC'],
  place: 'Trụ sở Hội, số 5 đường Đội Cấn',
  subject: 'Tai nghe lỗi sau hai ngày',
  consumerViews: 'Muốn hoàn tiền',
  businessViews: 'Đồng ý hoàn tiền',
  result: 'Cửa hàng hoàn 1.000.000 đồng',
  implementation: 'Chuyển khoản',
  otherTerms: '',
};

interface NoticeRow {
  recipient_email: string;
  template: string;
  status: string;
  body_text: string;
}

describe('the performance follow-up of a mediated settlement (Law 19 Arts 65.2, 66)', () => {
  let stack: Stack;
  let officer: string;
  let mediator: string;
  let mediatorId: string;
  const calendar = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES);

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    officer = await login(stack.http, 'officer@demo.test');
    mediatorId = await createStaff(stack.dataSource, {
      email: 'follow-up-mediator@e2e.test',
      role: 'mediator',
      orgCode: 'HBVNTD',
    });
    await stack.dataSource.query(
      `INSERT INTO mediator_profiles (user_id, vietnamese_citizen, full_civil_capacity, reputation_attested_on,
         mediation_training_certificate, mediation_training_on, consumer_law_training_on, judicial_record_on, verified_at)
       VALUES ($1, true, true, '2025-01-10', 'HG-2025-001', '2025-02-01', '2025-03-01', '2025-04-01', now())`,
      [mediatorId],
    );
    mediator = await login(stack.http, 'follow-up-mediator@e2e.test');
  });
  afterAll(() => stack?.stop());

  const deadlines = () => stack.api.get(JobQueueService).queue('deadlines');
  const inDays = (days: number) => toLocalDate(new Date(Date.now() + days * 86_400_000));

  /** A case resolved by mediation today, to be performed by `performanceDeadline`. */
  async function settled(performanceDeadline = inDays(10)): Promise<CreatedCase & { recordTime: Date }> {
    const c = await createCase(stack.dataSource);
    await driveTo(stack.http, officer, c.id, 'consultation');
    await putInMediation(stack.dataSource, c.id, 'HBVNTD', mediatorId);
    const recordTime = new Date();
    const res = await act(stack.http, mediator, c.id, 'record_mediation_result', {
      result: 'success',
      record: { ...RECORD, time: recordTime.toISOString(), performanceDeadline },
      amountRecoveredVnd: 1_000_000,
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('resolved');
    return { ...c, recordTime };
  }

  const answer = (c: CreatedCase, body: object, key = c.accessKey) =>
    stack.http.post(`/api/v1/complaints/${c.trackingCode}/performance`).set('X-Access-Key', key).send(body);

  const clockOf = async (caseId: string, kind: string) =>
    (
      await stack.dataSource.query<
        { id: string; status: string; due_at: Date; closed_at: Date | null; next_action_at: Date | null }[]
      >(`SELECT id, status, due_at, closed_at, next_action_at FROM case_deadlines WHERE case_id = $1 AND kind = $2`, [
        caseId,
        kind,
      ])
    )[0];

  const caseRow = async (id: string) =>
    (
      await stack.dataSource.query<
        { attention_reason: string | null; attention_since: Date | null; overdue_since: Date | null; version: number }[]
      >(`SELECT attention_reason, attention_since, overdue_since, version FROM cases WHERE id = $1`, [id])
    )[0];

  // With their free text read back from case_texts (issue 12 item 11), as every reader of events does.
  const eventsOf = async (caseId: string, actions: string[]) =>
    hydrateEventTexts(
      stack.dataSource.manager,
      await stack.dataSource.query<
        {
          action: string;
          actor_kind: string;
          visibility: string;
          data: { public: Record<string, unknown>; detail: Record<string, unknown> };
        }[]
      >(
        `SELECT action, actor_kind, visibility, data FROM case_events WHERE case_id = $1 AND action = ANY($2) ORDER BY id`,
        [caseId, actions],
      ),
    );

  const noticesOf = (caseId: string, template: string) =>
    stack.dataSource.query<NoticeRow[]>(
      `SELECT recipient_email, template, status, body_text FROM notifications
        WHERE case_id = $1 AND template = $2 ORDER BY recipient_email`,
      [caseId, template],
    );

  const advisorEmail = async (caseId: string) =>
    (
      await stack.dataSource.query<{ email: string }[]>(
        `SELECT u.email FROM cases c JOIN users u ON u.id = c.assignee_id WHERE c.id = $1`,
        [caseId],
      )
    )[0].email;

  describe('the performance date passes, the consumer answers "not performed"', () => {
    let c: CreatedCase & { recordTime: Date };

    beforeAll(async () => {
      c = await settled();
      // The record's date is days ahead: move the clock (and its job) to run out in a second.
      const [[clock]] = await stack.dataSource.query<[{ id: string }[], number]>(
        `UPDATE case_deadlines SET due_at = now() + interval '1 second', next_action_at = now() + interval '1 second',
                reminders_sent = 1
          WHERE case_id = $1 AND kind = 'settlement_performance' RETURNING id`,
        [c.id],
      );
      await (await deadlines().getJob(clock.id))?.changeDelay(1_000);
    });

    it('on the day, the consumer is asked (performance_check, with the link) and the advisor informed; no supervisor, no breach', async () => {
      const clock = await readUntil(
        'the performance clock to lapse',
        () => clockOf(c.id, 'settlement_performance'),
        (row) => row?.status === 'lapsed',
      );
      // Art 65.2: the date passing is no one's breach yet; the clock waits, lapsed, for the answer.
      expect(clock).toMatchObject({ closed_at: null, next_action_at: null });
      expect(await eventsOf(c.id, ['deadline_breached', 'deadline_escalated'])).toEqual([]);
      expect(await caseRow(c.id)).toMatchObject({ overdue_since: null });
      const subject = `[${c.trackingCode}] Doanh nghiệp đã thực hiện kết quả hòa giải chưa?`;
      const mail = await mailTo(stack.smtp, c.consumerEmail, (m) => m.subject === subject);
      expect(mail.text).toContain(`${stack.config.publicBaseUrl}/complaints/${c.trackingCode}`);
      const notices = await stack.dataSource.query<NoticeRow[]>(
        `SELECT recipient_email, template FROM notifications WHERE message_key LIKE $1 ORDER BY template`,
        [`clock:${clock.id}:%`],
      );
      expect(notices).toEqual([
        { recipient_email: c.consumerEmail, template: 'performance_check' },
        { recipient_email: await advisorEmail(c.id), template: 'performance_check_staff' },
      ]);
      expect(notices.map((n) => n.recipient_email)).not.toContain('supervisor@demo.test');
      expect(notices.map((n) => n.recipient_email)).not.toContain(c.businessEmail);
    });

    it('"not performed": 200, the case flagged, the clock closed, an event, the court date computed from the agreement', async () => {
      const before = await caseRow(c.id);
      const res = await answer(c, { performed: false, comment: 'Cửa hàng chưa chuyển khoản <b>tiền</b>.' });
      expect(res.status).toBe(200);
      const court = await clockOf(c.id, 'court_recognition');
      const expected = courtRecognitionDeadline(c.recordTime, calendar);
      expect(new Date(court.due_at).toISOString()).toBe(expected.toISOString());
      expect(res.body).toEqual({
        trackingCode: c.trackingCode,
        performed: false,
        flagged: true,
        courtRecognitionDeadline: expected.toISOString(),
      });
      const row = await caseRow(c.id);
      expect(row).toMatchObject({ attention_reason: 'settlement_not_performed', overdue_since: null });
      expect(row.attention_since).not.toBeNull();
      expect(row.version).toBe(before.version); // not a lifecycle change
      expect(await clockOf(c.id, 'settlement_performance')).toMatchObject({ status: 'breached', next_action_at: null });
      expect((await clockOf(c.id, 'settlement_performance')).closed_at).not.toBeNull();
      expect(await clockOf(c.id, 'court_recognition')).toMatchObject({ status: 'pending' });
      const [event] = await eventsOf(c.id, ['performance_not_confirmed']);
      expect(event).toMatchObject({
        actor_kind: 'consumer',
        visibility: 'public',
        data: { public: { performed: false }, detail: { comment: 'Cửa hàng chưa chuyển khoản <b>tiền</b>.' } },
      });
    });

    it('the consumer is told they may ask a court to recognise the result, by the date (Art 66, CPC Art 418)', async () => {
      const due = formatDue(courtRecognitionDeadline(c.recordTime, calendar), 'vi') as string;
      const mail = await mailTo(stack.smtp, c.consumerEmail, (m) => m.subject?.includes('Tòa án công nhận') === true);
      expect(mail.subject).toBe(`[${c.trackingCode}] Quyền yêu cầu Tòa án công nhận kết quả hòa giải`);
      expect(mail.text).toContain(`Hạn yêu cầu Tòa án công nhận: ${due}.`);
      expect(mail.text).toContain('Điều 66');
      expect(mail.text).toContain('Điều 418');
      expect(mail.text).not.toContain('chưa chuyển khoản'); // the comment is for the handling body
    });

    it('the advisor and the unit supervisors are told, with the consumer’s words', async () => {
      const advisor = await advisorEmail(c.id);
      const rows = await readUntil(
        'the staff notices of the answer to be sent',
        () => noticesOf(c.id, 'settlement_not_performed_staff'),
        (found) => found.length >= 2 && found.every((n) => n.status === 'sent'),
      );
      expect(rows.map((n) => n.recipient_email).sort()).toEqual([advisor, 'supervisor@demo.test'].sort());
      const subject = `[${c.trackingCode}] Cần chú ý: doanh nghiệp chưa thực hiện kết quả hòa giải`;
      const mail = await mailTo(stack.smtp, 'supervisor@demo.test', (m) => m.subject === subject);
      expect(mail.text).toContain('Cửa hàng chưa chuyển khoản <b>tiền</b>.');
      expect(mail.html).toContain('&lt;b&gt;tiền&lt;/b&gt;');
      expect(mail.text).toContain(formatDue(courtRecognitionDeadline(c.recordTime, calendar), 'vi') as string);
    });

    it('the consumer’s timeline shows the answer, not the comment', async () => {
      const view = await stack.http
        .get(`/api/v1/complaints/${c.trackingCode}`)
        .set('X-Access-Key', c.accessKey)
        .expect(200);
      const entry = view.body.timeline.find((e: { action: string }) => e.action === 'performance_not_confirmed');
      expect(entry).toMatchObject({ actor: 'consumer', data: { performed: false } });
      expect(JSON.stringify(view.body)).not.toContain('chưa chuyển khoản');
    });

    it('answering again is 409, whatever the answer, and writes nothing', async () => {
      for (const performed of [false, true]) {
        const res = await answer(c, { performed });
        expect(res.status).toBe(409);
        expect(res.body.details).toEqual([{ field: 'performed', rule: 'already_answered' }]);
      }
      expect(await eventsOf(c.id, ['performance_confirmed', 'performance_not_confirmed'])).toHaveLength(1);
    });

    it('staff clear the flag: a mediator or the association may not (403), the officer may (204, event), then 409', async () => {
      const url = `/api/v1/cases/${c.id}/attention`;
      await stack.http.delete(url).set('Authorization', `Bearer ${mediator}`).expect(403);
      const association = await login(stack.http, 'association@demo.test');
      await stack.http.delete(url).set('Authorization', `Bearer ${association}`).expect(403);
      // A mediation admin of another organisation does not see the case.
      await createStaff(stack.dataSource, {
        email: 'other-med-admin@e2e.test',
        role: 'mediation_admin',
        orgCode: 'SCT',
      });
      const other = await login(stack.http, 'other-med-admin@e2e.test');
      await stack.http.delete(url).set('Authorization', `Bearer ${other}`).expect(404);
      await stack.http.delete(url).set('Authorization', `Bearer ${officer}`).expect(204);
      expect(await caseRow(c.id)).toMatchObject({ attention_reason: null, attention_since: null });
      const [event] = await eventsOf(c.id, ['attention_cleared']);
      expect(event).toMatchObject({
        actor_kind: 'staff',
        visibility: 'internal',
        data: { detail: { reason: 'settlement_not_performed' } },
      });
      const again = await stack.http.delete(url).set('Authorization', `Bearer ${officer}`).expect(409);
      expect(again.body.details).toEqual([{ field: 'attentionReason', rule: 'not_flagged' }]);
    });
  });

  describe('"performed"', () => {
    it('is accepted before the date: the clock is met, the court-recognition reminder ends (CPC Art 418.1), an event, no flag, no court email; then 409', async () => {
      const c = await settled();
      const res = await answer(c, { performed: true });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ performed: true, flagged: false });
      const clock = await clockOf(c.id, 'settlement_performance');
      expect(clock).toMatchObject({ status: 'met', next_action_at: null });
      expect(clock.closed_at).not.toBeNull();
      expect(await clockOf(c.id, 'court_recognition')).toMatchObject({ status: 'cancelled', next_action_at: null });
      expect(await caseRow(c.id)).toMatchObject({ attention_reason: null });
      expect(await eventsOf(c.id, ['performance_confirmed'])).toEqual([
        expect.objectContaining({
          actor_kind: 'consumer',
          data: { public: { performed: true }, detail: expect.any(Object) },
        }),
      ]);
      expect(await noticesOf(c.id, 'court_recognition_advice')).toEqual([]);
      await answer(c, { performed: true }).expect(409);
    });
  });

  describe('refused', () => {
    it('"not performed" before the performance date is 422 and writes nothing', async () => {
      const c = await settled(inDays(20));
      const res = await answer(c, { performed: false });
      expect(res.status).toBe(422);
      expect(res.body.details).toEqual([{ field: 'performed', rule: 'performance_deadline_not_reached' }]);
      expect(await eventsOf(c.id, ['performance_confirmed', 'performance_not_confirmed'])).toEqual([]);
      expect(await caseRow(c.id)).toMatchObject({ attention_reason: null });
      expect(await clockOf(c.id, 'settlement_performance')).toMatchObject({ status: 'pending', closed_at: null });
    });

    it('a case not resolved by mediation is 422 (resolved by advice, or still open)', async () => {
      const advised = await createCase(stack.dataSource);
      await driveTo(stack.http, officer, advised.id, 'resolved');
      const res = await answer(advised, { performed: false });
      expect(res.status).toBe(422);
      expect(res.body.details).toEqual([{ field: 'status', rule: 'not_resolved_by_mediation' }]);
      const open = await createCase(stack.dataSource);
      await answer(open, { performed: true }).expect(422);
    });

    it('a wrong key or an unknown code is 404; a malformed answer is 400 with field messages', async () => {
      const c = await createCase(stack.dataSource);
      await answer(c, { performed: true }, 'wrong-key').expect(404);
      await stack.http
        .post('/api/v1/complaints/TN-2026-999999/performance')
        .set('X-Access-Key', c.accessKey)
        .send({ performed: true })
        .expect(404);
      const bad = await answer(c, { performed: 'yes', comment: 42, extra: 1 }).expect(400);
      expect(bad.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'performed', messages: ['Phải là true hoặc false'] },
          expect.objectContaining({ field: 'comment' }),
          { field: 'extra', messages: ['Trường không được phép'] },
        ]),
      );
      const en = await answer(c, {}).set('Accept-Language', 'en').expect(400);
      expect(en.body.errors).toEqual([{ field: 'performed', messages: ['must be true or false'] }]);
    });
  });
});
