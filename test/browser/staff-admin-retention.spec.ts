import type { Page } from 'playwright-core';
import { RetentionService } from '@app/cases';
import { createCase } from '../support/case-factory';
import { BrowserStack, Language, startBrowserStack } from './support/browser-stack';
import { checkPage, settled } from './support/checks';
import { signIn } from './support/staff';

// Issue 12 item 12, the admin's screen: /staff/admin/retention shows the policy in force (Law 91/2025
// Art 3), what is due now under each rule, and the last runs of the retention job with what each did.

const SHOTS = process.env.STAFF_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe('staff admin: retention of personal data (issue 12 item 12)', () => {
  let web: BrowserStack;

  /** A case closed `years` ago. */
  async function closedYearsAgo(years: number): Promise<void> {
    const c = await createCase(web.stack.dataSource);
    await web.stack.dataSource.query(
      `UPDATE cases SET status = 'resolved', closed_at = now() - make_interval(years => $2) WHERE id = $1`,
      [c.id, years],
    );
  }

  beforeAll(async () => {
    web = await startBrowserStack();
    // One case erased by a run, then one more due.
    await closedYearsAgo(6);
    await web.stack.api.get(RetentionService).apply();
    await closedYearsAgo(8);
  }, 120_000);
  afterAll(() => web?.stop());

  it('the admin reads the policy, what is due now and what the last run did', async () => {
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'admin@demo.test', '/staff/admin/retention');
    await settled(page);
    expect(await page.locator('main h1').innerText()).toBe('Lưu trữ dữ liệu cá nhân');
    const policy = page.locator('main table').first();
    const cases = await policy.locator('tbody tr', { hasText: 'Dữ liệu cá nhân của hồ sơ đã kết thúc' }).innerText();
    expect(cases).toContain('5 năm');
    expect(cases).toContain('Luật 91/2025 Điều 3');
    expect(cases.trim().endsWith('1')).toBe(true);
    const runs = await page.locator('main table').nth(1).innerText();
    expect(runs).toContain('Dữ liệu cá nhân của hồ sơ đã kết thúc (sau đó thay bằng “[erased]”): 1');
    await checkPage(page);
    await page.context().close();
  }, 120_000);

  it('admin pages link to it', async () => {
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'admin@demo.test', '/staff/admin/accounts');
    await settled(page);
    await page.getByRole('link', { name: 'Lưu trữ dữ liệu cá nhân' }).click();
    await page.waitForURL((url) => url.pathname === '/staff/admin/retention');
    await page.locator('main h1', { hasText: 'Lưu trữ dữ liệu cá nhân' }).waitFor();
    await page.context().close();
  }, 60_000);

  it.each<[Language, number]>([
    ['vi', 360],
    ['en', 360],
    ['vi', 1280],
    ['en', 1280],
  ])(
    'the page passes axe (%s, %i px)',
    async (language, width) => {
      const page = await web.newPage({ language, width });
      await signIn(page, web, 'admin@demo.test', '/staff/admin/retention');
      await settled(page);
      await page.locator('main table tbody tr').first().waitFor();
      await checkPage(page);
      await shot(page, `staff-admin-retention-${language}-${width}`);
      await page.context().close();
    },
    60_000,
  );
});
