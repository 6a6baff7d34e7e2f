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
});
