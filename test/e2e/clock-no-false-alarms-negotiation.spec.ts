import type { ParsedMail } from 'mailparser';
import { ClockSweepService } from '@app/cases';
import { login, Stack, startStack } from '../support/case-factory';
import { complaintBody, LifecycleClient } from '../support/lifecycle-client';
import { PASSWORD } from '../support/stack';
import { letTimePass } from '../support/time-passes';
import { readUntil } from '../support/wait';

// Issue 15, acceptance: a complaint resolved in negotiation never raises a false alarm. Law 19 Art
// 57.5: the business reports the result within 5 wd after the negotiation ends — through the link
// it negotiated with — and the settlement staff record is the report itself. After a year and more
// has passed on the cases' clocks, the sweep finds nothing late: no breach, no escalation, no
// "the business is late" email to the consumer, and the cases are not overdue.

const YEAR_AND_MORE_DAYS = 400;
const ALARMS = [
  'deadline_breached_staff',
  'deadline_breached_business',
  'business_deadline_missed',
  'deadline_escalated',
];

interface NoticeRow {
  id: string;
  recipient_email: string;
  template: string;
  status: string;
}

const keyOf = (mail: ParsedMail): string => {
  const key = mail.headers.get('x-message-key');
  return typeof key === 'string' ? key : '';
};

describe('a complaint resolved in negotiation raises no false alarm (Law 19 Art 57.5)', () => {
  let stack: Stack;
  let sut: LifecycleClient;
  let officer: string;
  let filed = 0;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    sut = new LifecycleClient(stack.http, PASSWORD);
    officer = await login(stack.http, 'officer@demo.test');
  });
  afterAll(() => stack?.stop());

  const query = <T>(sql: string, parameters: unknown[] = []) => stack.dataSource.query<T[]>(sql, parameters);

  /** A complaint filed online, accepted and forwarded to its business; the business's token. */
  async function inNegotiation() {
    filed += 1;
    const consumerEmail = `lan.${filed}.${Date.now()}@example.vn`;
    const businessEmail = `cskh.${filed}.${Date.now()}@dienmay.example.vn`;
    const body = complaintBody();
    const c = await sut.file(
      complaintBody({
        consumer: { ...(body.consumer as object), email: consumerEmail },
        business: { ...(body.business as object), email: businessEmail },
      }),
    );
    await sut.staffAct(officer, c.id, 'accept');
    const forwarded = await sut.staffAct(officer, c.id, 'forward_to_business', { basis: 'business_silent' });
    const token = String(forwarded.body.businessLinkUrl).split('/').pop() as string;
    return { ...c, token, consumerEmail, businessEmail };
  }

  /** The business proposes through its link and the consumer accepts: the negotiation ends in agreement. */
  async function agreed() {
    const c = await inNegotiation();
    await stack.http
      .post(`/api/v1/business/${c.token}/respond`)
      .send({
        type: 'propose_remedy',
        description: 'Hoàn lại 1.290.000 đồng trong 5 ngày làm việc.',
        amountVnd: 1_290_000,
      })
      .expect(200);
    const accepted = await sut.consumerAct(c.trackingCode, c.accessKey, 'accept_proposal');
    expect(accepted.body.status).toBe('resolved');
    return c;
  }

  /** The cases' emails, once the worker has sent every one. */
  const sentNotices = (caseIds: string[]) =>
    readUntil(
      'every email of the cases to be sent',
      () =>
        query<NoticeRow>(
          `SELECT id, recipient_email, template, status FROM notifications WHERE case_id = ANY($1) ORDER BY created_at`,
          [caseIds],
        ),
      (rows) => rows.length > 0 && rows.every((row) => row.status === 'sent'),
    );

  it('Law 19 Art 57.5: reported through the link, or settled by staff, a year later nothing is late', async () => {
    const reported = await agreed();
    const view = await stack.http.get(`/api/v1/business/${reported.token}`).expect(200);
    expect(view.body).toMatchObject({
      purpose: 'result_report',
      status: 'resolved',
      uses: ['view', 'result_report', 'records'],
    });
    await stack.http
      .post(`/api/v1/business/${reported.token}/result-report`)
      .send({ result: 'agreement', summary: 'Đã hoàn lại 1.290.000 đồng cho người tiêu dùng.', amountVnd: 1_290_000 })
      .expect(201);

    const settled = await inNegotiation();
    const settle = await sut.staffAct(officer, settled.id, 'settle', {
      outcomeCode: 'monetary_relief',
      amountRecoveredVnd: 1_290_000,
      summary: 'Hai bên thỏa thuận hoàn tiền tại trụ sở Sở Công Thương.',
    });
    expect(settle.body.status).toBe('resolved');

    const ids = [reported.id, settled.id];
    await letTimePass(stack, ids, `${YEAR_AND_MORE_DAYS} days`);

    const events = await query<{ action: string }>(
      `SELECT action FROM case_events WHERE case_id = ANY($1) AND action IN ('deadline_breached', 'deadline_escalated')`,
      [ids],
    );
    expect(events).toEqual([]);
    const notices = await sentNotices(ids);
    expect(notices.filter((n) => ALARMS.includes(n.template))).toEqual([]);
    expect(notices.filter((n) => n.template.startsWith('deadline_reminder'))).toEqual([]);
    // The consumers heard of the closure, and of nothing late.
    for (const c of [reported, settled]) {
      const toConsumer = notices.filter((n) => n.recipient_email === c.consumerEmail).map((n) => n.template);
      expect(toConsumer).toContain('case_closed');
      expect(toConsumer).not.toContain('business_deadline_missed');
      const delivered = stack.smtp.messages.filter((m) => !Array.isArray(m.to) && m.to?.text === c.consumerEmail);
      expect(delivered.map(keyOf).sort()).toEqual(
        notices
          .filter((n) => n.recipient_email === c.consumerEmail)
          .map((n) => n.id)
          .sort(),
      );
    }

    const cases = await query<{ overdue_since: Date | null; next_due_at: Date | null }>(
      `SELECT overdue_since, next_due_at FROM cases WHERE id = ANY($1)`,
      [ids],
    );
    expect(cases).toEqual([
      { overdue_since: null, next_due_at: null },
      { overdue_since: null, next_due_at: null },
    ]);
    const overdue = await stack.http
      .get('/api/v1/cases?overdue=true&limit=100')
      .set('Authorization', `Bearer ${officer}`)
      .expect(200);
    const overdueIds = overdue.body.items.map((item: { id: string }) => item.id);
    expect(overdueIds).not.toContain(reported.id);
    expect(overdueIds).not.toContain(settled.id);
  });

  it('Law 19 Art 57.5: a business that never reports is told, with the advisor and the supervisor; the consumer is not', async () => {
    const silent = await agreed();
    const [report] = await query<{ id: string }>(
      `SELECT id FROM case_deadlines WHERE case_id = $1 AND kind = 'business_result_report'`,
      [silent.id],
    );
    await letTimePass(stack, [silent.id], `${YEAR_AND_MORE_DAYS} days`);
    await stack.api.get(ClockSweepService).sweep();
    // The real worker fires it: the breach and, three working days later, the department.
    await readUntil(
      'the result-report clock to reach the top of its ladder',
      () =>
        query<{ escalation_level: number }>(`SELECT escalation_level FROM case_deadlines WHERE id = $1`, [report.id]),
      ([row]) => row?.escalation_level === 2,
    );
    const notices = await readUntil(
      'the report clock’s emails to be sent',
      () =>
        query<NoticeRow>(
          `SELECT id, recipient_email, template, status FROM notifications WHERE message_key LIKE $1 ORDER BY template, recipient_email`,
          [`clock:${report.id}:%`],
        ),
      (rows) => rows.length > 0 && rows.every((row) => row.status === 'sent'),
    );
    expect(notices.map((n) => [n.recipient_email, n.template])).toEqual([
      [silent.businessEmail, 'deadline_breached_business'],
      ['officer@demo.test', 'deadline_breached_staff'], // the advisor
      ['supervisor@demo.test', 'deadline_breached_staff'], // the unit head
      ['supervisor@demo.test', 'deadline_escalated'], // the department
    ]);
    const mail = stack.smtp.messages.find((m) => keyOf(m) === notices[0].id);
    expect(mail?.subject).toContain('báo cáo kết quả thương lượng');
    expect(mail?.text).toContain('đường dẫn bảo mật doanh nghiệp đã dùng để thương lượng');

    // Nothing for the consumer: no email, nothing on their timeline.
    const all = await sentNotices([silent.id]);
    expect(all.filter((n) => n.recipient_email === silent.consumerEmail && ALARMS.includes(n.template))).toEqual([]);
    expect(all.filter((n) => n.template === 'business_deadline_missed')).toEqual([]);
    const toConsumer = stack.smtp.messages.filter((m) => !Array.isArray(m.to) && m.to?.text === silent.consumerEmail);
    expect(toConsumer.map((m) => m.subject).join('\n')).not.toContain('Doanh nghiệp chưa trả lời đúng hạn');
    const [breach] = await query<{ visibility: string }>(
      `SELECT visibility FROM case_events WHERE case_id = $1 AND action = 'deadline_breached'`,
      [silent.id],
    );
    expect(breach).toEqual({ visibility: 'internal' });
    const tracked = await sut.consumerView(silent.trackingCode, silent.accessKey);
    expect(JSON.stringify(tracked.body.timeline)).not.toContain('deadline_');
    // It is the business's missed duty towards the body: the case is overdue in the staff queue.
    const overdue = await stack.http
      .get('/api/v1/cases?overdue=true&limit=100')
      .set('Authorization', `Bearer ${officer}`)
      .expect(200);
    expect(overdue.body.items.map((item: { id: string }) => item.id)).toContain(silent.id);
  });
});
