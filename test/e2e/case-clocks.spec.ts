import { OFFICIAL_YEAR_TABLES, toLocalDate, WorkingDayCalendar } from '@app/domain';
import { complaintBody } from '../support/lifecycle-client';
import { act, login, Stack, startStack } from '../support/case-factory';

const LEGAL_CALENDAR = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES);

interface Clock {
  kind: string;
  status: string;
  dueAt: string;
  startedAt: string;
  overdue: boolean;
}

// Issue 4 §2–3 (first part): the legal clocks are written with each change and shown on the case.
describe('legal clocks on a case', () => {
  let stack: Stack;
  let officer: string;

  beforeAll(async () => {
    stack = await startStack({ seed: true });
    officer = await login(stack.http, 'officer@demo.test');
  });
  afterAll(() => stack?.stop());

  const clocks = async (id: string): Promise<Clock[]> =>
    (await stack.http.get(`/api/v1/cases/${id}`).set('Authorization', `Bearer ${officer}`).expect(200)).body.deadlines;
  const clock = async (id: string, kind: string) => (await clocks(id)).find((c) => c.kind === kind) as Clock;

  it('Law 19 Art 57.4: a new complaint starts the triage clock (3 wd, policy) and the 7 wd to forward it, both from receipt; the queue knows the next due time', async () => {
    const filed = await stack.http.post('/api/v1/complaints').send(complaintBody()).expect(201);
    const triage = await clock(filed.body.id, 'triage');
    expect(triage.status).toBe('pending');
    expect(triage.dueAt).toBe(LEGAL_CALENDAR.workingDaysDeadline(new Date(triage.startedAt), 3).toISOString());
    const forwarding = await clock(filed.body.id, 'forwarding');
    expect(forwarding).toMatchObject({ status: 'pending', startedAt: triage.startedAt });
    expect(forwarding.dueAt).toBe(LEGAL_CALENDAR.workingDaysDeadline(new Date(triage.startedAt), 7).toISOString());
    const [row] = await stack.dataSource.query('SELECT next_due_at FROM cases WHERE id = $1', [filed.body.id]);
    expect(new Date(row.next_due_at).toISOString()).toBe(triage.dueAt);
    const view = await stack.http
      .get(`/api/v1/complaints/${filed.body.trackingCode}`)
      .set('X-Access-Key', filed.body.accessKey)
      .expect(200);
    expect(view.body.deadlines).toEqual([
      expect.objectContaining({ kind: 'triage', status: 'pending' }),
      expect.objectContaining({ kind: 'forwarding', status: 'pending' }),
    ]);
  });

  it('Law 19 Arts 31.2, 57.2, 57.4: forwarding to the business meets the forwarding clock started at receipt and starts its 3- and 7-working-day clocks; accept meets triage', async () => {
    const filed = await stack.http.post('/api/v1/complaints').send(complaintBody()).expect(201);
    const id = filed.body.id as string;
    const received = await clock(id, 'forwarding');
    expect((await act(stack.http, officer, id, 'accept')).status).toBe(200);
    expect((await clock(id, 'triage')).status).toBe('met');
    // Accepting does not restart the Art 57.4 period: it runs from receipt.
    expect(await clock(id, 'forwarding')).toMatchObject({ status: 'pending', dueAt: received.dueAt });
    expect((await clocks(id)).filter((c) => c.kind === 'forwarding')).toHaveLength(1);
    expect((await act(stack.http, officer, id, 'forward_to_business', { basis: 'business_silent' })).status).toBe(200);
    expect((await clock(id, 'forwarding')).status).toBe('met');
    const acknowledgement = await clock(id, 'business_acknowledgement');
    const negotiation = await clock(id, 'business_negotiation');
    const started = new Date(negotiation.startedAt);
    expect(acknowledgement.dueAt).toBe(LEGAL_CALENDAR.workingDaysDeadline(started, 3).toISOString());
    expect(negotiation.dueAt).toBe(LEGAL_CALENDAR.workingDaysDeadline(started, 7).toISOString());
  });

  it('domain.md §5: waiting on the consumer pauses the desk’s clock (Art 57.4 forwarding); the answer resumes it, later by the working days paused', async () => {
    const filed = await stack.http.post('/api/v1/complaints').send(complaintBody()).expect(201);
    const id = filed.body.id as string;
    await act(stack.http, officer, id, 'accept');
    const before = await clock(id, 'forwarding');
    await act(stack.http, officer, id, 'request_info', { question: 'Xin gửi hóa đơn.' });
    expect((await clock(id, 'forwarding')).status).toBe('paused');
    expect((await clock(id, 'consumer_information')).status).toBe('pending');
    // As if the request had been waiting for a week.
    await stack.dataSource.query(
      `UPDATE case_deadlines SET paused_at = paused_at - interval '7 days' WHERE case_id = $1 AND status = 'paused'`,
      [id],
    );
    const [{ paused_at: pausedAt }] = await stack.dataSource.query(
      `SELECT paused_at FROM case_deadlines WHERE case_id = $1 AND kind = 'forwarding'`,
      [id],
    );
    await stack.http
      .post(`/api/v1/complaints/${filed.body.trackingCode}/actions/provide_info`)
      .set('X-Access-Key', filed.body.accessKey)
      .send({ answer: 'Đã gửi.' })
      .expect(200);
    const after = await clock(id, 'forwarding');
    expect(after.status).toBe('pending');
    expect(new Date(after.dueAt).getTime()).toBeGreaterThan(new Date(before.dueAt).getTime());
    // Later by exactly the working days spent paused (a week back: at least 4 of them).
    expect(
      LEGAL_CALENDAR.workingDaysBetween(toLocalDate(new Date(pausedAt)), toLocalDate(new Date())),
    ).toBeGreaterThanOrEqual(4);
    expect(after.dueAt).toBe(
      LEGAL_CALENDAR.extendForPause(new Date(before.dueAt), new Date(pausedAt), new Date()).toISOString(),
    );
    expect((await clock(id, 'consumer_information')).status).toBe('met');
  });

  it('Law 19 Arts 31.2, 57.2: a request for information to the consumer does not pause the business’s clocks', async () => {
    const filed = await stack.http.post('/api/v1/complaints').send(complaintBody()).expect(201);
    const id = filed.body.id as string;
    await act(stack.http, officer, id, 'accept');
    await act(stack.http, officer, id, 'forward_to_business', { basis: 'business_silent' });
    const before = await clock(id, 'business_negotiation');
    await act(stack.http, officer, id, 'request_info', { question: 'Xin gửi hóa đơn.' });
    for (const kind of ['business_acknowledgement', 'business_negotiation']) {
      expect((await clock(id, kind)).status).toBe('pending');
    }
    await stack.http
      .post(`/api/v1/complaints/${filed.body.trackingCode}/actions/provide_info`)
      .set('X-Access-Key', filed.body.accessKey)
      .send({ answer: 'Đã gửi.' })
      .expect(200);
    expect(await clock(id, 'business_negotiation')).toMatchObject({ status: 'pending', dueAt: before.dueAt });
  });
});
