import { act, createCase, detail, driveTo, login, orgId, Stack, startStack } from '../support/case-factory';
import { complaintBody } from '../support/lifecycle-client';

type CaseEvent = { action: string; fromStatus: string | null; toStatus: string | null; data: Record<string, object> };

// Law 19 Art 54.2: negotiation and mediation are barred where the case harms the public interest, is
// illegal or unethical, or harms many consumers whose number is not fully known.
describe('the Art 54.2 bar over HTTP', () => {
  let stack: Stack;
  let officer: string;

  beforeAll(async () => {
    stack = await startStack();
    officer = await login(stack.http, 'officer@demo.test');
  });

  afterAll(() => stack?.stop());

  const events = async (caseId: string): Promise<CaseEvent[]> =>
    (await stack.http.get(`/api/v1/cases/${caseId}/events`).set('Authorization', `Bearer ${officer}`).expect(200)).body;
  const consumerView = (code: string, key: string) =>
    stack.http.get(`/api/v1/complaints/${code}`).set('X-Access-Key', key).expect(200);
  const consumerAct = (code: string, key: string, action: string, body: object) =>
    stack.http.post(`/api/v1/complaints/${code}/actions/${action}`).set('X-Access-Key', key).send(body);

  it('Law 19 Art 54.2: staff intake sets the bar with its reason; only refusal and transfer are then open', async () => {
    const res = await stack.http
      .post('/api/v1/cases')
      .set('Authorization', `Bearer ${officer}`)
      .send({ ...complaintBody(), channel: 'in_person', barReason: 'many_unknown_consumers' })
      .expect(201);
    const { id, trackingCode, accessKey } = res.body;

    const staffView = (await detail(stack.http, officer, id).expect(200)).body;
    expect(staffView).toMatchObject({ status: 'submitted', lifecycle: { barReason: 'many_unknown_consumers' } });
    expect(staffView.allowedActions).toEqual(['refuse', 'transfer']);
    const [row] = await stack.dataSource.query('SELECT barred FROM cases WHERE id = $1', [id]);
    expect(row.barred).toBe(true);

    expect((await events(id)).map((e) => [e.action, e.data.public])).toEqual([
      ['submit', { channel: 'in_person' }],
      ['bar', { barReason: 'many_unknown_consumers' }],
    ]);
    const consumer = (await consumerView(trackingCode, accessKey)).body;
    expect(consumer.allowedActions).toEqual(['withdraw']);
    expect(consumer.timeline).toContainEqual(
      expect.objectContaining({ action: 'bar', data: { barReason: 'many_unknown_consumers' } }),
    );

    const accept = await act(stack.http, officer, id, 'accept', {});
    expect(accept.status).toBe(422);
    expect(accept.body.details).toEqual([{ field: 'barredFromNegotiation', rule: 'art_54_2_barred' }]);
    const authorityId = await orgId(stack.dataSource, 'CAT');
    expect((await act(stack.http, officer, id, 'transfer', { authorityId })).status).toBe(200);
  });

  it('refuses an unknown Art 54.2 reason at staff intake (400), and the public form has no bar at all', async () => {
    const staff = await stack.http
      .post('/api/v1/cases')
      .set('Authorization', `Bearer ${officer}`)
      .set('Accept-Language', 'en')
      .send({ ...complaintBody(), channel: 'phone', barReason: 'too_big' })
      .expect(400);
    expect(staff.body.errors).toContainEqual(expect.objectContaining({ field: 'barReason' }));
    const web = await stack.http
      .post('/api/v1/complaints')
      .send({ ...complaintBody(), barReason: 'public_interest' })
      .expect(400);
    expect(web.body.errors).toContainEqual(expect.objectContaining({ field: 'barReason' }));
  });

  it('Law 19 Art 54.2: a bar mid-negotiation stops the business, the consumer’s mediation and the negotiation clocks', async () => {
    const kase = await createCase(stack.dataSource);
    const forwarded = await driveTo(stack.http, officer, kase.id, 'negotiation');
    const token = (forwarded.body.businessLinkUrl as string).split('/').pop() as string;

    const missingReason = await act(stack.http, officer, kase.id, 'bar', { note: 'Nhiều người mua' });
    expect(missingReason.status).toBe(422);
    expect(missingReason.body.details).toEqual([{ field: 'barReason', rule: 'art_54_2_reason_required' }]);

    const note = 'Cùng một phương thức bán hàng, nhiều người mua chưa xác định được';
    const res = await act(stack.http, officer, kase.id, 'bar', { barReason: 'many_unknown_consumers', note });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'negotiation', lifecycle: { barReason: 'many_unknown_consumers' } });
    expect(res.body.allowedActions).toEqual(['transfer']);

    const bar = (await events(kase.id)).find((e) => e.action === 'bar');
    expect(bar).toMatchObject({
      fromStatus: 'negotiation',
      toStatus: 'negotiation',
      data: { public: { barReason: 'many_unknown_consumers' }, detail: { barReason: 'many_unknown_consumers', note } },
    });
    const timeline = (await consumerView(kase.trackingCode, kase.accessKey)).body.timeline;
    expect(timeline.find((e: CaseEvent) => e.action === 'bar').data).toEqual({ barReason: 'many_unknown_consumers' });

    const respond = await stack.http
      .post(`/api/v1/business/${token}/respond`)
      .send({ type: 'propose_remedy', description: 'Hoàn tiền 100%' });
    expect(respond.status).toBe(422);
    expect(respond.body.details).toEqual([{ field: 'barredFromNegotiation', rule: 'art_54_2_barred' }]);
    const mediation = await consumerAct(kase.trackingCode, kase.accessKey, 'request_mediation', {
      organisationId: await orgId(stack.dataSource, 'HBVNTD'),
      consumerConsent: true,
    });
    expect(mediation.status).toBe(422);
    expect(mediation.body.details).toContainEqual({ field: 'barredFromNegotiation', rule: 'art_54_2_barred' });
    expect((await act(stack.http, officer, kase.id, 'settle', { outcomeCode: 'explained' })).status).toBe(422);
    expect((await act(stack.http, officer, kase.id, 'bar', { barReason: 'public_interest' })).status).toBe(422);

    const clocks = await stack.dataSource.query(
      `SELECT kind, status FROM case_deadlines WHERE case_id = $1 AND kind LIKE 'business_%' ORDER BY kind`,
      [kase.id],
    );
    expect(clocks).toEqual([
      { kind: 'business_acknowledgement', status: 'cancelled' },
      { kind: 'business_negotiation', status: 'cancelled' },
    ]);

    const authorityId = await orgId(stack.dataSource, 'CAT');
    const transferred = await act(stack.http, officer, kase.id, 'transfer', { authorityId });
    expect(transferred.status).toBe(200);
    expect(transferred.body.status).toBe('transferred');
  });
});
