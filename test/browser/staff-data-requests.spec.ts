import type { Page } from 'playwright-core';
import { createCase, CreatedCase, login } from '../support/case-factory';
import { BrowserStack, Language, startBrowserStack } from './support/browser-stack';
import { checkPage, settled } from './support/checks';
import { signIn } from './support/staff';

// Issue 12 item 10, the staff side: /staff/data-requests lists the consumers' personal-data
// requests nearest due first with their two clocks; officers decide them (refusal needs a reason;
// a request decided meanwhile is explained). Screenshots go to STAFF_SHOTS when it names a folder.

const SHOTS = process.env.STAFF_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe('staff: personal-data requests (issue 12 item 10)', () => {
  let web: BrowserStack;
  let kase: CreatedCase;
  const ids = {} as Record<'erasure' | 'objection', string>;

  beforeAll(async () => {
    web = await startBrowserStack();
    kase = await createCase(web.stack.dataSource);
    for (const kind of ['erasure', 'objection'] as const) {
      const res = await web.stack.http
        .post(`/api/v1/complaints/${kase.trackingCode}/my-data/requests`)
        .set('X-Access-Key', kase.accessKey)
        .send({ kind })
        .expect(201);
      ids[kind] = res.body.id as string;
    }
    // Stays open for the axe runs below.
    const other = await createCase(web.stack.dataSource);
    await web.stack.http
      .post(`/api/v1/complaints/${other.trackingCode}/my-data/requests`)
      .set('X-Access-Key', other.accessKey)
      .send({ kind: 'other', text: 'Xin cho biết ai đã xem số điện thoại của tôi.' })
      .expect(201);
  }, 120_000);
  afterAll(() => web?.stop());

  it('the officer finds the requests from the home page, refuses one with a reason, and is told of one decided meanwhile', async () => {
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'officer@demo.test');
    await settled(page);
    const home = page.locator('main section[aria-labelledby="data-requests-title"]');
    await home.getByText('3 yêu cầu đang chờ xử lý').waitFor();
    await home.getByRole('link', { name: 'Yêu cầu về dữ liệu cá nhân' }).click();
    await page.locator('main h1', { hasText: 'Yêu cầu về dữ liệu cá nhân' }).waitFor();
    await settled(page);

    const items = page.locator('main li.privacy-request');
    expect(await items.count()).toBe(3);
    const objection = items.filter({ hasText: 'Phản đối xử lý dữ liệu' });
    expect(await objection.locator('h2 a').getAttribute('href')).toBe(`/staff/cases/${kase.id}`);
    expect(await objection.innerText()).toContain('Mới nhận, chưa trả lời');
    expect(await objection.innerText()).toMatch(
      /Hạn cuối: \d\d\/\d\d\/\d{4} — (còn \d ngày làm việc|hôm nay là ngày cuối)/,
    );

    // Refusing without a reason: said beside the field and in the summary, nothing sent.
    await objection.locator('summary').click();
    await objection.getByLabel('Từ chối', { exact: true }).check();
    await objection.getByRole('button', { name: 'Ghi quyết định và báo người tiêu dùng' }).click();
    await objection.locator('.error-summary', { hasText: 'Nhập lý do từ chối' }).waitFor();
    await objection.locator('.field__error', { hasText: 'Nhập lý do từ chối' }).waitFor();
    await checkPage(page);
    await shot(page, 'staff-data-requests-refusal-error-vi-1280');
    await objection.getByLabel('Lý do hoặc lời nhắn cho người tiêu dùng').fill('Hồ sơ đang được giải quyết.');
    await objection.getByRole('button', { name: 'Ghi quyết định và báo người tiêu dùng' }).click();
    await page.getByText(`Đã ghi quyết định cho yêu cầu của hồ sơ ${kase.trackingCode}`).waitFor();
    await settled(page);
    const refused = page.locator('main li.privacy-request', { hasText: 'Phản đối xử lý dữ liệu' });
    await refused.getByText('Đã từ chối', { exact: true }).waitFor();
    expect(await refused.innerText()).toContain('Hồ sơ đang được giải quyết.');
    expect(await refused.locator('details').count()).toBe(0);

    // Another officer answers the erasure while this form is open: the 409 is explained.
    const erasure = page.locator('main li.privacy-request', { hasText: 'Yêu cầu xóa dữ liệu' });
    await erasure.locator('summary').click();
    await erasure.getByLabel('Trả lời: đã nhận và đang thực hiện', { exact: true }).check();
    const token = await login(web.stack.http, 'admin@demo.test');
    await web.stack.http
      .post(`/api/v1/data-requests/${ids.erasure}/decision`)
      .set('Authorization', `Bearer ${token}`)
      .send({ decision: 'answered' })
      .expect(200);
    await erasure.getByRole('button', { name: 'Ghi quyết định và báo người tiêu dùng' }).click();
    await page.getByText('đã được quyết định trước đó').waitFor();
    await settled(page);
    await page
      .locator('main li.privacy-request', { hasText: 'Yêu cầu xóa dữ liệu' })
      .getByText('Đã trả lời, đang thực hiện', { exact: true })
      .waitFor();
    await checkPage(page);
    await page.context().close();
  }, 120_000);

  it.each<[Language, number]>([
    ['vi', 360],
    ['en', 360],
    ['vi', 1280],
    ['en', 1280],
  ])(
    'the page passes axe with a decision form open (%s, %i px)',
    async (language, width) => {
      const page = await web.newPage({ language, width });
      await signIn(page, web, 'admin@demo.test', '/staff/data-requests');
      await settled(page);
      await page.locator('main li.privacy-request summary').first().click();
      await checkPage(page);
      await shot(page, `staff-data-requests-${language}-${width}`);
      await page.goto(web.url('/staff'));
      await settled(page);
      await page.locator('main a[href="/staff/data-requests"]').waitFor();
      await checkPage(page);
      await page.context().close();
    },
    60_000,
  );
});
