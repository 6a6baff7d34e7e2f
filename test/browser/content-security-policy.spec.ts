import type { Page } from 'playwright-core';
import { BrowserStack, startBrowserStack } from './support/browser-stack';

// Issue 12 item 9: a Content-Security-Policy on every page the api serves, and the pages still work
// under it (no violation reported by the browser): the web app, and the api's own docs.
describe('the content security policy', () => {
  let web: BrowserStack;

  beforeAll(async () => {
    web = await startBrowserStack();
  });
  afterAll(() => web?.stop());

  /** Opens `path` recording every policy violation the browser reports. */
  const open = async (path: string): Promise<{ page: Page; violations: () => Promise<string[]> }> => {
    const page = await web.newPage({ width: 1280 });
    // In the page before its own scripts (a string: the tests are not compiled with the DOM's types).
    await page.addInitScript({
      content: `window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`,
    });
    const response = await page.goto(web.url(path));
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    return {
      page,
      violations: () => page.evaluate<string[]>('window.cspViolations'),
    };
  };

  it.each([
    ['/', 'h1'],
    ['/complaints/new', 'h1'],
    ['/complaints/track', 'h1'],
    ['/mediation-organisations', 'h1'],
    ['/privacy', 'h1'],
    ['/no-such-page', 'h1'],
  ])('%s renders with no violation', async (path, selector) => {
    const { page, violations } = await open(path);
    await page.waitForSelector(selector);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('the api docs render under it too', async () => {
    const { page, violations } = await open('/api/docs');
    await page.waitForSelector('.swagger-ui .info .title');
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('no page may be framed by another site', async () => {
    const res = await web.stack.http.get('/').expect(200);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const api = await web.stack.http.get('/api/v1/reference/sectors').expect(200);
    expect(api.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
