import {
  act,
  createCase,
  createStaff,
  driveTo,
  login,
  mailTo,
  orgId,
  putInMediation,
  Stack,
  startStack,
  userId,
} from '../support/case-factory';

// Safeguards found in review: what each party may read, when a link or an assignment ends, and
// input that must be refused as 400/422 rather than reach the database.
describe('case safeguards', () => {
  let stack: Stack;
  let officer: string;
  let supervisor: string;
  let mediator: string;
  let analyst: string;
  let mediationAdmin: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    officer = await login(stack.http, 'officer@demo.test');
    supervisor = await login(stack.http, 'supervisor@demo.test');
    mediator = await login(stack.http, 'mediator@demo.test');
    analyst = await login(stack.http, 'analyst@demo.test');
    mediationAdmin = await login(stack.http, 'mediation_admin@demo.test');
  });
  afterAll(() => stack?.stop());

  const tokenOf = (res: { body: { businessLinkUrl?: string } }) => String(res.body.businessLinkUrl).split('/').pop();
  const post = (path: string, token: string, body: object) =>
    stack.http.post(path).set('Authorization', `Bearer ${token}`).send(body);

  it('the business’s timeline shows neither messages to the consumer nor the information exchange with them', async () => {
    const c = await createCase(stack.dataSource);
    await driveTo(stack.http, officer, c.id, 'consultation');
    await act(stack.http, officer, c.id, 'request_info', { question: 'Số điện thoại của chị là gì?' });
    await stack.http
      .post(`/api/v1/complaints/${c.trackingCode}/actions/provide_info`)
      .set('X-Access-Key', c.accessKey)
      .send({ answer: 'Số của tôi là 0912345678' })
      .expect(200);
    await post(`/api/v1/cases/${c.id}/messages`, officer, { to: 'consumer', body: 'Gửi chị Lan, địa chỉ tổ 5' }).expect(
      201,
    );
    const forwarded = await act(stack.http, officer, c.id, 'forward_to_business', { basis: 'business_silent' });
    await post(`/api/v1/cases/${c.id}/messages`, officer, { to: 'business', body: 'Đề nghị trả lời sớm' }).expect(201);
    const view = await stack.http.get(`/api/v1/business/${tokenOf(forwarded)}`).expect(200);
    const text = JSON.stringify(view.body.timeline);
    expect(text).not.toContain('0912345678');
    expect(text).not.toContain('tổ 5');
    expect(text).toContain('Đề nghị trả lời sớm');
    // The business's email points to its secure link, not to the consumer's tracking page.
    const mail = await mailTo(stack.smtp, c.businessEmail, (m) => m.text?.includes('Đề nghị trả lời sớm') === true);
    expect(mail.text).not.toContain(`/complaints/${c.trackingCode}`);
  });

  it('the business’s link stops working once the case leaves negotiation', async () => {
    const c = await createCase(stack.dataSource);
    await driveTo(stack.http, officer, c.id, 'consultation');
    const forwarded = await act(stack.http, officer, c.id, 'forward_to_business', { basis: 'business_silent' });
    await stack.http.get(`/api/v1/business/${tokenOf(forwarded)}`).expect(200);
    await act(stack.http, officer, c.id, 'settle', { outcomeCode: 'explained' }).then((r) =>
      expect(r.status).toBe(200),
    );
    await stack.http.get(`/api/v1/business/${tokenOf(forwarded)}`).expect(410);
  });

  it('Art 62.2: a mediator’s note is confidential to the mediation circle', async () => {
    const c = await createCase(stack.dataSource);
    await putInMediation(stack.dataSource, c.id, 'HBVNTD', await userId(stack.dataSource, 'mediator@demo.test'));
    const note = await post(`/api/v1/cases/${c.id}/notes`, mediator, {
      body: 'Doanh nghiệp đồng ý nếu giữ kín',
    }).expect(201);
    expect(note.body).toMatchObject({
      action: 'note',
      visibility: 'confidential',
      data: { detail: { body: 'Doanh nghiệp đồng ý nếu giữ kín' } },
    });
    const seenByAnalyst = await stack.http
      .get(`/api/v1/cases/${c.id}/events`)
      .set('Authorization', `Bearer ${analyst}`)
      .expect(200);
    expect(JSON.stringify(seenByAnalyst.body)).not.toContain('giữ kín');
    const seenByAdmin = await stack.http
      .get(`/api/v1/cases/${c.id}/events`)
      .set('Authorization', `Bearer ${mediationAdmin}`)
      .expect(200);
    expect(JSON.stringify(seenByAdmin.body)).toContain('giữ kín');
  });

  it('after a reopen the former mediator no longer sees the case', async () => {
    const c = await createCase(stack.dataSource);
    await putInMediation(stack.dataSource, c.id, 'HBVNTD', await userId(stack.dataSource, 'mediator@demo.test'));
    const failed = await act(stack.http, mediator, c.id, 'record_mediation_result', {
      result: 'failure',
      reason: 'Không thống nhất',
      // "continue" would keep the mediation open; a court next step ends it.
      nextStep: 'court',
    });
    expect(failed.status).toBe(200);
    const reopened = await act(stack.http, supervisor, c.id, 'reopen', { reason: 'Người tiêu dùng có thêm chứng cứ' });
    expect(reopened.body.status).toBe('consultation');
    await stack.http.get(`/api/v1/cases/${c.id}`).set('Authorization', `Bearer ${mediator}`).expect(404);
  });

  it('accept refuses a handling unit or advisor that cannot take the case (422), and answers from the committed case', async () => {
    const c = await createCase(stack.dataSource);
    const bogus = await act(stack.http, officer, c.id, 'accept', { handlingUnitId: 'abc' });
    expect(bogus.status).toBe(422);
    const analystId = await userId(stack.dataSource, 'analyst@demo.test');
    const notOfficer = await act(stack.http, officer, c.id, 'accept', { advisorId: analystId });
    expect(notOfficer.status).toBe(422);
    expect(notOfficer.body.details).toEqual([{ field: 'advisorId', rule: 'not_an_officer_of_the_unit' }]);
    // Handing the case to another unit: the officer gets the result, though the case leaves their queue.
    const ward = await orgId(stack.dataSource, 'UBND-05443');
    const wardOfficer = await createStaff(stack.dataSource, {
      email: 'ward@example.vn',
      role: 'officer',
      orgCode: 'UBND-05443',
    });
    const moved = await act(stack.http, officer, c.id, 'accept', { handlingUnitId: ward, advisorId: wardOfficer });
    expect(moved.status).toBe(200);
    expect(moved.body.assignments).toMatchObject({ handlingOrgId: ward, advisorId: wardOfficer });
    await stack.http.get(`/api/v1/cases/${c.id}`).set('Authorization', `Bearer ${officer}`).expect(404);
  });

  it('a NUL character anywhere in the input is a 400 field error, not a 500', async () => {
    const c = await createCase(stack.dataSource);
    await driveTo(stack.http, officer, c.id, 'consultation');
    const res = await act(stack.http, officer, c.id, 'request_info', { question: 'Câu hỏi \u0000 lạ' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'question', messages: ['Chứa ký tự không hợp lệ (NUL)'] }]);
    const forwarded = await act(stack.http, officer, c.id, 'forward_to_business', { basis: 'business_silent' });
    await stack.http
      .post(`/api/v1/business/${tokenOf(forwarded)}/respond`)
      .send({ type: 'propose_remedy', description: 'Hoàn tiền \u0000 ngay' })
      .expect(400);
  });

  it('a staff token follows the account as it is now: deactivated → 401, moved → the new unit’s scope', async () => {
    const id = await createStaff(stack.dataSource, { email: 'mover@example.vn', role: 'officer', orgCode: 'SCT' });
    const token = await login(stack.http, 'mover@example.vn');
    const c = await createCase(stack.dataSource);
    await stack.http.get(`/api/v1/cases/${c.id}`).set('Authorization', `Bearer ${token}`).expect(200);
    await stack.dataSource.query('UPDATE users SET organisation_id = $2 WHERE id = $1', [
      id,
      await orgId(stack.dataSource, 'UBND-05443'),
    ]);
    await stack.http.get(`/api/v1/cases/${c.id}`).set('Authorization', `Bearer ${token}`).expect(404);
    await stack.dataSource.query('UPDATE users SET active = false WHERE id = $1', [id]);
    await stack.http.get('/api/v1/cases').set('Authorization', `Bearer ${token}`).expect(401);
  });
});
