import { StaffPasswordLinkEntity, UserEntity } from '@app/persistence';
import { Http, login, mailTo, orgId, PASSWORD, Stack, startStack, userId } from '../support/case-factory';

const API = '/api/v1';
const STRONG = 'bốn-mùa-hoa-nở-2026';

/** The token of the set-password link emailed to `email`: the first one not in `except`. */
async function linkToken(stack: Stack, email: string, except: string[] = []): Promise<string> {
  const mail = await mailTo(stack.smtp, email, (m) => {
    const token = /\/staff\/set-password#token=([A-Za-z0-9_-]+)/.exec(m.text ?? '')?.[1];
    return token !== undefined && !except.includes(token);
  });
  return /\/staff\/set-password#token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '')![1];
}

// Staff accounts, managed by admins: an account starts without a password, its owner sets one
// through a single-use emailed link, and may change it later.
describe('staff accounts', () => {
  let stack: Stack;
  let http: Http;
  let admin: string;
  let sct: string;
  const as = (token: string, language = 'vi') => ({
    get: (path: string) =>
      http.get(`${API}/${path}`).set('Authorization', `Bearer ${token}`).set('Accept-Language', language),
    post: (path: string, body: object = {}) =>
      http.post(`${API}/${path}`).set('Authorization', `Bearer ${token}`).set('Accept-Language', language).send(body),
    patch: (path: string, body: object) =>
      http.patch(`${API}/${path}`).set('Authorization', `Bearer ${token}`).set('Accept-Language', language).send(body),
  });
  const setPassword = (token: string, password: string, language = 'vi') =>
    http.post(`${API}/auth/password/set`).set('Accept-Language', language).send({ token, password });
  const create = (body: object, language = 'vi') => as(admin, language).post('admin/accounts', body);
  const count = async (table: string, where: string, params: unknown[]) =>
    (await stack.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0]
      .n;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    http = stack.http;
    admin = await login(http, 'admin@demo.test');
    sct = await orgId(stack.dataSource, 'SCT');
  });
  afterAll(() => stack?.stop());

  it('create → the email with the link → set the password → sign in', async () => {
    const res = await create({
      email: '  Lan.Nguyen@E2E.test ',
      fullName: 'Nguyễn Thị Lan',
      role: 'officer',
      organisationId: sct,
    }).expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      email: 'lan.nguyen@e2e.test',
      fullName: 'Nguyễn Thị Lan',
      role: 'officer',
      organisationId: sct,
      organisationName: expect.any(String),
      supervisor: false,
      active: true,
      passwordSet: false,
      language: 'vi',
      createdAt: expect.any(String),
    });
    // Nothing signs in until the owner has chosen a password.
    await http.post(`${API}/auth/login`).send({ email: 'lan.nguyen@e2e.test', password: '' }).expect(400);
    await http.post(`${API}/auth/login`).send({ email: 'lan.nguyen@e2e.test', password: STRONG }).expect(401);

    const mail = await mailTo(stack.smtp, 'lan.nguyen@e2e.test');
    expect(mail.subject).toBe('Đặt mật khẩu cho tài khoản của bạn');
    expect(mail.text).toContain('Chào Nguyễn Thị Lan,');
    expect(mail.text).toContain(`${stack.config.publicBaseUrl}/staff/set-password#token=`);
    expect(mail.text).not.toContain('Mã hồ sơ');
    const token = await linkToken(stack, 'lan.nguyen@e2e.test');
    // Only the token's hash is kept, and the email is marked as holding a secret, about no case.
    expect(await count('staff_password_links', 'token_hash = encode(sha256($1::bytea), $2)', [token, 'hex'])).toBe(1);
    const [row] = await stack.dataSource.query<
      { case_id: string | null; contains_secret: boolean; user: string | null }[]
    >(`SELECT case_id, contains_secret, recipient_user_id AS user FROM notifications WHERE recipient_email = $1`, [
      'lan.nguyen@e2e.test',
    ]);
    expect(row).toEqual({ case_id: null, contains_secret: true, user: null });

    await setPassword(token, STRONG).expect(204);
    const signedIn = await http
      .post(`${API}/auth/login`)
      .send({ email: 'lan.nguyen@e2e.test', password: STRONG })
      .expect(200);
    expect(signedIn.body.role).toBe('officer');
    const listed = await as(admin).get('admin/accounts?q=lan.nguyen').expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ email: 'lan.nguyen@e2e.test', passwordSet: true })]);
  });

  it('a link works once, and not after it expires; an unknown token gets the same 410', async () => {
    await create({ email: 'once@e2e.test', fullName: 'Một Lần', role: 'analyst' }).expect(201);
    const token = await linkToken(stack, 'once@e2e.test');
    await setPassword(token, STRONG).expect(204);
    const again = await setPassword(token, `${STRONG}-again`).expect(410);
    expect(again.body).toMatchObject({ statusCode: 410, code: 'link_expired' });
    await http.post(`${API}/auth/login`).send({ email: 'once@e2e.test', password: STRONG }).expect(200);

    const { body } = await create({ email: 'late@e2e.test', fullName: 'Muộn', role: 'analyst' }).expect(201);
    const late = await linkToken(stack, 'late@e2e.test');
    await stack.dataSource
      .getRepository(StaffPasswordLinkEntity)
      .update({ userId: body.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await setPassword(late, STRONG).expect(410)).body.code).toBe('link_expired');
    expect((await setPassword('no-such-token', STRONG).expect(410)).body.code).toBe('link_expired');
  });

  it('the link expires after PASSWORD_LINK_TTL_HOURS, as the email says', async () => {
    const { body } = await create({ email: 'ttl@e2e.test', fullName: 'Hạn', role: 'analyst', language: 'en' }).expect(
      201,
    );
    const mail = await mailTo(stack.smtp, 'ttl@e2e.test');
    expect(mail.subject).toBe('Set the password of your account');
    expect(mail.text).toMatch(/works once and expires at/);
    const link = await stack.dataSource.getRepository(StaffPasswordLinkEntity).findOneByOrFail({ userId: body.id });
    const hours = (link.expiresAt.getTime() - link.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(72, 1);
  });

  it('refuses a password the policy refuses, with field messages in Vietnamese or English; the link stays usable', async () => {
    await create({ email: 'policy.check@e2e.test', fullName: 'Chính Sách', role: 'analyst' }).expect(201);
    const token = await linkToken(stack, 'policy.check@e2e.test');
    const vi = await setPassword(token, 'ngắn').expect(400);
    expect(vi.body).toMatchObject({ statusCode: 400, error: 'validation_failed' });
    expect(vi.body.errors).toEqual([{ field: 'password', messages: ['Mật khẩu phải có ít nhất 12 ký tự'] }]);
    const en = await setPassword(token, 'qwerty123456', 'en').expect(400);
    expect(en.body.errors).toEqual([
      { field: 'password', messages: ['this password is too common and easy to guess: choose another one'] },
    ]);
    const email = await setPassword(token, 'my-policy.check-2026', 'en').expect(400);
    expect(email.body.errors).toEqual([
      { field: 'password', messages: ['the password must not contain your email address'] },
    ]);
    await setPassword(token, STRONG).expect(204);
  });

  it('a new link replaces the earlier one', async () => {
    const { body } = await create({ email: 'reissue@e2e.test', fullName: 'Gửi Lại', role: 'analyst' }).expect(201);
    const first = await linkToken(stack, 'reissue@e2e.test');
    await as(admin).post(`admin/accounts/${body.id}/password-link`).expect(202);
    const second = await linkToken(stack, 'reissue@e2e.test', [first]);
    expect(second).not.toBe(first);
    expect((await setPassword(first, STRONG).expect(410)).body.code).toBe('link_expired');
    await setPassword(second, STRONG).expect(204);
  });

  it('refuses a second account with the same email with 409 email_taken', async () => {
    await create({ email: 'twice@e2e.test', fullName: 'Hai Lần', role: 'analyst' }).expect(201);
    const res = await create({ email: 'TWICE@e2e.test', fullName: 'Hai Lần', role: 'analyst' }, 'en').expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, code: 'email_taken' });
    expect(await count('users', 'email = $1', ['twice@e2e.test'])).toBe(1);
  });

  it('leaves no partial rows when a create fails: racing creates write one account, one link, one email', async () => {
    const body = { email: 'race@e2e.test', fullName: 'Đua', role: 'officer', organisationId: sct };
    const answers = await Promise.all(Array.from({ length: 4 }, () => create(body)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409]);
    const id = await userId(stack.dataSource, 'race@e2e.test');
    expect(await count('users', 'email = $1', ['race@e2e.test'])).toBe(1);
    expect(await count('staff_password_links', 'user_id = $1', [id])).toBe(1);
    expect(await count('notifications', 'recipient_email = $1', ['race@e2e.test'])).toBe(1);

    // The email cannot be written (the outbox fails): neither the account nor its link stays.
    await stack.dataSource.query(`
      CREATE FUNCTION e2e_refuse_mail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'outbox unavailable'; END $$;
      CREATE TRIGGER e2e_refuse_mail BEFORE INSERT ON notifications FOR EACH ROW
        WHEN (NEW.recipient_email = 'outbox.down@e2e.test') EXECUTE FUNCTION e2e_refuse_mail();
    `);
    const linksBefore = await count('staff_password_links', 'true', []);
    try {
      await create({ email: 'outbox.down@e2e.test', fullName: 'X', role: 'analyst' }).expect(500);
    } finally {
      await stack.dataSource.query(`DROP TRIGGER e2e_refuse_mail ON notifications; DROP FUNCTION e2e_refuse_mail()`);
    }
    expect(await count('users', 'email = $1', ['outbox.down@e2e.test'])).toBe(0);
    expect(await count('staff_password_links', 'true', [])).toBe(linksBefore);
    await create({ email: 'outbox.down@e2e.test', fullName: 'X', role: 'analyst' }).expect(201);

    const missingOrg = await create({ email: 'no.org@e2e.test', fullName: 'X', role: 'mediator' }, 'en').expect(400);
    expect(missingOrg.body.errors).toEqual([{ field: 'organisationId', messages: ['is required'] }]);
    const unknownOrg = await create({
      email: 'no.org@e2e.test',
      fullName: 'X',
      role: 'mediator',
      organisationId: '00000000-0000-4000-8000-000000000000',
    }).expect(400);
    expect(unknownOrg.body.errors).toEqual([{ field: 'organisationId', messages: ['Không có tổ chức với mã này'] }]);
    expect(await count('users', 'email = $1', ['no.org@e2e.test'])).toBe(0);
    expect(await count('notifications', 'recipient_email = $1', ['no.org@e2e.test'])).toBe(0);
  });

  it('is for admins only: other staff get 403', async () => {
    const officer = await login(http, 'officer@demo.test');
    const someone = await userId(stack.dataSource, 'analyst@demo.test');
    await as(officer).get('admin/accounts').expect(403);
    await as(officer).post('admin/accounts', { email: 'x@e2e.test', fullName: 'X', role: 'analyst' }).expect(403);
    await as(officer).patch(`admin/accounts/${someone}`, { fullName: 'X' }).expect(403);
    await as(officer).post(`admin/accounts/${someone}/password-link`).expect(403);
    await http.get(`${API}/admin/accounts`).expect(401);
    expect(await count('users', 'email = $1', ['x@e2e.test'])).toBe(0);
  });

  it('lists by email, filtered by role, state and text, page by page', async () => {
    const page1 = await as(admin).get('admin/accounts?role=mediator&limit=2').expect(200);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.items.every((a: { role: string }) => a.role === 'mediator')).toBe(true);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await as(admin)
      .get(`admin/accounts?role=mediator&limit=2&cursor=${page1.body.nextCursor}`)
      .expect(200);
    const emails = [...page1.body.items, ...page2.body.items].map((a: { email: string }) => a.email);
    expect(emails).toEqual([...emails].sort());
    expect(new Set(emails).size).toBe(emails.length);
    const found = await as(admin).get('admin/accounts?q=Trưởng phòng').expect(200);
    expect(found.body.items.map((a: { email: string }) => a.email)).toEqual(['supervisor@demo.test']);
    await as(admin).get('admin/accounts?active=maybe').expect(400);
    await as(admin).get('admin/accounts?cursor=garbage').expect(400);
  });

  it('changes an account; an admin cannot deactivate themself; no organisation for a role that needs one', async () => {
    const { body } = await create({ email: 'changing@e2e.test', fullName: 'Đổi', role: 'analyst' }).expect(201);
    const changed = await as(admin)
      .patch(`admin/accounts/${body.id}`, {
        role: 'officer',
        organisationId: sct,
        supervisor: true,
        fullName: 'Đã Đổi',
      })
      .expect(200);
    expect(changed.body).toMatchObject({ role: 'officer', organisationId: sct, supervisor: true, fullName: 'Đã Đổi' });
    const noOrg = await as(admin, 'en').patch(`admin/accounts/${body.id}`, { organisationId: null }).expect(400);
    expect(noOrg.body.errors).toEqual([{ field: 'organisationId', messages: ['is required'] }]);
    const me = await userId(stack.dataSource, 'admin@demo.test');
    const self = await as(admin, 'en').patch(`admin/accounts/${me}`, { active: false }).expect(400);
    expect(self.body.errors).toEqual([{ field: 'active', messages: ['you cannot deactivate your own account'] }]);
    await as(admin).patch('admin/accounts/not-an-id', { fullName: 'X' }).expect(404);
    await as(admin).patch('admin/accounts/00000000-0000-4000-8000-000000000000', { fullName: 'X' }).expect(404);
    // A deactivated account gets no link, and its open link stops working.
    const token = await linkToken(stack, 'changing@e2e.test');
    await as(admin).patch(`admin/accounts/${body.id}`, { active: false }).expect(200);
    const inactive = await as(admin).post(`admin/accounts/${body.id}/password-link`).expect(409);
    expect(inactive.body.code).toBe('account_inactive');
    await setPassword(token, STRONG).expect(410);
  });

  it('a staff member changes their own password and stays signed in; other tokens end', async () => {
    await create({ email: 'changer@e2e.test', fullName: 'Người Đổi', role: 'analyst' }).expect(201);
    await setPassword(await linkToken(stack, 'changer@e2e.test'), STRONG).expect(204);
    const signIn = (password: string) => http.post(`${API}/auth/login`).send({ email: 'changer@e2e.test', password });
    const here = (await signIn(STRONG).expect(200)).body.accessToken as string;
    const elsewhere = (await signIn(STRONG).expect(200)).body.accessToken as string;

    const wrong = await as(here, 'en')
      .post('me/password', { currentPassword: 'not-my-password', newPassword: 'qwerty123456' })
      .expect(400);
    expect(wrong.body.errors).toEqual([
      { field: 'currentPassword', messages: ['the current password is wrong'] },
      { field: 'newPassword', messages: ['this password is too common and easy to guess: choose another one'] },
    ]);
    const short = await as(here).post('me/password', { currentPassword: STRONG, newPassword: 'ngắn quá' }).expect(400);
    expect(short.body.errors).toEqual([{ field: 'newPassword', messages: ['Mật khẩu phải có ít nhất 12 ký tự'] }]);

    const NEW = 'một mật khẩu mới dài hơn';
    const res = await as(here).post('me/password', { currentPassword: STRONG, newPassword: NEW }).expect(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      expiresIn: 1800,
      role: 'analyst',
      csrfToken: expect.any(String),
    });
    await as(res.body.accessToken).get('auth/session').expect(200);
    await as(here).get('auth/session').expect(401);
    await as(elsewhere).get('auth/session').expect(401);
    await signIn(STRONG).expect(401);
    await signIn(NEW).expect(200);
    expect(
      (await stack.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'changer@e2e.test' })).passwordHash,
    ).toMatch(/^\$argon2id\$/);
  });

  it('demo accounts keep their password', async () => {
    await http.post(`${API}/auth/login`).send({ email: 'mediator@demo.test', password: PASSWORD }).expect(200);
    const listed = await as(admin).get('admin/accounts?q=mediator@demo.test').expect(200);
    expect(listed.body.items[0]).toMatchObject({ passwordSet: true, active: true });
  });
});
