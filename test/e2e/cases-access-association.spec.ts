import {
  act,
  createCase,
  CreatedCase,
  detail,
  driveTo,
  login,
  putInMediation,
  Stack,
  startStack,
  userId,
} from '../support/case-factory';

// Art 65.2 record of a successful mediation; every text is marked so a leak shows up anywhere in a response.
const RECORD = {
  mediator: 'SECRET-mediator Nguyễn Văn Hòa',
  organisation: 'SECRET-org Hội BVQLNTD tỉnh Thái Nguyên',
  parties: ['SECRET-party Nguyễn Thị Lan', 'SECRET-party Cửa hàng ABC'],
  time: '2026-03-20T02:00:00Z',
  place: 'SECRET-place Phường Phan Đình Phùng',
  subject: 'SECRET-subject tai nghe lỗi',
  consumerViews: 'SECRET-consumer-views muốn hoàn tiền',
  businessViews: 'SECRET-business-views chỉ đổi hàng',
  result: 'SECRET-result hoàn 1.000.000 đồng',
  implementation: 'SECRET-implementation chuyển khoản',
  performanceDeadline: '2026-03-31',
  otherTerms: 'SECRET-terms không khiếu nại thêm',
};
const NOTE = 'SECRET-note Đã gọi người tiêu dùng ở số 0912345678';

describe('what the association sees of a case resolved by mediation', () => {
  let stack: Stack;
  let kase: CreatedCase;
  const token = {} as Record<'officer' | 'mediator' | 'association', string>;

  beforeAll(async () => {
    stack = await startStack();
    for (const role of ['officer', 'mediator', 'association'] as const) {
      token[role] = await login(stack.http, `${role}@demo.test`);
    }
    kase = await createCase(stack.dataSource);
    await driveTo(stack.http, token.officer, kase.id, 'consultation');
    await stack.http
      .post(`/api/v1/cases/${kase.id}/notes`)
      .set('Authorization', `Bearer ${token.officer}`)
      .send({ body: NOTE })
      .expect(201);
    // The consumer's request_mediation (both consents) has no staff route: simulated on the row.
    await putInMediation(stack.dataSource, kase.id, 'HBVNTD', await userId(stack.dataSource, 'mediator@demo.test'));
    const res = await act(stack.http, token.mediator, kase.id, 'record_mediation_result', {
      result: 'success',
      record: RECORD,
      amountRecoveredVnd: 1_000_000,
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('resolved');
  });

  afterAll(() => stack?.stop());

  const events = (role: keyof typeof token) =>
    stack.http.get(`/api/v1/cases/${kase.id}/events`).set('Authorization', `Bearer ${token[role]}`).expect(200);

  it('the mediator (the mediation circle) reads the full record and the officer reads the note', async () => {
    const mine = await detail(stack.http, token.mediator, kase.id).expect(200);
    expect(mine.body.lifecycle.mediationRecord).toMatchObject({ result: RECORD.result, place: RECORD.place });
    const timeline = await events('mediator');
    const recorded = timeline.body.find((e: { action: string }) => e.action === 'record_mediation_result');
    expect(recorded.data.detail.record).toMatchObject({ consumerViews: RECORD.consumerViews });
    const officer = await events('officer');
    expect(officer.body.find((e: { action: string }) => e.action === 'note').data.detail.body).toBe(NOTE);
  });

  it('the association sees the outcome and the amount recovered', async () => {
    const res = await detail(stack.http, token.association, kase.id).expect(200);
    expect(res.body).toMatchObject({ status: 'resolved', outcome: 'monetary_relief', amountRecoveredVnd: 1_000_000 });
    expect(res.body.allowedActions).toEqual([]);
    const timeline = await events('association');
    const recorded = timeline.body.find((e: { action: string }) => e.action === 'record_mediation_result');
    expect(recorded).toMatchObject({ toStatus: 'resolved', data: { public: { result: 'success' } } });
  });

  it('the association sees the parties’ names but not their email or phone', async () => {
    const res = await detail(stack.http, token.association, kase.id).expect(200);
    expect(res.body.parties).toHaveLength(2);
    for (const party of res.body.parties)
      expect(party).toMatchObject({ name: expect.any(String), email: null, phone: null });
    const text = JSON.stringify([res.body, (await events('association')).body]);
    expect(text).not.toContain(kase.consumerEmail);
    expect(text).not.toContain(kase.businessEmail);
    expect(text).not.toContain('0912345678');
  });

  it('the association sees that an internal note exists but not its text', async () => {
    const timeline = await events('association');
    const note = timeline.body.find((e: { action: string }) => e.action === 'note');
    expect(note).toMatchObject({ visibility: 'internal', data: { public: {} } });
    expect(JSON.stringify(timeline.body)).not.toContain('SECRET-note');
  });

  it('the association reads no confidential mediation detail, in the detail or on the timeline (Art 62.2)', async () => {
    const res = await detail(stack.http, token.association, kase.id).expect(200);
    expect(res.body.lifecycle.mediationRecord).toBeUndefined();
    expect(JSON.stringify(res.body)).not.toContain('SECRET-');
    expect(JSON.stringify((await events('association')).body)).not.toContain('SECRET-');
  });
});
