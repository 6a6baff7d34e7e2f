import type { ParsedMail } from 'mailparser';
import { toLocalDate } from '@app/domain';
import { OrganisationEntity, UserEntity } from '@app/persistence';
import { art652Record, complaintBody } from '../support/lifecycle-client';
import { act, login, mailTo, Stack, startStack } from '../support/case-factory';
import { letTimePass } from '../support/time-passes';

// Issue 15: a successful mediation raised false alarms months later. The performance date of the
// Art 65.2 record passing is no one's breach (the consumer is asked), and the 6 months to ask a court
// to recognise the agreement (Law 19 Art 66; Civil Procedure Code Art 418.1) are the parties' own
// right: a reminder, never a breach, an escalation or an overdue case. Time passes in the database
// (the case's timestamps move back) and in Redis (its delayed jobs come due), as it would.

/** Every email that says someone is late: breaches, escalations, "the business did not answer". */
const ALARMS = [
  'deadline_breached_staff',
  'deadline_breached_business',
  'business_deadline_missed',
  'consumer_deadline_missed',
  'deadline_escalated',
];

const keyOf = (mail: ParsedMail) => {
  const key = mail.headers.get('x-message-key');
  return typeof key === 'string' ? key : '';
};

interface Settled {
  id: string;
  trackingCode: string;
  accessKey: string;
  consumerEmail: string;
  businessEmail: string;
}

describe('no false alarms after a successful mediation (Law 19 Arts 65.2, 66; CPC Art 418.1)', () => {
  let stack: Stack;
  let officer: string;
  let mediationAdmin: string;
  let organisationId: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    officer = await login(stack.http, 'officer@demo.test');
    mediationAdmin = await login(stack.http, 'mediation_admin@demo.test');
    organisationId = (await stack.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ code: 'HBVNTD' })).id;
  });
  afterAll(() => stack?.stop());

  const inDays = (days: number) => toLocalDate(new Date(Date.now() + days * 86_400_000));
  const linkIn = (text: string | undefined) => /\/business\/([A-Za-z0-9_-]{20,})/.exec(text ?? '')?.[1];

  /** From intake to a successful mediation, each party over HTTP as its own client would. */
  async function settledByMediation(tag: string): Promise<Settled> {
    const consumerEmail = `consumer-${tag}@example.vn`;
    const businessEmail = `business-${tag}@example.com`;
    const body = complaintBody();
    const filed = await stack.http
      .post('/api/v1/complaints')
      .send({
        ...body,
        consumer: { ...(body.consumer as object), email: consumerEmail },
        business: { ...(body.business as object), email: businessEmail },
      })
      .expect(201);
    const c: Settled = {
      ...(filed.body as { id: string; trackingCode: string; accessKey: string }),
      consumerEmail,
      businessEmail,
    };
    expect((await act(stack.http, officer, c.id, 'accept')).status).toBe(200);
    await stack.http
      .post(`/api/v1/complaints/${c.trackingCode}/actions/request_mediation`)
      .set('X-Access-Key', c.accessKey)
      .send({ organisationId, consumerConsent: true })
      .expect(200);
    // The business consents through the link the mediation request emailed to it (Art 61).
    const invited = await mailTo(stack.smtp, businessEmail, (m) => linkIn(m.text) !== undefined);
    await stack.http.post(`/api/v1/business/${linkIn(invited.text)}/mediation/accept`).expect(200);
    const suggested = await stack.http
      .get(`/api/v1/cases/${c.id}/mediator-suggestions`)
      .set('Authorization', `Bearer ${mediationAdmin}`)
      .expect(200);
    const mediatorId = suggested.body.suggestions[0].mediatorId as string;
    await stack.http
      .post(`/api/v1/cases/${c.id}/mediator`)
      .set('Authorization', `Bearer ${mediationAdmin}`)
      .send({ mediatorId })
      .expect(200);
    const mediator = await stack.dataSource.getRepository(UserEntity).findOneByOrFail({ id: mediatorId });
    const recorded = await act(stack.http, await login(stack.http, mediator.email), c.id, 'record_mediation_result', {
      result: 'success',
      record: { ...art652Record(), time: new Date().toISOString(), performanceDeadline: inDays(10) },
      amountRecoveredVnd: 1_500_000,
    });
    expect(recorded.status).toBe(200);
    expect(recorded.body.status).toBe('resolved');
    return c;
  }

  const clocksOf = (caseId: string) =>
    stack.dataSource.query<
      { id: string; kind: string; status: string; reminders_sent: number; closed_at: Date | null }[]
    >(`SELECT id, kind, status, reminders_sent, closed_at FROM case_deadlines WHERE case_id = $1 ORDER BY kind`, [
      caseId,
    ]);
  const clockOf = async (caseId: string, kind: string) => (await clocksOf(caseId)).find((c) => c.kind === kind);

  /** The templates of the emails about this case that reached the SMTP sink. */
  async function templatesReceived(c: Settled): Promise<{ template: string; recipient_email: string }[]> {
    const keys = stack.smtp.messages.filter((m) => m.subject?.includes(c.trackingCode)).map(keyOf);
    return stack.dataSource.query(
      `SELECT template, recipient_email FROM notifications WHERE id::text = ANY($1) ORDER BY template, recipient_email`,
      [keys],
    );
  }

  /** No breach, no escalation, no alarm email, and the case in no overdue view. */
  async function expectNoAlarm(c: Settled): Promise<void> {
    const events = await stack.dataSource.query<{ action: string }[]>(
      `SELECT action FROM case_events WHERE case_id = $1 AND action IN ('deadline_breached', 'deadline_escalated')`,
      [c.id],
    );
    expect(events).toEqual([]);
    const alarms = await stack.dataSource.query<{ template: string }[]>(
      `SELECT template FROM notifications WHERE case_id = $1 AND template = ANY($2)`,
      [c.id, ALARMS],
    );
    expect(alarms).toEqual([]);
    expect((await templatesReceived(c)).filter((n) => ALARMS.includes(n.template))).toEqual([]);
    const shown = await stack.http.get(`/api/v1/cases/${c.id}`).set('Authorization', `Bearer ${officer}`).expect(200);
    expect(shown.body.overdueSince).toBeNull();
    expect(shown.body.deadlines.filter((d: { overdue: boolean }) => d.overdue)).toEqual([]);
    const [row] = await stack.dataSource.query<{ overdue_since: Date | null; next_due_at: Date | null }[]>(
      `SELECT overdue_since, next_due_at FROM cases WHERE id = $1`,
      [c.id],
    );
    // Nothing is anyone's to do any more: no next due time either.
    expect(row).toEqual({ overdue_since: null, next_due_at: null });
    const overdue = await stack.http
      .get('/api/v1/cases?overdue=true&limit=100')
      .set('Authorization', `Bearer ${officer}`)
      .expect(200);
    expect(overdue.body.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
    const queue = await stack.http
      .get('/api/v1/mediation/queues/overdue?limit=100')
      .set('Authorization', `Bearer ${mediationAdmin}`)
      .expect(200);
    expect(queue.body.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
  }

  it('the consumer confirms performance, then 400 days pass: no breach, no escalation, no alarm email, not overdue; the court-recognition reminder ended with the confirmation', async () => {
    const c = await settledByMediation('performed');
    await stack.http
      .post(`/api/v1/complaints/${c.trackingCode}/performance`)
      .set('X-Access-Key', c.accessKey)
      .send({ performed: true })
      .expect(200);

    await letTimePass(stack, [c.id], '400 days');

    await expectNoAlarm(c);
    expect(await clockOf(c.id, 'settlement_performance')).toMatchObject({ status: 'met' });
    // A performed agreement leaves nothing for a court to recognise: no reminder is sent (Art 66).
    expect(await clockOf(c.id, 'court_recognition')).toMatchObject({ status: 'cancelled', reminders_sent: 0 });
    expect((await templatesReceived(c)).map((n) => n.template)).not.toContain('court_recognition_reminder');
    expect((await clocksOf(c.id)).every((clock) => clock.closed_at !== null)).toBe(true);
  });

  it('the consumer says "not performed": the parties are reminded once of the court-recognition period (CPC Art 418.1), which then lapses; no alarm, not overdue', async () => {
    const c = await settledByMediation('not-performed');
    // To an hour before the court-recognition period ends, months after the performance date: its
    // reminder (working days before the end, counted on the calendar as it then stands) is due.
    // Not "an hour past the reminder stored now": a uniform shift moves the period across other
    // weekends and holidays, so the reminder is counted again from the shifted end.
    const [{ shift }] = await stack.dataSource.query<{ shift: string }[]>(
      `SELECT (due_at - now() - interval '1 hour')::text AS shift FROM case_deadlines
        WHERE case_id = $1 AND kind = 'court_recognition'`,
      [c.id],
    );
    await letTimePass(stack, [c.id], shift);

    // Art 65.2: the performance date lapsed; the consumer was asked, the advisor informed; no one is late.
    expect(await clockOf(c.id, 'settlement_performance')).toMatchObject({ status: 'lapsed', closed_at: null });
    const asked = (await templatesReceived(c)).map((n) => n.template);
    expect(asked).toEqual(expect.arrayContaining(['performance_check', 'performance_check_staff']));
    const reminder = await mailTo(stack.smtp, c.consumerEmail, (m) => m.subject?.includes('Tòa án công nhận') === true);
    expect(reminder.text).toContain('khoản 1 Điều 418 Bộ luật Tố tụng dân sự 2015');
    await expectNoAlarm(c);

    await stack.http
      .post(`/api/v1/complaints/${c.trackingCode}/performance`)
      .set('X-Access-Key', c.accessKey)
      .send({ performed: false })
      .expect(200);
    expect(await clockOf(c.id, 'court_recognition')).toMatchObject({ status: 'pending', reminders_sent: 1 });

    await letTimePass(stack, [c.id], '400 days');

    await expectNoAlarm(c);
    expect(await clockOf(c.id, 'court_recognition')).toMatchObject({ status: 'lapsed', reminders_sent: 1 });
    expect((await clockOf(c.id, 'court_recognition'))?.closed_at).not.toBeNull();
    // Reminded once, each party; the lapse itself tells no one.
    const reminders = (await templatesReceived(c)).filter((n) => n.template === 'court_recognition_reminder');
    expect(reminders.map((n) => n.recipient_email).sort()).toEqual([c.businessEmail, c.consumerEmail].sort());
    // What follows the missed performance is the attention flag for staff, not an overdue case.
    const [row] = await stack.dataSource.query<{ attention_reason: string | null }[]>(
      `SELECT attention_reason FROM cases WHERE id = $1`,
      [c.id],
    );
    expect(row.attention_reason).toBe('settlement_not_performed');
  });
});
