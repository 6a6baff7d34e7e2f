import type { ParsedMail } from 'mailparser';
import { JobQueueService } from '@app/queue';
import { createCase, createStaff, CreatedCase, login, Stack, startStack } from '../support/case-factory';
import { readUntil } from '../support/wait';

// Issue 12 item 10: the handling unit is reminded of a consumer's personal-data request on its
// clocks (Law 91/2025/QH15 Art 4; Decree 356/2025: answer within 2 working days, complete within the
// legal period): before each clock runs out and once when it has, each reminder once, to the active
// officers of the handling unit (the admins when the case has no unit), none after the decision.

describe('reminders on personal-data requests (Law 91/2025 Art 4)', () => {
  let stack: Stack;
  let kase: CreatedCase;
  let requestId: string;
  let unitOfficers: string[];
  let admins: string[];
  const OTHER_UNIT = 'other.unit.officer@reminders.test';
  const FORMER = 'former.officer@reminders.test';

  beforeAll(async () => {
    // The worker runs with its schedulers every second: reminders come as they would in production.
    stack = await startStack({ worker: true, env: { DEADLINE_SWEEP_INTERVAL: '1' } });
    await createStaff(stack.dataSource, { email: 'second.officer@reminders.test', role: 'officer', orgCode: 'SCT' });
    await createStaff(stack.dataSource, { email: FORMER, role: 'officer', orgCode: 'SCT' });
    await createStaff(stack.dataSource, { email: OTHER_UNIT, role: 'officer', orgCode: 'HBVNTD' });
    await stack.dataSource.query(`UPDATE users SET language = 'en' WHERE email = 'second.officer@reminders.test'`);
    await stack.dataSource.query(`UPDATE users SET active = false WHERE email = $1`, [FORMER]);
    kase = await createCase(stack.dataSource);
    unitOfficers = (
      await stack.dataSource.query<{ email: string }[]>(
        `SELECT email FROM users WHERE role = 'officer' AND active
            AND organisation_id = (SELECT handling_org_id FROM cases WHERE id = $1) ORDER BY email`,
        [kase.id],
      )
    ).map((r) => r.email);
    admins = (
      await stack.dataSource.query<{ email: string }[]>(
        `SELECT email FROM users WHERE role = 'admin' AND active ORDER BY email`,
      )
    ).map((r) => r.email);
    requestId = await fileRequest(kase, 'erasure');
  }, 120_000);
  afterAll(() => stack?.stop());

  async function fileRequest(c: CreatedCase, kind: string): Promise<string> {
    const res = await stack.http
      .post(`/api/v1/complaints/${c.trackingCode}/my-data/requests`)
      .set('X-Access-Key', c.accessKey)
      .send({ kind })
      .expect(201);
    return res.body.id as string;
  }

  /** The request's clocks end `answer` and `complete` hours from now (time passes for it). */
  const clocksIn = (id: string, answer: number, complete: number) =>
    stack.dataSource.query(
      `UPDATE data_requests SET answer_due_at = now() + $2 * interval '1 hour',
              complete_due_at = now() + $3 * interval '1 hour',
              next_due_at = CASE status WHEN 'received' THEN now() + $2 * interval '1 hour'
                                        WHEN 'answered' THEN now() + $3 * interval '1 hour' END
        WHERE id = $1`,
      [id, answer, complete],
    );

  const remindersTo = (to: string, code = kase.trackingCode) =>
    stack.smtp.messages
      .filter((m: ParsedMail) => !Array.isArray(m.to) && m.to?.text === to && (m.subject ?? '').startsWith(`[${code}]`))
      .filter(
        (m) =>
          /personal-data request|dữ liệu cá nhân/.test(m.subject ?? '') &&
          !/Trả lời yêu cầu|Answer to/.test(m.subject ?? ''),
      )
      .map((m) => m.subject ?? '');

  /** Runs the reminder job on the real worker twice, and waits until both ran and every email is sent. */
  async function sweepTwice(): Promise<void> {
    const queue = stack.api.get(JobQueueService);
    const ids = await Promise.all([1, 2].map(() => queue.enqueue('data-request.remind', {})));
    const deadlines = queue.queue('deadlines');
    await readUntil(
      'both reminder runs to finish and every reminder to be sent',
      async () => {
        const states = await Promise.all(ids.map(async (id) => (await deadlines.getJob(id))?.getState()));
        const [{ unsent }] = await stack.dataSource.query<{ unsent: number }[]>(
          `SELECT count(*)::int AS unsent FROM notifications WHERE template = 'data_request_reminder' AND status = 'queued'`,
        );
        return { states, unsent };
      },
      (seen) => seen.states.every((s) => s === 'completed') && seen.unsent === 0,
    );
  }

  async function waitForReminders(to: string[], count: number, code = kase.trackingCode) {
    return readUntil(
      `${count} reminder(s) to ${to.join(', ')}`,
      () => Object.fromEntries(to.map((email) => [email, remindersTo(email, code)])),
      (seen) => Object.values(seen).every((subjects) => subjects.length >= count),
    );
  }

  it('nothing while the clocks are far from their end', async () => {
    await clocksIn(requestId, 40, 200);
    await sweepTwice();
    expect(unitOfficers.map((to) => remindersTo(to))).toEqual(unitOfficers.map(() => []));
  }, 60_000);

  it('before the answer clock ends and once when it has: each active officer of the unit, each step once', async () => {
    expect(unitOfficers).toEqual(expect.arrayContaining(['officer@demo.test', 'second.officer@reminders.test']));
    expect(unitOfficers).not.toContain(FORMER);

    await clocksIn(requestId, 12, 180);
    await sweepTwice();
    let seen = await waitForReminders(unitOfficers, 1);
    expect(seen['officer@demo.test']).toEqual([
      `[${kase.trackingCode}] Sắp hết hạn trả lời yêu cầu về dữ liệu cá nhân`,
    ]);
    expect(seen['second.officer@reminders.test']).toEqual([
      `[${kase.trackingCode}] A personal-data request must be answered soon`,
    ]);

    await clocksIn(requestId, -1, 160);
    await sweepTwice();
    seen = await waitForReminders(unitOfficers, 2);
    expect(seen['second.officer@reminders.test'][1]).toBe(
      `[${kase.trackingCode}] A personal-data request was not answered in time`,
    );
    const mail = stack.smtp.messages.find(
      (m) => !Array.isArray(m.to) && m.to?.text === 'officer@demo.test' && m.subject?.includes('Đã quá hạn trả lời'),
    );
    expect(mail?.text).toContain('/staff/data-requests');
    expect(mail?.text).toContain('Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, Điều 4');

    // More runs of the sweep: nothing again; nobody outside the unit, no inactive officer, no admin.
    await sweepTwice();
    expect(unitOfficers.map((to) => remindersTo(to).length)).toEqual(unitOfficers.map(() => 2));
    for (const to of [OTHER_UNIT, FORMER, ...admins]) expect(remindersTo(to)).toEqual([]);
    const [{ sent }] = await stack.dataSource.query<{ sent: string[] }[]>(
      'SELECT reminders_sent AS sent FROM data_requests WHERE id = $1',
      [requestId],
    );
    expect(sent).toEqual(['answer_soon', 'answer_missed']);
  }, 60_000);

  it('the completion clock after the answer; none once the request is decided', async () => {
    const officer = await login(stack.http, 'officer@demo.test');
    await stack.http
      .post(`/api/v1/data-requests/${requestId}/decision`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ decision: 'answered' })
      .expect(200);
    await clocksIn(requestId, -30, 48);
    await sweepTwice();
    const seen = await waitForReminders(unitOfficers, 3);
    expect(seen['second.officer@reminders.test'][2]).toBe(
      `[${kase.trackingCode}] A personal-data request must be completed soon`,
    );

    await stack.http
      .post(`/api/v1/data-requests/${requestId}/decision`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ decision: 'completed' })
      .expect(200);
    await clocksIn(requestId, -100, -10);
    await sweepTwice();
    expect(unitOfficers.map((to) => remindersTo(to).length)).toEqual(unitOfficers.map(() => 3));
  }, 60_000);

  it('the admins when the case has no handling unit', async () => {
    const orphan = await createCase(stack.dataSource);
    await stack.dataSource.query('UPDATE cases SET handling_org_id = NULL WHERE id = $1', [orphan.id]);
    const id = await fileRequest(orphan, 'objection');
    await clocksIn(id, 5, 100);
    await sweepTwice();
    const seen = await waitForReminders(admins, 1, orphan.trackingCode);
    expect(seen['admin@demo.test']).toEqual([
      `[${orphan.trackingCode}] Sắp hết hạn trả lời yêu cầu về dữ liệu cá nhân`,
    ]);
    for (const to of unitOfficers) expect(remindersTo(to, orphan.trackingCode)).toEqual([]);
  }, 60_000);
});
