import { ClockScheduler, ClockSettingsService, ClockSweepService, startedDeadlines } from '@app/cases';
import { addDays, extendedDueAt, type IsoDate, reminderAt, toLocalDate } from '@app/domain';
import { CaseDeadlineEntity } from '@app/persistence';
import { CLOCK_JOB_OPTIONS, JobQueueService } from '@app/queue';
import {
  createCase,
  CreatedCase,
  driveTo,
  Http,
  login,
  mailTo,
  putInMediation,
  Stack,
  startStack,
  userId,
} from '../support/case-factory';

// The mediation policy (domain.md §2: no statutory limit; 30 days, extendable — once by default):
// the mediator, or the organisation's admin, extends the mediation with a reason and a new date.

const REASON = 'Doanh nghiệp cần thêm thời gian để giám định sản phẩm trước phiên hòa giải tiếp theo.';

interface ClockRow {
  status: string;
  due_at: Date;
  next_action_at: Date | null;
  breached_at: Date | null;
  escalation_level: number;
  reminders_sent: number;
}

describe('extending a mediation (the mediation policy)', () => {
  let stack: Stack;
  let http: Http;
  let officer: string;
  let mediator: string;
  let otherMediator: string;
  let admin: string;
  let otherOrgAdmin: string;
  let mediatorId: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    http = stack.http;
    officer = await login(http, 'officer@demo.test');
    mediator = await login(http, 'mediator@demo.test');
    otherMediator = await login(http, 'mediator2@demo.test');
    admin = await login(http, 'mediation_admin@demo.test');
    otherOrgAdmin = await login(http, 'mediation_admin2@demo.test');
    mediatorId = await userId(stack.dataSource, 'mediator@demo.test');
  });
  afterAll(() => stack?.stop());

  const deadlines = () => stack.api.get(JobQueueService).queue('deadlines');
  const settings = () => stack.api.get(ClockSettingsService).current();

  /** When a delayed job will run: its score in the delayed set is that time × 0x1000 (plus a tie-breaker). */
  const runsAt = async (jobId: string) => {
    const queue = deadlines();
    const score = await (await queue.getBackend().client).zscore(queue.keys.delayed, jobId);
    return Math.floor(Number(score) / 0x1000);
  };

  /**
   * A case in mediation with the demo association and its mediator, its mediation clock running
   * (started and scheduled as the lifecycle does once both parties agreed to mediate).
   */
  async function mediating(): Promise<CreatedCase & { clockId: string; dueAt: Date }> {
    const c = await createCase(stack.dataSource);
    await driveTo(http, officer, c.id, 'negotiation');
    await putInMediation(stack.dataSource, c.id, 'HBVNTD', mediatorId);
    const [clock] = startedDeadlines(
      c.id,
      ['mediation_conclusion'],
      { trigger: 'request_mediation', from: 'negotiation', to: 'mediation', now: new Date() },
      await settings(),
    );
    await stack.dataSource.getRepository(CaseDeadlineEntity).insert(clock);
    await stack.api.get(ClockScheduler).schedule([{ id: clock.id, at: clock.nextActionAt as Date }]);
    return { ...c, clockId: clock.id, dueAt: clock.dueAt };
  }

  const extend = (token: string, caseId: string, body: object) =>
    http.post(`/api/v1/cases/${caseId}/mediation/extension`).set('Authorization', `Bearer ${token}`).send(body);

  /** The last day of the clock, `days` later (Hà Nội). */
  const dayAfter = (due: Date, days: number): IsoDate => addDays(toLocalDate(new Date(due.getTime() - 1)), days);

  const clockRow = async (id: string) =>
    (
      await stack.dataSource.query<ClockRow[]>(
        `SELECT status, due_at, next_action_at, breached_at, escalation_level, reminders_sent
           FROM case_deadlines WHERE id = $1`,
        [id],
      )
    )[0];

  const written = async (caseId: string) => ({
    events: (await stack.dataSource.query(`SELECT id FROM case_events WHERE case_id = $1 ORDER BY id`, [caseId]))
      .length as number,
    mails: (await stack.dataSource.query(`SELECT id FROM notifications WHERE case_id = $1 ORDER BY id`, [caseId]))
      .length as number,
  });

  it('the mediator extends once: new due date on the clock and its job, a public event, both parties emailed', async () => {
    const c = await mediating();
    const newDay = dayAfter(c.dueAt, 14);
    const { calendar, policies } = await settings();
    const newDue = extendedDueAt(newDay, calendar);
    // A job waiting for the old step, as the sweep leaves one once the step is near.
    await deadlines().add(
      'deadline.fire',
      { deadlineId: c.clockId },
      { ...CLOCK_JOB_OPTIONS, jobId: c.clockId, delay: 60_000 },
    );

    const res = await extend(mediator, c.id, { dueDate: newDay, reason: REASON }).expect(200);
    const shown = res.body.deadlines.find((d: { kind: string }) => d.kind === 'mediation_conclusion');
    expect(shown).toMatchObject({ status: 'pending', dueAt: newDue.toISOString(), overdue: false });

    // The clock row: the new due time, its reminder planned anew. The reminder is weeks ahead, beyond
    // the scheduler's horizon: the job waiting for the old step is gone, and the sweep puts the new
    // one on the queue once it is near, delayed until then.
    const row = await clockRow(c.clockId);
    const remind = reminderAt('mediation_conclusion', newDue, calendar, policies);
    expect(row).toMatchObject({ status: 'pending', due_at: newDue, next_action_at: remind, reminders_sent: 0 });
    expect(await deadlines().getJob(c.clockId)).toBeUndefined();
    await stack.api.get(ClockSweepService).sweep(new Date(remind.getTime() - 5 * 60_000));
    expect(Math.abs((await runsAt(c.clockId)) - remind.getTime())).toBeLessThan(60_000);

    // The timeline, public to the parties: the new date and why.
    const events = (await http.get(`/api/v1/cases/${c.id}/events`).set('Authorization', `Bearer ${admin}`)).body as {
      action: string;
      visibility: string;
      data: { public: Record<string, unknown>; detail: Record<string, unknown> };
    }[];
    const event = events.find((e) => e.action === 'mediation_extended');
    expect(event).toMatchObject({
      visibility: 'public',
      data: {
        public: { dueAt: newDue.toISOString(), previousDueAt: c.dueAt.toISOString(), reason: REASON },
        detail: { deadlineId: c.clockId, extension: 1, maxExtensions: 1, breachCleared: false },
      },
    });
    const view = await http.get(`/api/v1/complaints/${c.trackingCode}`).set('X-Access-Key', c.accessKey).expect(200);
    expect(view.body.timeline).toContainEqual(
      expect.objectContaining({ action: 'mediation_extended', data: expect.objectContaining({ reason: REASON }) }),
    );

    // Both parties are told, each with the new date and the reason.
    const subject = `[${c.trackingCode}] Gia hạn thời gian hòa giải`;
    const [d, m, y] = [newDay.slice(8), newDay.slice(5, 7), newDay.slice(0, 4)];
    for (const to of [c.consumerEmail, c.businessEmail]) {
      const mail = await mailTo(stack.smtp, to, (x) => x.subject === subject);
      expect(mail.text).toContain(REASON);
      expect(mail.text).toContain(`Thời hạn mới: hết ngày ${d}/${m}/${y}`);
    }

    // The policy allows one extension: a second is refused, and writes nothing.
    const count = await written(c.id);
    const again = await extend(admin, c.id, { dueDate: dayAfter(newDue, 7), reason: REASON }).expect(422);
    expect(again.body.details).toEqual([{ field: 'extensions', rule: 'max_extensions_reached' }]);
    expect(await written(c.id)).toEqual(count);
    expect((await clockRow(c.clockId)).due_at).toEqual(newDue);
  });

  it('the organisation’s admin extends a breached mediation: the breach and the overdue mark are cleared', async () => {
    const c = await mediating();
    const lapsed = new Date(Date.now() - 86_400_000);
    await stack.dataSource.query(
      `UPDATE case_deadlines SET status = 'breached', due_at = $2, breached_at = $2, escalation_level = 1,
              reminders_sent = 1, next_action_at = now() + interval '3 days' WHERE id = $1`,
      [c.clockId, lapsed],
    );
    // Only this clock had run out (the negotiation's were cancelled with the mediation request).
    await stack.dataSource.query(
      `UPDATE case_deadlines SET status = 'cancelled', closed_at = now() WHERE case_id = $1 AND id <> $2`,
      [c.id, c.clockId],
    );
    await stack.dataSource.query(`UPDATE cases SET overdue_since = $2 WHERE id = $1`, [c.id, lapsed]);
    const newDay = dayAfter(new Date(), 10);

    await extend(admin, c.id, { dueDate: newDay, reason: REASON }).expect(200);
    const row = await clockRow(c.clockId);
    expect(row).toMatchObject({ status: 'pending', breached_at: null, escalation_level: 0, reminders_sent: 0 });
    expect(row.due_at).toEqual(extendedDueAt(newDay, (await settings()).calendar));
    const [kase] = await stack.dataSource.query<{ overdue_since: Date | null; next_due_at: Date }[]>(
      `SELECT overdue_since, next_due_at FROM cases WHERE id = $1`,
      [c.id],
    );
    expect(kase).toEqual({ overdue_since: null, next_due_at: row.due_at });
    const [event] = await stack.dataSource.query<{ data: { detail: { breachCleared: boolean } } }[]>(
      `SELECT data FROM case_events WHERE case_id = $1 AND action = 'mediation_extended'`,
      [c.id],
    );
    expect(event.data.detail.breachCleared).toBe(true);
  });

  it('refuses what the policy or the case does not allow, writing nothing', async () => {
    const c = await mediating();
    const count = await written(c.id);
    const ok = { dueDate: dayAfter(c.dueAt, 5), reason: REASON };

    // Only the case's mediator and its organisation's admins.
    await extend(officer, c.id, ok).expect(403);
    await extend(otherMediator, c.id, ok).expect(404);
    await extend(otherOrgAdmin, c.id, ok).expect(404);
    await http.post(`/api/v1/cases/${c.id}/mediation/extension`).send(ok).expect(401);

    // A date and a reason, the date after the current due date.
    const bad = await extend(mediator, c.id, { dueDate: '15/04/2027', reason: 'ngắn' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['dueDate', 'reason']);
    const early = await extend(mediator, c.id, { ...ok, dueDate: dayAfter(c.dueAt, 0) }).expect(422);
    expect(early.body.details).toEqual([{ field: 'dueDate', rule: 'extension_not_after_due' }]);

    // A mediation clock already met is not extended (409).
    await stack.dataSource.query(`UPDATE case_deadlines SET status = 'met', closed_at = now() WHERE id = $1`, [
      c.clockId,
    ]);
    const met = await extend(mediator, c.id, ok).expect(409);
    expect(met.body.details).toEqual([{ field: 'status', rule: 'clock_not_open' }]);
    expect(await written(c.id)).toEqual(count);

    // Nor a case that is no longer in mediation.
    await stack.dataSource.query(`UPDATE cases SET status = 'unresolved' WHERE id = $1`, [c.id]);
    const closed = await extend(admin, c.id, ok).expect(409);
    expect(closed.body.details).toEqual([{ field: 'status', rule: 'not_in_mediation' }]);
  });
});
