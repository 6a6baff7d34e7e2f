import { Worker } from 'bullmq';
import { UserEntity } from '@app/persistence';
import { createRedisConnection, JobQueueService, QUEUE_NAMES } from '@app/queue';
import { SessionCookies } from '../../apps/api/src/auth/session-cookies';
import { createStaff, login, PASSWORD, Stack, startStack } from '../support/case-factory';
import { testConfig } from '../support/test-env';

const BOARD = '/admin/queues';

// The BullMQ dashboard: admins only, by bearer token or by the HttpOnly cookie the login sets.
describe('queue board', () => {
  let stack: Stack;
  let admin: string;
  let officer: string;

  beforeAll(async () => {
    stack = await startStack();
    admin = await login(stack.http, 'admin@demo.test');
    officer = await login(stack.http, 'officer@demo.test');
  });
  afterAll(() => stack?.stop());

  it('refuses a request without a token, or with an invalid one, with 401', async () => {
    await stack.http.get(BOARD).expect(401);
    await stack.http.get(`${BOARD}/api/queues`).expect(401);
    await stack.http.get(BOARD).set('Authorization', 'Bearer not-a-token').expect(401);
    await stack.http.get(BOARD).set('Cookie', 'cc_staff=not-a-token').expect(401);
  });

  it('refuses a staff member who is not an admin with 403, by header or cookie', async () => {
    await stack.http.get(BOARD).set('Authorization', `Bearer ${officer}`).expect(403);
    await stack.http.get(`${BOARD}/api/queues`).set('Cookie', `cc_staff=${officer}`).expect(403);
  });

  it('shows the board to an admin with a bearer token, under its own content security policy', async () => {
    const res = await stack.http.get(BOARD).set('Authorization', `Bearer ${admin}`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<base href="/admin/queues/"');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['cache-control']).toBe('no-store');
    const script = /<script defer src="([^"]+)"/.exec(res.text)?.[1];
    expect(script).toBeDefined();
    await stack.http
      .get(`${BOARD}/${script}`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200)
      .expect('Content-Type', /javascript/);
  });

  it('sets an HttpOnly cookie at login that opens the board in a browser', async () => {
    const res = await stack.http
      .post('/api/v1/auth/login')
      .send({ email: 'admin@demo.test', password: PASSWORD })
      .expect(200);
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    const cookie = setCookie.find((c) => c.startsWith('cc_staff='));
    expect(cookie).toBeDefined();
    expect(cookie).toContain(`cc_staff=${res.body.accessToken};`);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(cookie).toContain(`; Max-Age=${stack.config.jwt.ttlSeconds}`);
    // Outside production (these tests run with NODE_ENV=test) the cookie also works over plain http.
    expect(cookie).not.toMatch(/; Secure/);
    const page = await stack.http.get(BOARD).set('Cookie', cookie!.split(';')[0]).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
  });

  it('marks the cookie Secure in production', () => {
    const sut = new SessionCookies(
      testConfig({ NODE_ENV: 'production', JWT_SECRET: 'p0Zr3mVt8QwYk1LxN5sJc7HbD2fGa9Ue4TiOy6Rn8Ak=' }),
    );
    expect(sut.staffCookieOptions()).toMatchObject({
      secure: true,
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
    });
    expect(sut.csrfCookieOptions()).toMatchObject({ secure: true, httpOnly: false, sameSite: 'strict', path: '/' });
  });

  it('lists every queue of the catalogue in the board’s api', async () => {
    const res = await stack.http.get(`${BOARD}/api/queues`).set('Authorization', `Bearer ${admin}`).expect(200);
    const names = (res.body.queues as { name: string }[]).map((q) => q.name);
    expect(names.sort()).toEqual([...QUEUE_NAMES].sort());
    expect((res.body.queues as { readOnlyMode: boolean }[]).every((q) => !q.readOnlyMode)).toBe(true);
  });

  it('lets an admin, and nobody else, retry the failed jobs of a queue', async () => {
    const queue = stack.api.get(JobQueueService).queue('mail');
    const connection = createRedisConnection(stack.config.redis.url);
    const failing = new Worker(
      'mail',
      () => {
        throw new Error('SMTP down');
      },
      { connection, prefix: stack.config.redis.prefix },
    );
    try {
      const failed = new Promise((resolve) => failing.once('failed', resolve));
      await queue.add('mail.send', { to: 'x@example.org', subject: 's', text: 't' }, { attempts: 1 });
      await failed;
    } finally {
      await failing.close();
      await connection.quit();
    }
    expect(await queue.getJobCountByTypes('failed')).toBe(1);
    await stack.http.put(`${BOARD}/api/queues/mail/retry/failed`).set('Cookie', `cc_staff=${officer}`).expect(403);
    await stack.http.put(`${BOARD}/api/queues/mail/retry/failed`).set('Cookie', `cc_staff=${admin}`).expect(200);
    expect(await queue.getJobCountByTypes('failed')).toBe(0);
    expect(await queue.getJobCountByTypes('waiting')).toBe(1);
  });

  it('refuses the token of a deactivated admin with 401', async () => {
    const id = await createStaff(stack.dataSource, { email: 'admin.leaving@e2e.test', role: 'admin', orgCode: 'SCT' });
    const token = await login(stack.http, 'admin.leaving@e2e.test');
    await stack.http.get(BOARD).set('Authorization', `Bearer ${token}`).expect(200);
    await stack.dataSource.getRepository(UserEntity).update({ id }, { active: false });
    await stack.http.get(BOARD).set('Authorization', `Bearer ${token}`).expect(401);
    await stack.http.get(BOARD).set('Cookie', `cc_staff=${token}`).expect(401);
  });
});
