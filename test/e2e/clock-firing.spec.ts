import type { ParsedMail } from 'mailparser';
import { ClockSweepService } from '@app/cases';
import { JobQueueService } from '@app/queue';
import { act, createCase, driveTo, login, Stack, startStack } from '../support/case-factory';
import { readUntil } from '../support/wait';

// Law 19/2023 Art 57.2 (7 wd for the business to negotiate) and the escalation ladder of the
// clocks issue: a clock set to run out in a few seconds fires once, on real Redis and SMTP.

const keyOf = (mail: ParsedMail) => {
  const key = mail.headers.get('x-message-key');
  return typeof key === 'string' ? key : '';
};

interface NoticeRow {
  id: string;
  recipient_email: string;
  template: string;
  status: string;
}

describe('a legal clock running out (business negotiation, Art 57.2)', () => {
  let stack: Stack;
  let officer: string;
  let admin: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    officer = await login(stack.http, 'officer@demo.test');
    admin = await login(stack.http, 'admin@demo.test');
  });
  afterAll(() => stack?.stop());

  const deadlines = () => stack.api.get(JobQueueService).queue('deadlines');

  /**
   * A case in negotiation, its Art 57.2 clock moved to run out `inMs` from now, and put on the queue
   * by the sweep (run as if `inMs` later, so that the step is within its horizon).
   */
  async function negotiationDueIn(inMs: number, columns = 'reminders_sent = 1') {
    const created = await createCase(stack.dataSource);
    await driveTo(stack.http, officer, created.id, 'negotiation');
    // (An UPDATE answers [rows, count].)
    const [[clock]] = await stack.dataSource.query<[{ id: string }[], number]>(
      `UPDATE case_deadlines SET due_at = now() + $2 * interval '1 millisecond',
              next_action_at = now() + $2 * interval '1 millisecond', ${columns}
        WHERE case_id = $1 AND kind = 'business_negotiation' RETURNING id`,
      [created.id, inMs],
    );
    // Days ahead when the case was forwarded: beyond the scheduler's horizon, on no queue yet.
    expect(await deadlines().getJob(clock.id)).toBeUndefined();
    await stack.api.get(ClockSweepService).sweep(new Date(Date.now() + inMs));
    expect(await deadlines().getJobState(clock.id)).toBe('delayed');
    return { ...created, clockId: clock.id };
  }

  const clockNotices = (clockId: string) =>
    stack.dataSource.query<NoticeRow[]>(
      `SELECT id, recipient_email, template, status FROM notifications WHERE message_key LIKE $1 ORDER BY template, recipient_email`,
      [`clock:${clockId}:%`],
    );

  /** The clock's job ended after its firing: the next step is beyond the horizon, the sweep's to add. */
  const jobEnded = (clockId: string) =>
    readUntil(
      "the clock's job to end",
      () => deadlines().getJobState(clockId),
      (state) => state === 'unknown',
    );

  /** When a delayed job will run: its score in the delayed set is that time × 0x1000 (plus a tie-breaker). */
  const runsAt = async (jobId: string) => {
    const queue = deadlines();
    const score = await (await queue.getBackend().client).zscore(queue.keys.delayed, jobId);
    return Math.floor(Number(score) / 0x1000);
  };

  it('answering late stops the ladder and clears the overdue mark', async () => {
    await stack.http
      .put('/api/v1/admin/deadline-policies/business_negotiation')
      .set('Authorization', `Bearer ${admin}`)
      .send({ unit: 'working_days', amount: 7, reminderLeadWorkingDays: 2, departmentEscalationWorkingDays: 3 })
      .expect(200);
    const c = await negotiationDueIn(1_000);
    await readUntil(
      'the clock to be breached',
      () =>
        stack.dataSource.query<{ status: string; next_action_at: Date | null }[]>(
          `SELECT status, next_action_at FROM case_deadlines WHERE id = $1`,
          [c.clockId],
        ),
      ([row]) => row?.status === 'breached' && row.next_action_at !== null, // the department rung, 3 wd on
    );
    await jobEnded(c.clockId);

    // The parties settle, late: the clock closes (still breached) and its ladder stops.
    const answered = await act(stack.http, officer, c.id, 'settle', {
      outcomeCode: 'monetary_relief',
      amountRecoveredVnd: 1_290_000,
    });
    expect(answered.status).toBe(200);
    const [row] = await stack.dataSource.query<
      { status: string; closed_at: Date | null; next_action_at: Date | null; overdue_since: Date | null }[]
    >(
      `SELECT d.status, d.closed_at, d.next_action_at, c.overdue_since
         FROM case_deadlines d JOIN cases c ON c.id = d.case_id WHERE d.id = $1`,
      [c.clockId],
    );
    expect(row).toMatchObject({ status: 'breached', next_action_at: null, overdue_since: null });
    expect(row.closed_at).not.toBeNull();
  });

  it('reminds whoever must act before the due time, once, then waits for the breach', async () => {
    // Due in a day: the reminder (2 wd before) is already due, the breach is not.
    const c = await negotiationDueIn(24 * 3600_000, `reminders_sent = 0, started_at = now() - interval '10 days'`);
    await deadlines()
      .getJob(c.clockId)
      .then((job) => job?.changeDelay(500));
    const reminder = await readUntil(
      'the reminder to be sent',
      () => clockNotices(c.clockId),
      (rows) => rows.some((r) => r.status === 'sent'),
    );
    expect(reminder.map((n) => [n.recipient_email, n.template])).toEqual([
      [c.businessEmail, 'deadline_reminder_business'],
    ]);
    const [row] = await stack.dataSource.query<{ status: string; reminders_sent: number; next_action_at: Date }[]>(
      `SELECT status, reminders_sent, next_action_at, due_at FROM case_deadlines WHERE id = $1`,
      [c.clockId],
    );
    expect(row).toMatchObject({ status: 'pending', reminders_sent: 1 });
    // The breach is a day ahead, beyond the horizon: the job ended, and the sweep puts it back on the
    // queue once the breach comes within the horizon, delayed until then. (Its `timestamp` is when it
    // was added, so timestamp + delay drifts by however long the test took: when it runs is read
    // from the delayed set instead.)
    await jobEnded(c.clockId);
    await stack.api.get(ClockSweepService).sweep(new Date(row.next_action_at.getTime() - 5 * 60_000));
    expect(await deadlines().getJobState(c.clockId)).toBe('delayed');
    expect(Math.abs((await runsAt(c.clockId)) - row.next_action_at.getTime())).toBeLessThan(1_000);
    const mails = stack.smtp.messages.filter((m) => reminder.some((n) => n.id === keyOf(m)));
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(c.trackingCode);
  });

  it('fires once: breach and department escalation events, one email to each recipient, the case overdue', async () => {
    // The department hears of it at the breach (policy overridden: 0 wd instead of 3).
    await stack.http
      .put('/api/v1/admin/deadline-policies/business_negotiation')
      .set('Authorization', `Bearer ${admin}`)
      .send({ unit: 'working_days', amount: 7, reminderLeadWorkingDays: 2, departmentEscalationWorkingDays: 0 })
      .expect(200);
    const c = await negotiationDueIn(3_000);

    const events = await readUntil(
      'the breach and escalation events',
      () =>
        stack.dataSource.query<{ action: string; actor_kind: string; visibility: string }[]>(
          `SELECT action, actor_kind, visibility FROM case_events
            WHERE case_id = $1 AND action IN ('deadline_breached', 'deadline_escalated') ORDER BY at, action`,
          [c.id],
        ),
      (rows) => rows.length >= 2,
    );
    expect(events).toEqual([
      { action: 'deadline_breached', actor_kind: 'system', visibility: 'public' },
      { action: 'deadline_escalated', actor_kind: 'system', visibility: 'internal' },
    ]);

    const notices = await readUntil(
      'the notices of the firing to be sent',
      () => clockNotices(c.clockId),
      (rows) => rows.length > 0 && rows.every((r) => r.status === 'sent'),
    );
    expect(notices.map((n) => [n.recipient_email, n.template])).toEqual([
      [c.consumerEmail, 'business_deadline_missed'], // Art 56.3: what the consumer can do next
      [c.businessEmail, 'deadline_breached_business'],
      ['officer@demo.test', 'deadline_breached_staff'], // the advisor who accepted the case
      ['supervisor@demo.test', 'deadline_breached_staff'], // the unit head
      ['supervisor@demo.test', 'deadline_escalated'], // the department (SCT's head)
    ]);

    // A duplicate job and a sweep change nothing: the handler re-reads the clock. Rather than a
    // fixed pause, wait for the duplicate to have run and for the outbox to have nothing queued
    // (what it might have sent is sent), then check that nothing more was written or received.
    const duplicate = `${c.clockId}-duplicate`;
    await deadlines().add('deadline.fire', { deadlineId: c.clockId }, { jobId: duplicate });
    await stack.api.get(ClockSweepService).sweep();
    await readUntil(
      'the duplicate job to have run',
      () => deadlines().getJobState(duplicate),
      (state) => state === 'completed' || state === 'failed',
    );
    await readUntil(
      'the outbox to have nothing queued',
      () =>
        stack.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM notifications WHERE status = 'queued'`),
      ([{ n }]) => n === 0,
    );
    const received = stack.smtp.messages.filter((m) => notices.some((n) => n.id === keyOf(m)));
    expect(received.map(keyOf).sort()).toEqual(notices.map((n) => n.id).sort());
    expect(await clockNotices(c.clockId)).toHaveLength(5);
    const [{ count }] = await stack.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM case_events WHERE case_id = $1 AND action LIKE 'deadline_%'`,
      [c.id],
    );
    expect(count).toBe(2);

    const shown = await stack.http.get(`/api/v1/cases/${c.id}`).set('Authorization', `Bearer ${officer}`).expect(200);
    const clock = shown.body.deadlines.find((d: { kind: string }) => d.kind === 'business_negotiation');
    expect(clock).toMatchObject({ status: 'breached', escalationLevel: 2 });
    const [row] = await stack.dataSource.query<{ overdue_since: Date | null; next_action_at: Date | null }[]>(
      `SELECT c.overdue_since, d.next_action_at FROM cases c JOIN case_deadlines d ON d.case_id = c.id WHERE d.id = $1`,
      [c.clockId],
    );
    expect(row.overdue_since).not.toBeNull();
    expect(row.next_action_at).toBeNull(); // top of the ladder: nothing more to do

    // The consumer sees the business's missed deadline on their timeline.
    const tracked = await stack.http
      .get(`/api/v1/complaints/${c.trackingCode}`)
      .set('X-Access-Key', c.accessKey)
      .expect(200);
    expect(JSON.stringify(tracked.body)).toContain('deadline_breached');

    // The supervisor's in-app list has both, newest first, with the email's state.
    const supervisor = await login(stack.http, 'supervisor@demo.test');
    const mine = await stack.http
      .get('/api/v1/me/notifications')
      .set('Authorization', `Bearer ${supervisor}`)
      .expect(200);
    const forThisCase = mine.body.items.filter((n: { caseId: string }) => n.caseId === c.id);
    expect(forThisCase.map((n: { template: string }) => n.template).sort()).toEqual([
      'deadline_breached_staff',
      'deadline_escalated',
    ]);
    expect(forThisCase.every((n: { status: string; trackingCode: string }) => n.status === 'sent')).toBe(true);
    expect(forThisCase[0].trackingCode).toBe(c.trackingCode);
  });
});
