import { DataSource } from 'typeorm';
import { Http, Stack, startStack } from '../support/stack';

const PASSWORD = 'staff-intake-password';

const complaint = () => ({
  consumer: { fullName: 'Lê Văn Nam', phone: '0912 000 111', communeCode: '05443', language: 'vi' },
  business: { name: 'Điện lực Ví Dụ' },
  purchase: { sectorCode: 'utilities', product: 'Tiền điện tháng 10', amountVnd: 2_350_000, channel: 'other' },
  description: 'Hóa đơn tiền điện tháng 10 cao gấp ba lần bình thường dù không thay đổi mức sử dụng.',
  desiredResolutions: ['correction_of_terms', 'refund'],
  consents: { dataProcessing: true, textVersion: '2026-01' },
});

describe('POST /api/v1/cases (staff register a complaint for a consumer)', () => {
  let stack: Stack;
  let ds: DataSource;
  let http: Http;

  beforeAll(async () => {
    stack = await startStack({ seed: PASSWORD, env: { TRACKING_CODE_PREFIX: 'TNI' } });
    ({ dataSource: ds, http } = stack);
  });

  afterAll(() => stack?.stop());

  const login = async (email: string) =>
    (await http.post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(200)).body.accessToken as string;

  it('lets an officer register a phoned-in complaint (channel phone, created_by_id set)', async () => {
    const token = await login('officer@demo.test');
    const res = await http
      .post('/api/v1/cases')
      .set('Authorization', `Bearer ${token}`)
      .send({ ...complaint(), channel: 'phone' })
      .expect(201);
    expect(res.body).toMatchObject({ trackingCode: expect.stringMatching(/^TNI-/), status: 'submitted' });
    const [row] = await ds.query(
      'SELECT c.channel, u.email FROM cases c JOIN users u ON u.id = c.created_by_id WHERE c.id = $1',
      [res.body.id],
    );
    expect(row).toEqual({ channel: 'phone', email: 'officer@demo.test' });
    const [event] = await ds.query('SELECT actor_kind, data FROM case_events WHERE case_id = $1', [res.body.id]);
    expect(event).toEqual({ actor_kind: 'staff', data: expect.objectContaining({ public: { channel: 'phone' } }) });
  });

  it('an Idempotency-Key is scoped: the public form and each staff account on each channel never meet (issue 12 item 3)', async () => {
    const key = 'scoped-key-7b3e9d1f5a2c';
    const officer = await login('officer@demo.test');
    const admin = await login('admin@demo.test');
    const staff = (token: string, channel: string) =>
      http
        .post('/api/v1/cases')
        .set('Authorization', `Bearer ${token}`)
        .set('Idempotency-Key', key)
        .send({ ...complaint(), channel })
        .expect(201);
    const phone = await staff(officer, 'phone');
    const phoneAgain = await staff(officer, 'phone');
    const post = await staff(officer, 'hotline_referral');
    const byAdmin = await staff(admin, 'phone');
    const publicForm = await http.post('/api/v1/complaints').set('Idempotency-Key', key).send(complaint()).expect(201);
    expect(phoneAgain.body.id).toBe(phone.body.id);
    const ids = new Set([phone.body.id, post.body.id, byAdmin.body.id, publicForm.body.id]);
    expect(ids.size).toBe(4);
    const keys = new Set([
      phone.body.accessKey,
      post.body.accessKey,
      byAdmin.body.accessKey,
      publicForm.body.accessKey,
    ]);
    expect(keys.size).toBe(4);
  });

  it('tells staff of a possible duplicate in its answer (the public form does not)', async () => {
    const officer = await login('officer@demo.test');
    const file = () =>
      http
        .post('/api/v1/cases')
        .set('Authorization', `Bearer ${officer}`)
        .send({ ...complaint(), channel: 'in_person' })
        .expect(201);
    await file();
    const second = await file();
    expect(second.body.warnings).toContain('possible_duplicate');
  });

  it('keeps staff intake to officers and admins (403 for an analyst, 401 without a token, 400 without a channel)', async () => {
    const analyst = await login('analyst@demo.test');
    await http
      .post('/api/v1/cases')
      .set('Authorization', `Bearer ${analyst}`)
      .send({ ...complaint(), channel: 'phone' })
      .expect(403);
    await http
      .post('/api/v1/cases')
      .send({ ...complaint(), channel: 'phone' })
      .expect(401);
    const officer = await login('officer@demo.test');
    const res = await http
      .post('/api/v1/cases')
      .set('Authorization', `Bearer ${officer}`)
      .send(complaint())
      .expect(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'channel' }));
  });
  it('Law 19 Art 57.4: a letter received on Monday 2 Mar 2026 is to be forwarded by 24:00 on Wednesday 11 Mar, whenever it is registered or accepted', async () => {
    const officer = await login('officer@demo.test');
    const receivedAt = '2026-03-02T09:30:00+07:00';
    const res = await http
      .post('/api/v1/cases')
      .set('Authorization', `Bearer ${officer}`)
      .send({ ...complaint(), channel: 'post', receivedAt })
      .expect(201);
    const clocks = async () =>
      ds.query<{ kind: string; status: string; started_at: Date; due_at: Date }[]>(
        `SELECT kind, status, started_at, due_at FROM case_deadlines WHERE case_id = $1 ORDER BY kind`,
        [res.body.id],
      );
    const received = new Date(receivedAt);
    expect(await clocks()).toEqual([
      { kind: 'forwarding', status: 'pending', started_at: received, due_at: new Date('2026-03-11T17:00:00Z') },
      { kind: 'triage', status: 'pending', started_at: received, due_at: new Date('2026-03-05T17:00:00Z') },
    ]);
    const [row] = await ds.query('SELECT submitted_at FROM cases WHERE id = $1', [res.body.id]);
    expect(row.submitted_at).toEqual(received);
    // Accepting months later meets triage; the forwarding period still runs from the receipt.
    const { version } = (
      await http.get(`/api/v1/cases/${res.body.id}`).set('Authorization', `Bearer ${officer}`).expect(200)
    ).body;
    await http
      .post(`/api/v1/cases/${res.body.id}/actions/accept`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ version })
      .expect(200);
    expect(await clocks()).toContainEqual({
      kind: 'forwarding',
      status: 'pending',
      started_at: received,
      due_at: new Date('2026-03-11T17:00:00Z'),
    });
  });

  it('Law 19 Arts 54.2, 57.4: a complaint barred at intake is never forwarded, so no forwarding clock starts (triage runs)', async () => {
    const officer = await login('officer@demo.test');
    const res = await http
      .post('/api/v1/cases')
      .set('Authorization', `Bearer ${officer}`)
      .send({ ...complaint(), channel: 'phone', barReason: 'many_unknown_consumers' })
      .expect(201);
    const kinds = await ds.query<{ kind: string }[]>(`SELECT kind FROM case_deadlines WHERE case_id = $1`, [
      res.body.id,
    ]);
    expect(kinds).toEqual([{ kind: 'triage' }]);
  });

  it('refuses a receipt time in the future or without its offset (400, field messages in vi and en)', async () => {
    const officer = await login('officer@demo.test');
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const vi = await http
      .post('/api/v1/cases')
      .set('Authorization', `Bearer ${officer}`)
      .send({ ...complaint(), channel: 'post', receivedAt: future })
      .expect(400);
    expect(vi.body.errors).toEqual([{ field: 'receivedAt', messages: ['Không được là thời điểm trong tương lai'] }]);
    const en = await http
      .post('/api/v1/cases')
      .set('Authorization', `Bearer ${officer}`)
      .set('Accept-Language', 'en')
      .send({ ...complaint(), channel: 'post', receivedAt: '2026-03-02 09:30' })
      .expect(400);
    expect(en.body.errors).toEqual([
      {
        field: 'receivedAt',
        messages: ['must be an ISO 8601 date and time with its offset, e.g. 2026-12-15T14:30:00+07:00'],
      },
    ]);
    const [{ count }] = await ds.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM cases WHERE channel = 'post' AND submitted_at > now() - interval '1 day'`,
    );
    expect(count).toBe(0);
  });
});
