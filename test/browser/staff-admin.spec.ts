import type { Page } from 'playwright-core';
import { mailTo } from '../support/case-factory';
import { BrowserStack, Language, linksIn, startBrowserStack } from './support/browser-stack';
import { checkPage, settled } from './support/checks';
import { answerSlowly } from './support/slow-answers';
import { signIn } from './support/staff';

// Issue 10, administration in the staff workspace: the admin creates a mediator account, its owner
// sets a password from the emailed one-time link and signs in; the admin screens pass axe.
// Screenshots go to STAFF_SHOTS when it names a folder.

const SHOTS = process.env.STAFF_SHOTS;
const NEW_EMAIL = 'hoa.giai.vien.moi@example.vn';
const NEW_NAME = 'Lường Thị Xuân';
const NEW_PASSWORD = 'mây trắng bay qua đồi chè Tân Cương';

const ADMIN_PAGES = [
  '/staff/admin/accounts',
  '/staff/admin/organisations',
  '/staff/admin/calendar',
  '/staff/admin/deadlines',
  '/staff/admin/routing',
  '/staff/account/password',
];

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe('staff admin screens (issue 10)', () => {
  let web: BrowserStack;

  beforeAll(async () => {
    web = await startBrowserStack();
  });
  afterAll(() => web?.stop());

  it('the admin creates a mediator account; its owner sets a password from the emailed link and signs in', async () => {
    const admin = await web.newPage({ width: 1280 });
    await signIn(admin, web, 'admin@demo.test', '/staff/admin/accounts');
    await settled(admin);
    expect(await admin.locator('main h1').innerText()).toBe('Tài khoản cán bộ');
    await admin.locator('summary', { hasText: 'Tạo tài khoản mới' }).click();
    await admin.fill('#account-email', NEW_EMAIL);
    await admin.fill('#account-name', NEW_NAME);
    await admin.selectOption('#account-role', 'mediator');
    await admin.selectOption('#account-organisation', {
      label: 'Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Thái Nguyên',
    });
    await checkPage(admin);
    await shot(admin, 'staff-admin-accounts-create');
    await admin.getByRole('button', { name: 'Tạo tài khoản và gửi email' }).click();
    await admin.getByText(`Đã tạo tài khoản ${NEW_EMAIL} và gửi email đặt mật khẩu.`).waitFor();
    const row = admin.locator('main table tbody tr', { hasText: NEW_EMAIL });
    await row.getByText('Chưa đặt mật khẩu').waitFor();

    // The emailed link carries its token in the fragment, which the page takes out of the address bar.
    const mail = await mailTo(web.stack.smtp, NEW_EMAIL);
    const link = linksIn(mail.text).find((l) => l.includes('/staff/set-password#token='));
    expect(link).toBeDefined();
    const owner = await web.newPage();
    const requests: string[] = [];
    owner.on('request', (request) => requests.push(request.url()));
    await owner.goto(web.localUrl(String(link)));
    await owner.locator('main h1', { hasText: 'Đặt mật khẩu' }).waitFor();
    expect(new URL(owner.url()).hash).toBe('');
    expect(await owner.locator('#password-rules').innerText()).toContain('ít nhất 12 ký tự');
    await checkPage(owner);
    await shot(owner, 'staff-set-password-360');

    // Too short, then two entries that differ: said beside the fields, nothing sent.
    await owner.fill('#new-password', 'ngắn');
    await owner.getByRole('button', { name: 'Đặt mật khẩu' }).click();
    await owner.locator('.error-summary', { hasText: 'ít nhất 12 ký tự' }).waitFor();
    await owner.fill('#new-password', NEW_PASSWORD);
    await owner.fill('#confirm-password', `${NEW_PASSWORD}!`);
    await owner.getByRole('button', { name: 'Đặt mật khẩu' }).click();
    await owner.locator('.error-summary', { hasText: 'Hai lần nhập chưa giống nhau' }).waitFor();
    await checkPage(owner);
    await owner.fill('#confirm-password', NEW_PASSWORD);
    await owner.getByRole('button', { name: 'Đặt mật khẩu' }).click();
    await owner.waitForURL((url) => url.pathname === '/staff/login');
    expect(requests.filter((u) => u.includes('token='))).toEqual([]);

    await owner.fill('#email', NEW_EMAIL);
    await owner.fill('#password', NEW_PASSWORD);
    await owner.locator('main form button[type="submit"]').click();
    await owner.locator('main h1', { hasText: 'Vụ việc hòa giải của tôi' }).waitFor();
    await owner.context().close();

    // The link works once: opened again, it says so and what to do.
    const again = await web.newPage();
    await again.goto(web.localUrl(String(link)));
    // The form still shows: whether the link was used is known only when it is sent.
    await again.locator('main h1', { hasText: 'Đặt mật khẩu' }).waitFor();
    await again.fill('#new-password', NEW_PASSWORD);
    await again.fill('#confirm-password', NEW_PASSWORD);
    await again.getByRole('button', { name: 'Đặt mật khẩu' }).click();
    await again.locator('main h1', { hasText: 'Đường dẫn đã hết hạn' }).waitFor();
    expect(await again.locator('main').innerText()).toContain('đề nghị quản trị viên gửi đường dẫn mới');
    await checkPage(again);
    await again.context().close();

    await admin.reload();
    const newRow = admin.locator('main table tbody tr', { hasText: NEW_EMAIL });
    await newRow.getByText('Đã đặt mật khẩu').waitFor();

    // Deactivating asks first, then signs the account out at once: it can no longer sign in.
    await newRow.getByRole('button', { name: `Khóa tài khoản ${NEW_EMAIL}` }).click();
    await newRow.getByText('Người này bị đăng xuất ngay').waitFor();
    await checkPage(admin);
    await newRow.getByRole('button', { name: 'Khóa tài khoản', exact: true }).click();
    await admin.getByText(`Đã khóa ${NEW_EMAIL}: người này bị đăng xuất ngay.`).waitFor();
    await web.stack.http.post('/api/v1/auth/login').send({ email: NEW_EMAIL, password: NEW_PASSWORD }).expect(401);
    await admin.context().close();
  });

  it('a signed-in person changes their own password and stays signed in', async () => {
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'admin@demo.test', '/staff/account/password');
    await page.fill('#current-password', 'not-the-password');
    await page.fill('#new-password', 'sông Cầu nước chảy lơ thơ');
    await page.fill('#confirm-password', 'sông Cầu nước chảy lơ thơ');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.locator('.error-summary a[href="#current-password"]').waitFor();
    await checkPage(page);
    await page.context().close();
  });

  it('another year in the calendar shows that year’s days, never the last year’s under its name', async () => {
    const page = await web.newPage({ width: 1280 });
    // Each year answers slowly (a poor line), so a page that kept the last year's days would show them.
    await answerSlowly(page, (url) => url.pathname.includes('/admin/calendar/years/'));
    const next = String(new Date().getFullYear() + 1);
    await signIn(page, web, 'admin@demo.test', '/staff/admin/calendar');
    await settled(page);
    await page.locator('.admin-days li').first().waitFor();
    await page.selectOption('#calendar-year', next);
    // As soon as anything names the new year, the days beside it are that year's.
    await page.getByText(`ngày làm việc trong năm ${next}.`).waitFor();
    const days = await page.locator('.admin-days li').allInnerTexts();
    expect(days.length).toBeGreaterThan(0);
    expect(days.filter((day) => day.slice(6, 10) !== next)).toEqual([]); // "dd/mm/yyyy: …"
    await page.context().close();
  });

  it.each<[Language, number]>([
    ['vi', 360],
    ['en', 360],
    ['vi', 1280],
    ['en', 1280],
  ])('every admin page passes axe (%s, %i px)', async (language, width) => {
    const page = await web.newPage({ language, width });
    await signIn(page, web, 'admin@demo.test', ADMIN_PAGES[0]);
    for (const path of ADMIN_PAGES) {
      await page.goto(web.url(path));
      await settled(page);
      if (path.endsWith('organisations')) {
        await page.locator('main details summary').first().click();
        await page.locator('main details .mediation-candidates').first().waitFor();
      }
      if (path.endsWith('deadlines')) await page.locator('main details summary').first().click();
      await checkPage(page);
      if (width === 360) await shot(page, `staff${path.replace(/\//g, '-').replace('-staff', '')}-${language}-360`);
    }
    await page.goto(web.url('/staff/set-password#token=no-such-token'));
    await page.locator('main h1').waitFor();
    await checkPage(page);
    await page.context().close();
  });
});
