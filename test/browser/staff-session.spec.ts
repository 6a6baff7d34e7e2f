import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PASSWORD } from '../support/stack';
import { BrowserStack, Language, startBrowserStack } from './support/browser-stack';
import { expectAccessible, expectNoHorizontalScroll } from './support/checks';
import { signIn } from './support/staff';

// Issue 10, staff sign-in in the browser: the token in memory, the HttpOnly cookie brings it back
// on a reload, sign-out ends it on the server (the old token gets 401), wrong passwords in plain words.

const LOGIN_TITLE: Record<Language, string> = { vi: 'Đăng nhập dành cho cán bộ', en: 'Staff sign-in' };

describe('staff sign-in and session in the browser (issue 10)', () => {
  let web: BrowserStack;
  const shots = process.env.SCREENSHOT_DIR;

  beforeAll(async () => {
    web = await startBrowserStack();
    if (shots) mkdirSync(shots, { recursive: true });
  });

  afterAll(async () => {
    await web?.stop();
  });

  const h1 = (page: Page) => page.locator('main h1').innerText();

  /** The bearer tokens the page sends, in order. */
  const bearers = (page: Page): string[] => {
    const seen: string[] = [];
    page.on('request', (request) => {
      const header = request.headers().authorization;
      if (header?.startsWith('Bearer ')) seen.push(header.slice('Bearer '.length));
    });
    return seen;
  };

  it.each([
    ['vi', 360],
    ['en', 1280],
  ] as const)(
    'the sign-in page (%s, %i px) is accessible and says a wrong password in plain words',
    async (language, width) => {
      const page = await web.newPage({ language, width });
      await page.goto(web.url('/staff/login'));
      await page.locator('#email').waitFor();
      expect(await h1(page)).toBe(LOGIN_TITLE[language]);
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
      // Nothing typed: each field says what is missing, from a summary that links to it.
      await page.locator('main form button[type="submit"]').click();
      await page.locator('.error-summary').waitFor();
      await expect(page.locator('.error-summary a').count()).resolves.toBe(2);
      await page.fill('#email', 'officer@demo.test');
      await page.fill('#password', 'not-the-password');
      await page.locator('main form button[type="submit"]').click();
      const wrong = language === 'vi' ? 'Sai email hoặc mật khẩu' : 'Wrong email or password';
      await page.locator(`.error-summary:has-text("${wrong}")`).waitFor();
      await expectAccessible(page);
      if (shots) await page.screenshot({ path: join(shots, `staff-login-${language}-${width}.png`), fullPage: true });
      await page.context().close();
    },
  );

  it('a page asked for before signing in shows the sign-in page, then itself', async () => {
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'officer@demo.test', '/staff/inbox');
    expect(new URL(page.url()).pathname).toBe('/staff/inbox');
    expect(await h1(page)).toBe('Thông báo của tôi');
    await page.context().close();
  });

  it('a reload keeps the session: the cookie gives the token back (POST /auth/renew)', async () => {
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'officer@demo.test');
    await page.goto(web.url('/staff/cases'));
    await page.locator('main h1:has-text("Hồ sơ khiếu nại")').waitFor();
    const renewed = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/renew') && r.status() === 200);
    await page.reload();
    await renewed;
    await page.locator('main h1:has-text("Hồ sơ khiếu nại")').waitFor();
    await expect(page.locator('.staff-header__who').innerText()).resolves.toBe('Cán bộ tiếp nhận (demo)');
    // The token is in memory only: nothing in the page's storage.
    const stored = await page.evaluate<string>(
      'JSON.stringify(Object.assign({}, window.localStorage, window.sessionStorage))',
    );
    expect(stored).not.toMatch(/eyJ/);
    await page.context().close();
  });

  it('sign-out ends the session: back and reload show the sign-in page, and the old token gets 401', async () => {
    const page = await web.newPage({ width: 1280 });
    const tokens = bearers(page);
    await signIn(page, web, 'officer@demo.test');
    await page.goto(web.url('/staff/cases'));
    await page.locator('main h1:has-text("Hồ sơ khiếu nại")').waitFor();
    const token = tokens.at(-1);
    expect(token).toBeDefined();
    await web.stack.http.get('/api/v1/auth/session').set('Authorization', `Bearer ${token}`).expect(200);

    await page.locator('button:has-text("Đăng xuất")').click();
    await page.locator('main h1:has-text("Đăng nhập dành cho cán bộ")').waitFor();
    await page.locator('text=Bạn đã đăng xuất.').waitFor();
    await web.stack.http.get('/api/v1/auth/session').set('Authorization', `Bearer ${token}`).expect(401);

    await page.goBack();
    await page.locator('main h1:has-text("Đăng nhập dành cho cán bộ")').waitFor();
    await page.reload();
    await page.locator('main h1:has-text("Đăng nhập dành cho cán bộ")').waitFor();
    expect(await page.locator('#email').isVisible()).toBe(true);
    // The cookies were cleared too: nothing to renew from.
    const cookies = await page.context().cookies();
    expect(cookies.filter((c) => c.name === 'cc_staff' && c.value !== '')).toEqual([]);
    await page.context().close();
  });

  it('a page of another role says so in plain words', async () => {
    const page = await web.newPage({ width: 360 });
    await signIn(page, web, 'analyst@demo.test', '/staff/cases/new');
    expect(await h1(page)).toBe('Trang này không dành cho vai trò của bạn');
    await expectAccessible(page);
    await page.context().close();
  });

  it('the sign-in answer sets the HttpOnly session cookie and the readable CSRF cookie', async () => {
    const res = await web.stack.http
      .post('/api/v1/auth/login')
      .send({ email: 'officer@demo.test', password: PASSWORD })
      .expect(200);
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    expect(cookies.find((c) => c.startsWith('cc_staff='))).toMatch(/HttpOnly/i);
    expect(cookies.find((c) => c.startsWith('cc_csrf='))).not.toMatch(/HttpOnly/i);
  });
});
