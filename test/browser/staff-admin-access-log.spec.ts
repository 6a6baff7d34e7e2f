import type { Page } from 'playwright-core';
import { createCase, CreatedCase, detail, login, userId } from '../support/case-factory';
import { BrowserStack, Language, startBrowserStack } from './support/browser-stack';
import { checkPage, settled } from './support/checks';
import { answerSlowly } from './support/slow-answers';
import { signIn } from './support/staff';

// Issue 12 item 8, the staff side: /staff/admin/access-log shows who viewed a party's contact data,
// when, in which case, newest first, filtered by case or staff member, a page at a time.

const SHOTS = process.env.STAFF_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe('staff admin: contact access log (issue 12 item 8)', () => {
  let web: BrowserStack;
  let first: CreatedCase;
  let second: CreatedCase;

  beforeAll(async () => {
    web = await startBrowserStack();
    first = await createCase(web.stack.dataSource);
    second = await createCase(web.stack.dataSource);
    // Older views, enough for a second page (50 a page).
    const officer = await userId(web.stack.dataSource, 'officer@demo.test');
    await web.stack.dataSource.query(
      `INSERT INTO contact_access_log (user_id, case_id, what, at)
         SELECT $1, $2, 'case_detail', now() - n * interval '1 minute' - interval '1 day' FROM generate_series(55, 1, -1) n`,
      [officer, second.id],
    );
    // A view through the api: the newest.
    await detail(web.stack.http, await login(web.stack.http, 'officer@demo.test'), first.id).expect(200);
  }, 120_000);
  afterAll(() => web?.stop());

  it('the admin reads the log newest first, filters by case and by person, and pages on', async () => {
    const page = await web.newPage({ width: 1280 });
    // Each page of the log answers slowly (a poor line): while a new filter loads, the last one's rows must not show.
    await answerSlowly(page, (url) => url.pathname.endsWith('/admin/access-log'));
    await signIn(page, web, 'admin@demo.test', '/staff/admin/access-log');
    await settled(page);
    expect(await page.locator('main h1').innerText()).toBe('Nhật ký xem thông tin liên hệ');
    const rows = page.locator('main table tbody tr');
    expect(await rows.count()).toBe(50);
    const newest = await rows.first().innerText();
    expect(newest).toContain(first.trackingCode);
    expect(newest).toContain('Cán bộ tiếp nhận (demo)');
    expect(newest).toContain('Hồ sơ kèm thông tin liên hệ');
    await checkPage(page);
    await shot(page, 'staff-admin-access-log-vi-1280');

    await page.getByRole('button', { name: 'Xem thêm' }).click();
    await page.locator('main table tbody tr').nth(55).waitFor();
    expect(await rows.count()).toBe(56);
    expect(await page.getByRole('button', { name: 'Xem thêm' }).count()).toBe(0);

    await rows
      .first()
      .getByRole('link', { name: `Chỉ hồ sơ ${first.trackingCode}` })
      .click();
    await page.waitForURL((url) => url.searchParams.get('caseId') === first.id);
    // The line naming the case shows with that case's rows, never beside the last filter's.
    await page.getByText(`Đang lọc: hồ sơ ${first.trackingCode}.`).waitFor();
    expect(await rows.count()).toBe(1);
    await settled(page);
    await page.getByRole('link', { name: 'Bỏ lọc' }).click();
    await page.waitForURL((url) => url.search === '');
    // The filter's line goes with the render for the new address; only then is "loading" telling.
    await page.getByText('Đang lọc:').waitFor({ state: 'detached' });
    await settled(page);
    expect(await rows.count()).toBe(50);

    await rows.first().getByRole('link', { name: 'Chỉ xem của Cán bộ tiếp nhận (demo)' }).click();
    await page.waitForURL((url) => url.searchParams.has('userId'));
    await page.getByText('Đang lọc: cán bộ Cán bộ tiếp nhận (demo).').waitFor();
    expect(await rows.count()).toBe(50);
    await settled(page);
    await checkPage(page);
    await page.context().close();
  }, 120_000);

  it.each<[Language, number]>([
    ['vi', 360],
    ['en', 360],
    ['vi', 1280],
    ['en', 1280],
  ])(
    'the page passes axe (%s, %i px)',
    async (language, width) => {
      const page = await web.newPage({ language, width });
      await signIn(page, web, 'admin@demo.test', '/staff/admin/access-log');
      await settled(page);
      await page.locator('main table tbody tr').first().waitFor();
      await checkPage(page);
      await shot(page, `staff-admin-access-log-${language}-${width}`);
      await page.context().close();
    },
    60_000,
  );
});
