import { JwtService } from '@nestjs/jwt';
import { UserEntity } from '@app/persistence';
import { createStaff, Http, PASSWORD, Stack, startStack, userId } from '../support/case-factory';

const API = '/api/v1';

/** The cookies a response sets, by name: the full Set-Cookie line of each. */
function setCookies(res: { headers: Record<string, unknown> }): Record<string, string> {
  const lines = ([] as string[]).concat((res.headers['set-cookie'] as string[] | undefined) ?? []);
  return Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf('=')), line]));
}

/** name=value of a Set-Cookie line, as a browser sends it back. */
const pair = (line: string): string => line.split(';')[0];

interface SignedIn {
  accessToken: string;
  csrfToken: string;
  /** The Cookie header a browser would send: cc_staff and cc_csrf. */
  cookie: string;
}

async function signIn(http: Http, email: string): Promise<SignedIn> {
  const res = await http.post(`${API}/auth/login`).send({ email, password: PASSWORD }).expect(200);
  const cookies = setCookies(res);
  return {
    accessToken: res.body.accessToken,
    csrfToken: res.body.csrfToken,
    cookie: `${pair(cookies.cc_staff)}; ${pair(cookies.cc_csrf)}`,
  };
}

// Staff sessions: a token in memory (bearer) or the HttpOnly cookie with a CSRF check, renewal,
// and a sign-out that ends every token of the account at once.
describe('staff session', () => {
  let stack: Stack;
  let http: Http;

  beforeAll(async () => {
    stack = await startStack();
    http = stack.http;
  });
  afterAll(() => stack?.stop());

  it('login answers the token, its life, the role and a CSRF value, and sets both cookies on the whole site', async () => {
    const res = await http
      .post(`${API}/auth/login`)
      .send({ email: 'officer@demo.test', password: PASSWORD })
      .expect(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      expiresIn: 1800,
      role: 'officer',
      csrfToken: expect.any(String),
    });
    const cookies = setCookies(res);
    expect(cookies.cc_staff).toContain(`cc_staff=${res.body.accessToken};`);
    expect(cookies.cc_staff).toMatch(/; HttpOnly/);
    expect(cookies.cc_staff).toMatch(/; SameSite=Strict/);
    expect(cookies.cc_staff).toMatch(/; Path=\/(;|$)/);
    expect(cookies.cc_staff).toContain('; Max-Age=1800');
    expect(cookies.cc_csrf).toContain(`cc_csrf=${res.body.csrfToken};`);
    expect(cookies.cc_csrf).not.toMatch(/HttpOnly/);
    expect(cookies.cc_csrf).toMatch(/; SameSite=Strict/);
    expect(cookies.cc_csrf).toMatch(/; Path=\/(;|$)/);
  });

  it('refuses a wrong password, an unknown email and an inactive account alike with 401', async () => {
    await createStaff(stack.dataSource, { email: 'gone@e2e.test', role: 'officer', orgCode: 'SCT' });
    await stack.dataSource.getRepository(UserEntity).update({ email: 'gone@e2e.test' }, { active: false });
    const answers = await Promise.all(
      [
        { email: 'officer@demo.test', password: 'wrong-password-123' },
        { email: 'nobody@demo.test', password: PASSWORD },
        { email: 'gone@e2e.test', password: PASSWORD },
      ].map((body) => http.post(`${API}/auth/login`).send(body).expect(401)),
    );
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
  });

  it('GET /auth/session tells who is signed in, by bearer or by cookie; 401 otherwise', async () => {
    const me = await signIn(http, 'supervisor@demo.test');
    const byBearer = await http.get(`${API}/auth/session`).set('Authorization', `Bearer ${me.accessToken}`).expect(200);
    expect(byBearer.body).toEqual({
      user: {
        id: await userId(stack.dataSource, 'supervisor@demo.test'),
        email: 'supervisor@demo.test',
        fullName: 'Trưởng phòng (demo)',
        role: 'officer',
        organisationId: expect.any(String),
        organisationName: expect.any(String),
        supervisor: true,
        language: 'vi',
      },
      csrfToken: me.csrfToken,
      expiresAt: expect.any(String),
    });
    const left = Date.parse(byBearer.body.expiresAt) - Date.now();
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(1800 * 1000);
    const byCookie = await http.get(`${API}/auth/session`).set('Cookie', me.cookie).expect(200);
    expect(byCookie.body).toEqual(byBearer.body);
    await http.get(`${API}/auth/session`).expect(401);
    await http.get(`${API}/auth/session`).set('Cookie', 'cc_staff=not-a-token').expect(401);
  });

  describe('a request signed by the cookie that changes something', () => {
    let me: SignedIn;
    beforeAll(async () => {
      me = await signIn(http, 'officer@demo.test');
    });

    it('is refused with 403 csrf_failed without the X-CSRF-Token header', async () => {
      const res = await http.post(`${API}/auth/renew`).set('Cookie', me.cookie).expect(403);
      expect(res.body).toMatchObject({ statusCode: 403, code: 'csrf_failed' });
    });

    it('is refused with a wrong header, or a header that matches a forged cc_csrf cookie only', async () => {
      await http.post(`${API}/auth/renew`).set('Cookie', me.cookie).set('X-CSRF-Token', 'forged').expect(403);
      const forged = `${me.cookie.split(';')[0]}; cc_csrf=forged`;
      const res = await http.post(`${API}/auth/renew`).set('Cookie', forged).set('X-CSRF-Token', 'forged').expect(403);
      expect(res.body.code).toBe('csrf_failed');
      // Another token's CSRF value does not fit this token.
      const other = await signIn(http, 'officer@demo.test');
      const mixed = `${me.cookie.split(';')[0]}; cc_csrf=${other.csrfToken}`;
      await http.post(`${API}/auth/renew`).set('Cookie', mixed).set('X-CSRF-Token', other.csrfToken).expect(403);
    });

    it('is accepted with the header equal to the cc_csrf cookie', async () => {
      const res = await http
        .post(`${API}/auth/renew`)
        .set('Cookie', me.cookie)
        .set('X-CSRF-Token', me.csrfToken)
        .expect(200);
      expect(res.body).toEqual({
        accessToken: expect.any(String),
        expiresIn: 1800,
        role: 'officer',
        csrfToken: expect.any(String),
      });
    });

    it('needs no header when it reads (GET), nor when signed by a bearer token', async () => {
      await http.get(`${API}/me/notifications`).set('Cookie', me.cookie).expect(200);
      await http.post(`${API}/auth/renew`).set('Authorization', `Bearer ${me.accessToken}`).expect(200);
    });

    it('is checked on every route, not only the auth ones', async () => {
      const res = await http
        .post(`${API}/me/password`)
        .set('Cookie', me.cookie)
        .send({ currentPassword: PASSWORD, newPassword: 'a-long-new-password-2026' })
        .expect(403);
      expect(res.body.code).toBe('csrf_failed');
    });
  });

  it('renew gives a fresh token and cookies; the new token works', async () => {
    const me = await signIn(http, 'analyst@demo.test');
    const res = await http.post(`${API}/auth/renew`).set('Authorization', `Bearer ${me.accessToken}`).expect(200);
    expect(res.body.accessToken).not.toBe(me.accessToken);
    expect(res.body.csrfToken).not.toBe(me.csrfToken);
    const cookies = setCookies(res);
    expect(cookies.cc_staff).toContain(`cc_staff=${res.body.accessToken};`);
    expect(cookies.cc_csrf).toContain(`cc_csrf=${res.body.csrfToken};`);
    const session = await http
      .get(`${API}/auth/session`)
      .set('Authorization', `Bearer ${res.body.accessToken}`)
      .expect(200);
    expect(session.body.csrfToken).toBe(res.body.csrfToken);
  });

  it('logout ends every token of the account at once, the cookie one too, and clears both cookies', async () => {
    await createStaff(stack.dataSource, { email: 'leaving.desk@e2e.test', role: 'officer', orgCode: 'SCT' });
    const phone = await signIn(http, 'leaving.desk@e2e.test');
    const laptop = await signIn(http, 'leaving.desk@e2e.test');
    const browser = await signIn(http, 'leaving.desk@e2e.test');
    const res = await http
      .post(`${API}/auth/logout`)
      .set('Cookie', browser.cookie)
      .set('X-CSRF-Token', browser.csrfToken)
      .expect(204);
    const cleared = setCookies(res);
    for (const name of ['cc_staff', 'cc_csrf']) {
      expect(cleared[name]).toMatch(new RegExp(`^${name}=;`));
      expect(cleared[name]).toMatch(/; Path=\/(;|$)/);
      expect(cleared[name]).toMatch(/Expires=Thu, 01 Jan 1970/);
    }
    for (const token of [phone.accessToken, laptop.accessToken, browser.accessToken]) {
      await http.get(`${API}/auth/session`).set('Authorization', `Bearer ${token}`).expect(401);
    }
    await http.get(`${API}/auth/session`).set('Cookie', browser.cookie).expect(401);
    await http.post(`${API}/auth/renew`).set('Authorization', `Bearer ${phone.accessToken}`).expect(401);
    // Signing in again works.
    const again = await signIn(http, 'leaving.desk@e2e.test');
    await http.get(`${API}/auth/session`).set('Authorization', `Bearer ${again.accessToken}`).expect(200);
  });

  it('deactivating an account ends its tokens at once', async () => {
    const id = await createStaff(stack.dataSource, { email: 'deactivated@e2e.test', role: 'officer', orgCode: 'SCT' });
    const me = await signIn(http, 'deactivated@e2e.test');
    const admin = await signIn(http, 'admin@demo.test');
    await http.get(`${API}/auth/session`).set('Authorization', `Bearer ${me.accessToken}`).expect(200);
    await http
      .patch(`${API}/admin/accounts/${id}`)
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .send({ active: false })
      .expect(200);
    await http.get(`${API}/auth/session`).set('Authorization', `Bearer ${me.accessToken}`).expect(401);
    await http.get(`${API}/auth/session`).set('Cookie', me.cookie).expect(401);
    // Reactivated, the old token stays dead: its version has moved on.
    await http
      .patch(`${API}/admin/accounts/${id}`)
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .send({ active: true })
      .expect(200);
    await http.get(`${API}/auth/session`).set('Authorization', `Bearer ${me.accessToken}`).expect(401);
    await signIn(http, 'deactivated@e2e.test');
  });

  it('refuses a token without a version (issued before versions existed) with 401', async () => {
    const jwt = stack.api.get(JwtService);
    const legacy = await jwt.signAsync({ sub: await userId(stack.dataSource, 'officer@demo.test') });
    await http.get(`${API}/auth/session`).set('Authorization', `Bearer ${legacy}`).expect(401);
  });

  it('still opens the queue board with the cookie, for an admin', async () => {
    const admin = await signIn(http, 'admin@demo.test');
    const page = await http.get('/admin/queues').set('Cookie', admin.cookie).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const officer = await signIn(http, 'officer@demo.test');
    await http.get('/admin/queues').set('Cookie', officer.cookie).expect(403);
    await http.post(`${API}/auth/logout`).set('Authorization', `Bearer ${admin.accessToken}`).expect(204);
    await http.get('/admin/queues').set('Cookie', admin.cookie).expect(401);
  });
});
