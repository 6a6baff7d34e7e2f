import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { BrowserStack, Language, startBrowserStack } from './support/browser-stack';
import { checkPage, settled } from './support/checks';
import { signIn } from './support/staff';

// Issue 12 item 13, the staff side: /staff/admin/breaches records a personal-data breach, shows the
// register open first with its 72-hour notice deadline (Law 91/2025/QH15 Art 23) and an overdue
// badge, records the notices and closes it, and downloads the register. Screenshots: STAFF_SHOTS.

const SHOTS = process.env.STAFF_SHOTS;
const DESCRIPTION = 'Máy tính xách tay của cán bộ chứa bản xuất 40 hồ sơ bị mất tại Thái Nguyên.';

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** `hours` ago as a datetime-local value in Hà Nội time (UTC+7, no daylight saving). */
const hanoiLocal = (hours: number) =>
  new Date(Date.now() - hours * 3_600_000 + 7 * 3_600_000).toISOString().slice(0, 16);

describe('staff admin: personal-data breach register (issue 12 item 13)', () => {
  let web: BrowserStack;

  beforeAll(async () => {
    web = await startBrowserStack();
  }, 120_000);
  afterAll(() => web?.stop());

  it('the admin records a breach, notifies, closes it, and downloads the register', async () => {
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'admin@demo.test', '/staff/admin/breaches');
    await settled(page);
    expect(await page.locator('main h1').innerText()).toBe('Sổ đăng ký sự cố dữ liệu cá nhân');
    await page.getByText('Chưa có sự cố nào được ghi nhận.').waitFor();

    // The page's own checks, then the api's (a discovery in the future) beside the field.
    await page.locator('summary', { hasText: 'Ghi nhận sự cố mới' }).click();
    await page.getByRole('button', { name: 'Ghi nhận sự cố' }).click();
    await page.locator('.error-summary', { hasText: 'Chọn ít nhất một loại dữ liệu' }).waitFor();
    await page.locator('#breach-description-error', { hasText: 'Mô tả sự cố' }).waitFor();
    await checkPage(page);
    await page.fill('#breach-discovered', hanoiLocal(-48));
    await page.fill('#breach-description', DESCRIPTION);
    await page.getByLabel('Thông tin liên hệ (email, điện thoại, địa chỉ)').check();
    await page.getByRole('button', { name: 'Ghi nhận sự cố' }).click();
    await page.locator('#breach-discovered-error').waitFor();
    expect(await page.locator('.error-summary a[href="#breach-discovered"]').count()).toBe(1);
    await checkPage(page);
    await shot(page, 'staff-admin-breaches-errors-vi-1280');

    // Discovered 80 hours ago: past the 72 hours.
    await page.fill('#breach-discovered', hanoiLocal(80));
    await page.fill('#breach-people', '40');
    await page.getByRole('button', { name: 'Ghi nhận sự cố' }).click();
    await page.getByText('Đã ghi nhận sự cố.').waitFor();
    await settled(page);
    const entry = page.locator('main li.privacy-request', { hasText: DESCRIPTION });
    await entry.getByText('Chưa báo cơ quan chức năng', { exact: true }).waitFor();
    await entry.getByText('Quá 72 giờ', { exact: true }).waitFor();
    expect(await entry.innerText()).toContain('Hạn báo cơ quan chức năng');
    await checkPage(page);
    await shot(page, 'staff-admin-breaches-open-vi-1280');

    // The download carries the register, labelled in Vietnamese.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải tệp CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('so-dang-ky-su-co.csv');
    expect(readFileSync(await download.path(), 'utf8')).toContain(DESCRIPTION);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải tệp Excel (XLSX)' }).click(),
    ]);
    expect(
      readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    // The notice to the authority (late), to the people, then closing.
    await entry.locator('summary', { hasText: 'Ghi nhận đã báo cơ quan chức năng' }).click();
    await entry.getByLabel('Số hiệu thông báo (không bắt buộc)').fill('CV 123/SCT-QLTM');
    await entry.getByRole('button', { name: 'Ghi nhận đã báo cơ quan chức năng' }).click();
    await page.getByText('Đã ghi nhận việc báo cơ quan chức năng.').waitFor();
    await settled(page);
    await entry.getByText('Báo muộn', { exact: true }).waitFor();
    expect(await entry.innerText()).toContain('CV 123/SCT-QLTM');
    await entry.locator('summary', { hasText: 'Ghi nhận đã báo người bị ảnh hưởng' }).click();
    await entry.getByRole('button', { name: 'Ghi nhận đã báo người bị ảnh hưởng' }).click();
    await page.getByText('Đã ghi nhận việc báo người bị ảnh hưởng.').waitFor();
    await settled(page);
    await entry.locator('summary', { hasText: 'Đóng sự cố' }).click();
    await entry.getByRole('button', { name: 'Đóng sự cố' }).click();
    await page.getByText('Đã đóng sự cố.').waitFor();
    await settled(page);
    await entry.getByText('Đã đóng', { exact: true }).waitFor();
    expect(await entry.locator('details').count()).toBe(0);
    await checkPage(page);
    await page.context().close();
  }, 120_000);

  it.each<[Language, number]>([
    ['vi', 360],
    ['en', 360],
    ['vi', 1280],
    ['en', 1280],
  ])(
    'the page passes axe with the form open (%s, %i px)',
    async (language, width) => {
      const page = await web.newPage({ language, width });
      await signIn(page, web, 'admin@demo.test', '/staff/admin/breaches');
      await settled(page);
      await page.locator('main > details > summary').first().click();
      await checkPage(page);
      await shot(page, `staff-admin-breaches-${language}-${width}`);
      await page.context().close();
    },
    60_000,
  );
});
