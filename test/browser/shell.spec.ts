import type { Page } from 'playwright-core';
import { OrganisationEntity, UserEntity } from '@app/persistence';
import { createCase } from '../support/case-factory';
import { BrowserStack, Language, startBrowserStack } from './support/browser-stack';
import { expectAccessible, expectNoHorizontalScroll } from './support/checks';

// The shell of the web app (issue 9): languages, the contract's paths, the api beside it, the CSP,
// and the pages that need no case: start, privacy, mediation organisations, track, 404.

/** The contract's pages (apps/api/src/web/web-routes.ts); those with data are answered 200 whatever the data. */
const CONTRACT_PATHS = [
  '/',
  '/complaints/new',
  '/complaints/track',
  '/complaints/TN-2026-000001',
  '/complaints/TN-2026-000001/rating',
  '/business/some-link-token_123',
  '/mediation-organisations',
  '/privacy',
  '/statistics',
  '/warnings',
  '/staff/login',
  '/staff',
  '/staff/cases/00000000-0000-4000-8000-000000000000',
];
const UNKNOWN_PATHS = ['/no-such-page', '/complaints', '/complaints/TN-2026-000001/other', '/privacy/more'];

const HEADINGS: Record<string, Record<Language, string>> = {
  home: { vi: 'Gửi khiếu nại về hàng hóa, dịch vụ', en: 'Complain about goods or services' },
  track: { vi: 'Theo dõi khiếu nại', en: 'Follow your complaint' },
  notFound: { vi: 'Không tìm thấy trang', en: 'Page not found' },
};

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('main h1').waitFor();
}

const h1 = (page: Page) => page.locator('main h1').innerText();
const lang = (page: Page) => page.getAttribute('html', 'lang');
const pageText = (page: Page) => page.locator('body').innerText();

describe('web app shell', () => {
  let web: BrowserStack;

  beforeAll(async () => {
    web = await startBrowserStack();
  });

  afterAll(async () => {
    await web?.stop();
  });

  describe('languages', () => {
    it('is Vietnamese by default: <html lang="vi">, Vietnamese texts', async () => {
      const page = await web.newPage();
      await open(page, web.url('/'));
      expect(await lang(page)).toBe('vi');
      expect(await h1(page)).toBe(HEADINGS.home.vi);
      expect(await page.title()).toContain(HEADINGS.home.vi);
      await page.context().close();
    });

    it('the visible switch changes to English, and the choice is remembered across a reload and other pages', async () => {
      const page = await web.newPage();
      await open(page, web.url('/'));
      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('html[lang="en"]').waitFor();
      expect(await h1(page)).toBe(HEADINGS.home.en);
      expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

      await page.reload();
      await page.locator('main h1').waitFor();
      expect(await lang(page)).toBe('en');
      expect(await h1(page)).toBe(HEADINGS.home.en);

      await open(page, web.url('/complaints/track'));
      expect(await lang(page)).toBe('en');
      expect(await h1(page)).toBe(HEADINGS.track.en);

      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      await page.locator('html[lang="vi"]').waitFor();
      await page.reload();
      await page.locator('main h1').waitFor();
      expect(await lang(page)).toBe('vi');
      expect(await h1(page)).toBe(HEADINGS.track.vi);
      await page.context().close();
    });

    it('?lang=en opens the page in English (and is remembered)', async () => {
      const page = await web.newPage();
      await open(page, web.url('/complaints/track?lang=en'));
      expect(await lang(page)).toBe('en');
      expect(await h1(page)).toBe(HEADINGS.track.en);
      await open(page, web.url('/'));
      expect(await lang(page)).toBe('en');
      await open(page, web.url('/?lang=vi'));
      expect(await lang(page)).toBe('vi');
      expect(await h1(page)).toBe(HEADINGS.home.vi);
      await page.context().close();
    });
  });

  describe('paths and the api beside the app', () => {
    it.each(CONTRACT_PATHS)('%s answers 200 with the app', async (path) => {
      const response = await fetch(web.url(path));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(await response.text()).toContain('<div id="root">');
    });

    it.each(UNKNOWN_PATHS)('%s answers 404 with the app, which shows its 404 page', async (path) => {
      const response = await fetch(web.url(path));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);

      const page = await web.newPage();
      const navigation = await page.goto(web.url(path));
      expect(navigation?.status()).toBe(404);
      await page.locator('main h1').waitFor();
      expect(await h1(page)).toBe(HEADINGS.notFound.vi);
      expect(await page.getByRole('link', { name: 'Về trang chủ' }).getAttribute('href')).toBe('/');
      await page.context().close();
    });

    it('the api still answers JSON under /api/v1 (also its 404s) and at /health', async () => {
      const list = await fetch(web.url('/api/v1/public/mediation-organisations'));
      expect(list.status).toBe(200);
      expect(list.headers.get('content-type')).toMatch(/application\/json/);
      expect(Array.isArray(await list.json())).toBe(true);

      const unknown = await fetch(web.url('/api/v1/no-such-thing'));
      expect(unknown.status).toBe(404);
      expect(unknown.headers.get('content-type')).toMatch(/application\/json/);

      const health = await fetch(web.url('/health'));
      expect(health.headers.get('content-type')).toMatch(/application\/json/);
      expect(await health.json()).toEqual(expect.objectContaining({ status: expect.any(String) }));
    });

    it.each(['/', '/complaints/track', '/no-such-page'])(
      '%s has a Content-Security-Policy without unsafe-inline (or unsafe-eval) scripts',
      async (path) => {
        const response = await fetch(web.url(path));
        const csp = response.headers.get('content-security-policy') ?? '';
        const directives = new Map(
          csp
            .split(';')
            .map((d) => d.trim().split(/\s+/))
            .filter((parts) => parts[0])
            .map(([name, ...values]) => [name, values] as const),
        );
        const scripts = directives.get('script-src') ?? directives.get('default-src');
        expect(scripts).toBeDefined();
        expect(scripts).not.toContain("'unsafe-inline'");
        expect(scripts).not.toContain("'unsafe-eval'");
        expect(directives.get('style-src') ?? []).not.toContain("'unsafe-inline'");
      },
    );
  });

  describe('the pages: axe (WCAG 2.2 AA) 0 serious/critical, nothing to scroll sideways at 360 px', () => {
    const LANGUAGES: Language[] = ['vi', 'en'];

    it.each(LANGUAGES.flatMap((language) => ['/', '/privacy', '/no-such-page'].map((path) => [path, language])))(
      '%s (%s)',
      async (path, language) => {
        const page = await web.newPage({ width: 360, language: language as Language });
        await open(page, web.url(path));
        expect(await lang(page)).toBe(language);
        await expectAccessible(page);
        await expectNoHorizontalScroll(page);
        await page.context().close();
      },
    );

    it.each(LANGUAGES)('mediation organisations, with a list of mediators open (%s)', async (language) => {
      const page = await web.newPage({ width: 360, language });
      await open(page, web.url('/mediation-organisations'));
      const show = page.locator('main button[aria-expanded="false"]').first();
      await show.click();
      await page.locator('main button[aria-expanded="true"]').first().waitFor();
      await page.locator('main h3').first().waitFor();
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
      await page.context().close();
    });

    it.each(LANGUAGES)('track, empty and with its errors shown (%s)', async (language) => {
      const page = await web.newPage({ width: 360, language });
      await open(page, web.url('/complaints/track'));
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
      // The first form is the tracking form (the key recovery form follows it).
      await page.locator('main form').first().locator('button[type="submit"]').click();
      await page.locator('.error-summary').waitFor();
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
      await page.context().close();
    });

    it('the start page says what it is for, who helps, the legal times, what is not for it, and starts at /complaints/new', async () => {
      const page = await web.newPage({ width: 360 });
      await open(page, web.url('/'));
      const text = await pageText(page);
      for (const fact of [
        'Sở Công Thương',
        'Hội Bảo vệ quyền lợi người tiêu dùng',
        'Tổ chức hòa giải',
        '3 ngày làm việc (Điều 31 khoản 2)',
        '7 ngày làm việc kể từ khi nhận yêu cầu của bạn (Điều 57 khoản 2)',
        '7 ngày làm việc (Điều 57 khoản 4)',
        '10 ngày làm việc (Luật Tiếp công dân, Điều 28)',
        'công an',
        'Ủy ban nhân dân xã',
      ]) {
        expect(text).toContain(fact);
      }
      await page.getByRole('link', { name: 'Bắt đầu' }).click();
      await page.waitForURL(web.url('/complaints/new'));
      await open(page, web.url('/'));
      await page.getByRole('link', { name: 'Theo dõi khiếu nại của bạn' }).click();
      await page.waitForURL(web.url('/complaints/track'));
      await page.context().close();
    });
  });

  describe('the checks themselves', () => {
    it('expectAccessible fails on serious violations, naming the rule and the element', async () => {
      const page = await web.newPage();
      await page.setContent('<html><body><main><img src="x.png"><input id="nameless"></main></body></html>');
      await expect(expectAccessible(page)).rejects.toThrow(/image-alt[\s\S]*img/);
      await page.context().close();
    });

    it('expectNoHorizontalScroll fails on a page wider than 360 px', async () => {
      const page = await web.newPage({ width: 360 });
      await page.setContent('<html lang="en"><body><div style="width: 900px">wide</div></body></html>');
      await expect(expectNoHorizontalScroll(page)).rejects.toThrow(/scrolls sideways/);
      await page.context().close();
    });
  });

  describe('track: tracking code + access key', () => {
    it('without answers: an error summary, focused, linked to each field, and each message beside its field', async () => {
      const page = await web.newPage();
      await open(page, web.url('/complaints/track'));
      await page.getByRole('button', { name: 'Xem hồ sơ' }).click();
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      expect(await page.evaluate('document.activeElement.className')).toContain('error-summary');
      const links = summary.locator('a');
      expect(await links.count()).toBe(2);
      expect([await links.nth(0).getAttribute('href'), await links.nth(1).getAttribute('href')]).toEqual([
        '#tracking-code',
        '#access-key',
      ]);
      expect(await page.locator('#tracking-code-error').innerText()).toBe('Nhập mã hồ sơ');
      expect(await page.locator('#access-key-error').innerText()).toBe('Nhập mã truy cập');
      expect(await page.getAttribute('#tracking-code', 'aria-describedby')).toContain('tracking-code-error');
      expect(await page.getAttribute('#access-key', 'aria-invalid')).toBe('true');

      // The summary's link moves focus to its field.
      await summary.getByRole('link', { name: 'Nhập mã truy cập' }).click();
      expect(await page.evaluate('document.activeElement.id')).toBe('access-key');

      // A code that cannot be one, in English after switching.
      await page.getByRole('button', { name: 'English' }).click();
      await page.fill('#tracking-code', 'hello');
      await page.fill('#access-key', 'something');
      await page.getByRole('button', { name: 'See my complaint' }).click();
      await page.locator('#tracking-code-error').waitFor();
      expect(await page.locator('#tracking-code-error').innerText()).toBe(
        'Enter the tracking code as it is in the email, for example TN-2026-000123',
      );
      expect(await page.locator('#access-key-error').count()).toBe(0);
      await page.context().close();
    });

    it('a wrong key is explained (the api answers 404) and nothing is kept', async () => {
      const created = await createCase(web.stack.dataSource);
      const page = await web.newPage();
      await open(page, web.url('/complaints/track'));
      await page.fill('#tracking-code', created.trackingCode);
      await page.fill('#access-key', 'not-the-key');
      const answer = page.waitForResponse((r) => r.url().includes(`/api/v1/complaints/${created.trackingCode}`));
      await page.getByRole('button', { name: 'Xem hồ sơ' }).click();
      expect((await answer).status()).toBe(404);
      await page.locator('.error-summary').waitFor();
      expect(await page.locator('.error-summary').innerText()).toContain(
        'Không tìm thấy hồ sơ với mã hồ sơ và mã truy cập này',
      );
      expect(page.url()).toBe(web.url('/complaints/track'));
      expect(await page.evaluate('window.sessionStorage.length')).toBe(0);
      await page.context().close();
    });

    it('the right code and key open the case page; the key is kept in sessionStorage only, and in no URL', async () => {
      const created = await createCase(web.stack.dataSource);
      const page = await web.newPage();
      const urls: string[] = [];
      page.on('request', (request) => urls.push(request.url()));
      const keyHeaders: string[] = [];
      page.on('request', (request) => {
        const key = request.headers()['x-access-key'];
        if (key) keyHeaders.push(key);
      });
      await open(page, web.url('/complaints/track'));
      // Typed in lower case with spaces around: still the code.
      await page.fill('#tracking-code', ` ${created.trackingCode.toLowerCase()} `);
      await page.fill('#access-key', created.accessKey);
      await page.getByRole('button', { name: 'Xem hồ sơ' }).click();
      await page.waitForURL(web.url(`/complaints/${created.trackingCode}`));

      expect(await page.evaluate(`window.sessionStorage.getItem('cc.key.${created.trackingCode}')`)).toBe(
        created.accessKey,
      );
      expect(await page.evaluate('JSON.stringify(window.localStorage)')).not.toContain(created.accessKey);
      expect(urls.filter((url) => url.includes(created.accessKey))).toEqual([]);
      expect(keyHeaders).toContain(created.accessKey);
      await page.context().close();
    });
  });

  describe('mediation organisations', () => {
    it('lists the organisations and their mediators, without any contact data', async () => {
      const organisations = await fetch(web.url('/api/v1/public/mediation-organisations')).then(
        (r) => r.json() as Promise<{ id: string; name: string; mediators: number }[]>,
      );
      expect(organisations.length).toBeGreaterThan(0);
      const page = await web.newPage({ width: 1280 });
      await open(page, web.url('/mediation-organisations'));
      // The heading comes before the list, which arrives with its own request: wait for its last entry.
      await page
        .locator('main h2')
        .nth(organisations.length - 1)
        .waitFor();
      const headings = await page.locator('main h2').allInnerTexts();
      expect(headings).toEqual(organisations.map((o) => o.name));

      // Open every list of mediators.
      const buttons = page.locator('main button[aria-expanded="false"]');
      const lists = await buttons.count();
      expect(lists).toBe(organisations.filter((o) => o.mediators > 0).length);
      for (let i = 0; i < lists; i += 1) await buttons.first().click();
      const mediatorTotal = organisations.reduce((sum, o) => sum + Math.min(o.mediators, 100), 0);
      await page
        .locator('main h3')
        .nth(mediatorTotal - 1)
        .waitFor();
      expect(await page.locator('main h3').count()).toBe(mediatorTotal);

      const text = await pageText(page);
      const rows = await web.stack.dataSource
        .getRepository(OrganisationEntity)
        .findBy(organisations.map((o) => ({ id: o.id })));
      const users = await web.stack.dataSource.getRepository(UserEntity).find();
      const contacts = [
        ...rows.flatMap((o) => [o.email, o.phone, o.address, o.website]),
        ...users.flatMap((u) => [u.email]),
      ].filter((value): value is string => typeof value === 'string' && value.length > 0);
      expect(contacts.length).toBeGreaterThan(0);
      expect(contacts.filter((contact) => text.includes(contact))).toEqual([]);
      expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/); // no email address at all
      expect(text).not.toMatch(/(?:\+84|\b0)\d{9}\b/); // no phone number
      await page.context().close();
    });
  });
});
