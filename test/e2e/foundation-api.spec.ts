import { communesOfProvince } from '@app/persistence';
import { PLAN_ORGANISATIONS, SECTORS } from '@app/domain';
import { SmtpSink } from '../support/smtp-sink';
import { Http, Stack, startStack } from '../support/stack';

const PASSWORD = 'e2e-demo-password';

describe('foundation over HTTP', () => {
  let stack: Stack;
  let smtp: SmtpSink;
  let http: Http;

  beforeAll(async () => {
    stack = await startStack({ worker: true, seed: PASSWORD });
    ({ smtp, http } = stack);
  });

  afterAll(() => stack?.stop());

  const login = async (email: string) =>
    (await http.post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(200)).body.accessToken as string;

  it('GET /health answers while the process lives', async () => {
    await http.get('/health').expect(200, { status: 'ok' });
  });

  it('GET /health/ready reports PostgreSQL and Redis up, with queue depths', async () => {
    const res = await http.get('/health/ready').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.details.database.status).toBe('up');
    expect(res.body.details.redis.queues).toEqual([
      expect.objectContaining({ queue: 'mail', failed: 0 }),
      expect.objectContaining({ queue: 'deadlines', failed: 0 }),
      expect.objectContaining({ queue: 'reports', failed: 0 }),
    ]);
  });

  it('serves the OpenAPI document and the Swagger UI', async () => {
    const doc = await http.get('/api/docs-json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/reference/communes', '/api/v1/auth/login', '/health/ready']),
    );
    const ui = await http.get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('GET /api/v1/reference/communes returns exactly the 92 units with official codes and names', async () => {
    const res = await http.get('/api/v1/reference/communes').expect(200);
    expect(res.body).toHaveLength(92);
    expect(res.body).toEqual(communesOfProvince());
    expect(res.body).toContainEqual({ code: '05443', name: 'Phường Phan Đình Phùng', kind: 'phuong' });
  });

  it('GET /api/v1/reference/sectors speaks the caller’s language', async () => {
    const vi = await http.get('/api/v1/reference/sectors').expect(200);
    const en = await http.get('/api/v1/reference/sectors').set('Accept-Language', 'en').expect(200);
    expect(vi.body).toEqual(SECTORS.map((s) => ({ code: s.code, name: s.nameVi })));
    expect(en.body).toContainEqual({ code: 'mlm', name: 'Multi-level marketing' });
  });

  it('GET /api/v1/reference/organisations lists the plan’s bodies and every commune committee', async () => {
    const res = await http.get('/api/v1/reference/organisations').expect(200);
    const names = res.body.map((o: { name: string }) => o.name);
    expect(names).toEqual(expect.arrayContaining(PLAN_ORGANISATIONS.map((o) => o.name)));
    expect(res.body.filter((o: { kind: string }) => o.kind === 'commune_committee')).toHaveLength(92);
    expect(res.body[0]).toEqual({ id: expect.any(String), name: expect.any(String), kind: expect.any(String) });
  });

  it.each(['officer', 'mediator', 'mediation_admin', 'association', 'analyst', 'admin'])(
    'the demo account %s@demo.test signs in with DEMO_PASSWORD',
    async (role) => {
      const res = await http
        .post('/api/v1/auth/login')
        .send({ email: `${role}@demo.test`, password: PASSWORD })
        .expect(200);
      expect(res.body).toEqual({
        accessToken: expect.any(String),
        expiresIn: expect.any(Number),
        role,
        csrfToken: expect.any(String),
      });
    },
  );

  it('refuses a wrong password with 401 and malformed input with field errors in Vietnamese', async () => {
    await http.post('/api/v1/auth/login').send({ email: 'admin@demo.test', password: 'wrong' }).expect(401);
    const res = await http.post('/api/v1/auth/login').send({ email: 'not-an-email' }).expect(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'email', messages: ['Địa chỉ email không hợp lệ'] },
        expect.objectContaining({ field: 'password' }),
      ]),
    );
  });

  it('api enqueues and the worker sends: the admin mail check reaches the SMTP server', async () => {
    const token = await login('admin@demo.test');
    const res = await http
      .post('/api/v1/admin/mail/test')
      .set('Authorization', `Bearer ${token}`)
      .send({ to: 'operator@example.org' })
      .expect(202);
    expect(res.body.jobId).toEqual(expect.any(String));
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toMatchObject({ text: 'operator@example.org' });
    expect(mail.subject).toBe('Thư kiểm tra / Test message');
  });

  it('keeps the admin mail check to admins (401 without a token, 403 for other roles)', async () => {
    await http.post('/api/v1/admin/mail/test').send({ to: 'x@example.org' }).expect(401);
    const token = await login('officer@demo.test');
    await http
      .post('/api/v1/admin/mail/test')
      .set('Authorization', `Bearer ${token}`)
      .send({ to: 'x@example.org' })
      .expect(403);
  });
});
