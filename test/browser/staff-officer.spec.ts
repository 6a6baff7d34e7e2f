import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  ART_54_2_REASONS,
  ART_56_3_BASES,
  CASE_STATUSES,
  NEGOTIATION_PARTIES,
  REFUSAL_GROUNDS,
  REFUSAL_OUTCOME_GROUNDS,
  RESOLVED_OUTCOMES,
  STAFF_INTAKE_CHANNELS,
  TRANSFER_AUTHORITY_KINDS,
} from '@app/domain';
import { NotificationEntity } from '@app/persistence';
import * as vocabulary from '../../apps/web/src/staff/case/vocabulary';
import { userId } from '../support/case-factory';
import { PASSWORD } from '../support/stack';
import { complaintBody, LifecycleClient } from '../support/lifecycle-client';
import { BrowserStack, Language, startBrowserStack } from './support/browser-stack';
import { expectAccessible, expectNoHorizontalScroll } from './support/checks';
import { signIn, tabTo } from './support/staff';

// Issue 10, the officer's day in the browser: the home page's queues, triage (accept, forward to the
// business under Art 56.3, refuse on Art 58 ground (c)), a stale version (409), staff intake, the
// inbox; an analyst sees no contact data. The consumer files through the public API first.

type Filed = { id: string; trackingCode: string; accessKey: string };

// A 1×1 PNG: the api checks a file's type from its content.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('the officer in the staff workspace (issue 10)', () => {
  let web: BrowserStack;
  let sut: LifecycleClient;
  let officer: string;
  const shots = process.env.SCREENSHOT_DIR;

  beforeAll(async () => {
    web = await startBrowserStack();
    sut = new LifecycleClient(web.stack.http, PASSWORD);
    officer = await sut.login('officer@demo.test');
    if (shots) mkdirSync(shots, { recursive: true });
  });

  afterAll(async () => {
    await web?.stop();
  });

  const file = (overrides: Record<string, unknown> = {}): Promise<Filed> => sut.file(complaintBody(overrides));
  const statusOf = async (id: string): Promise<string> =>
    (await web.stack.http.get(`/api/v1/cases/${id}`).set('Authorization', `Bearer ${officer}`).expect(200)).body.status;
  const heading = (page: Page, text: string) => page.locator(`main h1:has-text("${text}")`).waitFor();
  const check = async (page: Page, name: string) => {
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  };
  /** Opens an action's form (its <details>) on the case page. */
  const openAction = async (page: Page, action: string) => {
    await page.locator(`#action-${action} > summary`).click();
    await page.locator(`#action-${action} form`).waitFor();
  };
  const done = (page: Page) => page.locator('.staff-success[role="status"]').waitFor();

  it('keeps the web app’s lists of choices in step with libs/domain', () => {
    expect(vocabulary.CASE_STATUSES).toEqual(CASE_STATUSES);
    expect(vocabulary.REFUSAL_GROUNDS).toEqual(REFUSAL_GROUNDS);
    expect(vocabulary.REFUSAL_OUTCOME_GROUNDS).toEqual(REFUSAL_OUTCOME_GROUNDS);
    expect(vocabulary.ART_56_3_BASES).toEqual(ART_56_3_BASES);
    expect(vocabulary.ART_54_2_REASONS).toEqual(ART_54_2_REASONS);
    expect(vocabulary.RESOLVED_OUTCOMES).toEqual(RESOLVED_OUTCOMES);
    expect(vocabulary.NEGOTIATION_PARTIES).toEqual(NEGOTIATION_PARTIES);
    expect(vocabulary.TRANSFER_AUTHORITY_KINDS).toEqual(TRANSFER_AUTHORITY_KINDS);
    expect(vocabulary.STAFF_INTAKE_CHANNELS).toEqual(STAFF_INTAKE_CHANNELS);
  });

  it('signs in, finds the new complaint on the home page, accepts it and forwards it to the business (Art 56.3)', async () => {
    const filed = await file();
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'officer@demo.test');
    await heading(page, 'Việc cần làm');
    const row = page.locator('#triage-title ~ * table tr', { hasText: filed.trackingCode });
    await row.waitFor();
    await row.locator(`a:has-text("${filed.trackingCode}")`).click();
    await heading(page, `Hồ sơ ${filed.trackingCode}`);
    await page.locator('#next-title').waitFor();
    await check(page, 'staff-case-submitted-vi-1280');

    await openAction(page, 'accept');
    await page.locator('#action-accept button:has-text("Tiếp tục")').click();
    await page.locator('#action-accept button:has-text("Xác nhận: Thụ lý")').click();
    await done(page);
    expect(await statusOf(filed.id)).toBe('consultation');

    await openAction(page, 'forward_to_business');
    // The legal basis is stated before anything is chosen.
    await page.locator('#action-forward_to_business dd:has-text("Điều 56 khoản 3")').first().waitFor();
    await page.locator('#action-forward_to_business button:has-text("Tiếp tục")').click();
    await page.locator('#action-forward_to_business .error-summary:has-text("Điều 56 khoản 3")').waitFor();
    await page.locator('label:has-text("Doanh nghiệp không trả lời yêu cầu của người tiêu dùng")').click();
    await page.locator('#action-forward_to_business button:has-text("Tiếp tục")').click();
    await page.locator('#action-forward_to_business button:has-text("Xác nhận")').click();
    await done(page);
    const link = await page.locator('#business-link').innerText();
    expect(link).toMatch(/\/business\/[A-Za-z0-9_-]{20,}/);
    expect(await statusOf(filed.id)).toBe('negotiation');
    await check(page, 'staff-case-forwarded-vi-1280');
    await page.context().close();
  });

  it('refuses another complaint on Art 58 ground (c)', async () => {
    const filed = await file({ business: { name: 'Một người bán trên mạng' } });
    const page = await web.newPage({ width: 360 });
    await signIn(page, web, 'officer@demo.test', `/staff/cases/${filed.id}`);
    await heading(page, `Hồ sơ ${filed.trackingCode}`);
    await openAction(page, 'refuse');
    await page
      .locator('#action-refuse label:has-text("(c) Không đủ thông tin để xác định tổ chức, cá nhân kinh doanh")')
      .click();
    await page.locator('#action-refuse label:has-text("Không xác định được doanh nghiệp")').click();
    await page.fill('#refuse-note', 'Không có tên, địa chỉ hay mã số thuế của người bán.');
    await page.locator('#action-refuse button:has-text("Tiếp tục")').click();
    await check(page, 'staff-case-refuse-confirm-vi-360');
    await page.locator('#action-refuse button:has-text("Xác nhận")').click();
    await done(page);
    expect(await statusOf(filed.id)).toBe('refused');
    const events = (await sut.events(officer, filed.id)).body as { action: string; data: Record<string, unknown> }[];
    expect(JSON.stringify(events.find((e) => e.action === 'refuse'))).toContain('"c"');
    await page.context().close();
  });

  it('triages with the keyboard only: signs in, opens the case, accepts and forwards it', async () => {
    const filed = await file();
    const page = await web.newPage({ width: 1280 });
    await page.goto(web.url('/staff/login'));
    await page.locator('#email').waitFor();
    await tabTo(page, '#email');
    await page.keyboard.type('officer@demo.test');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await heading(page, 'Việc cần làm');
    await page.locator(`a:has-text("${filed.trackingCode}")`).first().waitFor();
    await tabTo(page, `a[href="/staff/cases/${filed.id}"]`);
    await page.keyboard.press('Enter');
    await heading(page, `Hồ sơ ${filed.trackingCode}`);

    await tabTo(page, '#action-accept > summary');
    await page.keyboard.press('Enter');
    await tabTo(page, '#action-accept button[type="submit"]');
    await page.keyboard.press('Enter');
    // The confirmation step takes the focus: Enter confirms.
    await page.locator('#action-accept .staff-confirm').waitFor();
    await page.keyboard.press('Enter');
    await done(page);
    expect(await statusOf(filed.id)).toBe('consultation');

    await tabTo(page, '#action-forward_to_business > summary');
    await page.keyboard.press('Enter');
    await tabTo(page, '#forward_to_business-basis-business_silent');
    await page.keyboard.press('Space');
    await tabTo(page, '#action-forward_to_business button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.locator('#action-forward_to_business .staff-confirm').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('#business-link').waitFor();
    expect(await statusOf(filed.id)).toBe('negotiation');
    await page.context().close();
  });

  it('a stale version (409) reloads the case and says what changed', async () => {
    const filed = await file();
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'officer@demo.test', `/staff/cases/${filed.id}`);
    await heading(page, `Hồ sơ ${filed.trackingCode}`);
    await openAction(page, 'refuse');
    await page.locator('#action-refuse label:has-text("(c)")').click();
    await page.locator('#action-refuse button:has-text("Tiếp tục")').click();
    // Meanwhile a colleague accepts it through the API.
    await sut.staffAct(officer, filed.id, 'accept');
    await page.locator('#action-refuse button:has-text("Xác nhận")').click();
    const notice = page.locator('.staff-warning[role="alert"]');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('từ “Đã nhận” sang “Đang được tư vấn”');
    // The page now shows the case as it is: the actions of a case in consultation.
    await page.locator('#action-forward_to_business').waitFor();
    expect(await statusOf(filed.id)).toBe('consultation');
    await check(page, 'staff-case-stale-vi-1280');
    await page.context().close();
  });

  it('an analyst sees no phone or email on the case page; the officer does, and downloads the evidence', async () => {
    const filed = await file();
    await web.stack.http
      .post(`/api/v1/complaints/${filed.trackingCode}/evidence`)
      .set('X-Access-Key', filed.accessKey)
      .attach('files', PNG, { filename: 'hoa-don.png', contentType: 'image/png' })
      .expect(201);
    const { email, phone } = complaintBody().consumer as { email: string; phone: string };
    const analyst = await web.newPage({ width: 1280 });
    await signIn(analyst, web, 'analyst@demo.test', `/staff/cases/${filed.id}`);
    await heading(analyst, `Hồ sơ ${filed.trackingCode}`);
    await analyst.locator('#parties-title').waitFor();
    const seen = await analyst.locator('body').innerText();
    expect(seen).not.toContain(email);
    expect(seen).not.toContain(phone);
    expect(await analyst.locator('a[href^="tel:"], a[href^="mailto:"]').count()).toBe(0);
    // The file is listed, but the parties' files are not for an analyst to open.
    await analyst.locator('li:has-text("hoa-don.png")').waitFor();
    expect(await analyst.locator('button:has-text("Tải về")').count()).toBe(0);
    await check(analyst, 'staff-case-analyst-vi-1280');
    await analyst.context().close();

    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'officer@demo.test', `/staff/cases/${filed.id}`);
    await page.locator('#parties-title').waitFor();
    expect(await page.locator('body').innerText()).toContain(email);
    const download = page.waitForEvent('download');
    await page.locator('li:has-text("hoa-don.png") button:has-text("Tải về")').click();
    expect((await download).suggestedFilename()).toBe('hoa-don.png');
    await page.context().close();
  });

  it('registers a complaint taken by phone, with the channel recorded', async () => {
    const page = await web.newPage({ width: 360 });
    await signIn(page, web, 'officer@demo.test', '/staff/cases/new');
    await heading(page, 'Tiếp nhận khiếu nại');
    await page.locator('#intake-channel').check();
    await page.locator('main form button[type="submit"]').click();
    // The api checks each field and answers beside it.
    await page.locator('.error-summary a[href="#intake-consents-dataProcessing"]').waitFor();
    await page.fill('#intake-consumer-fullName', 'Hoàng Văn Nam');
    await page.fill('#intake-consumer-phone', '0987654321');
    await page.selectOption('#intake-consumer-communeCode', '05443');
    await page.fill('#intake-business-name', 'Cửa hàng Xe máy Ví Dụ');
    await page.selectOption('#intake-purchase-sectorCode', 'ecommerce');
    await page.fill('#intake-purchase-product', 'Mũ bảo hiểm');
    await page.selectOption('#intake-purchase-channel', 'in_store');
    await page.fill('#intake-description', 'Mũ bảo hiểm vỡ quai sau ba ngày, cửa hàng không đổi.');
    await page.locator('label:has-text("Đổi hàng khác")').click();
    await page.locator('#intake-consents-dataProcessing').check();
    await page.locator('main form button[type="submit"]').click();
    await heading(page, 'Đã ghi nhận khiếu nại');
    await check(page, 'staff-intake-done-vi-360');
    await page.locator('a:has-text("Mở hồ sơ")').click();
    await page.locator('main h1:has-text("Hồ sơ TN-")').waitFor();
    await page.locator('dd:has-text("Qua điện thoại")').waitFor();
    await page.context().close();
  });

  it('lists my notifications in the inbox and marks one read', async () => {
    const filed = await file();
    const officerId = await userId(web.stack.dataSource, 'officer@demo.test');
    const subject = `[${filed.trackingCode}] Quá hạn xem xét khiếu nại`;
    await web.stack.dataSource.getRepository(NotificationEntity).insert({
      messageKey: `test-inbox-${filed.id}`,
      caseId: filed.id,
      recipientKind: 'staff',
      recipientUserId: officerId,
      recipientEmail: 'officer@demo.test',
      language: 'vi',
      template: 'deadline_breached_staff',
      subject,
      bodyText: 'Hồ sơ đã quá hạn xem xét.',
      status: 'sent',
      sentAt: new Date(),
    });
    const page = await web.newPage({ width: 360 });
    await signIn(page, web, 'officer@demo.test', '/staff/inbox');
    const item = page.locator('.staff-inbox li', { hasText: subject });
    await item.waitFor();
    await item.locator('button:has-text("Đánh dấu đã đọc")').click();
    await page.locator(`[role="status"]:has-text("Đã đánh dấu đã đọc")`).waitFor();
    const row = await web.stack.dataSource
      .getRepository(NotificationEntity)
      .findOneByOrFail({ messageKey: `test-inbox-${filed.id}` });
    expect(row.readAt).not.toBeNull();
    await check(page, 'staff-inbox-item-vi-360');
    await item.locator(`a:has-text("${filed.trackingCode}")`).click();
    await heading(page, `Hồ sơ ${filed.trackingCode}`);
    await page.context().close();
  });

  describe.each([
    ['vi', 360],
    ['vi', 1280],
    ['en', 360],
    ['en', 1280],
  ] as const)('every page, in %s at %i px', (language: Language, width: number) => {
    let caseId: string;

    beforeAll(async () => {
      caseId = (await file()).id;
    });

    it.each([
      ['officer@demo.test', '/staff', 'officer-home'],
      ['officer@demo.test', '/staff/cases?status=submitted', 'queue'],
      ['officer@demo.test', 'CASE', 'case'],
      ['officer@demo.test', '/staff/cases/new', 'intake'],
      ['officer@demo.test', '/staff/inbox', 'inbox'],
      ['analyst@demo.test', '/staff', 'analyst-home'],
      ['association@demo.test', '/staff', 'association-home'],
      ['admin@demo.test', '/staff', 'admin-home'],
    ])('%s %s is accessible and fits the screen', async (email, path, name) => {
      const page = await web.newPage({ language, width });
      await signIn(page, web, email, path === 'CASE' ? `/staff/cases/${caseId}` : path);
      await page.locator('main h1').waitFor();
      // The page's data has arrived: nothing is loading any more.
      await page.waitForSelector('main .loading', { state: 'detached' });
      await check(page, `staff-${name}-${language}-${width}`);
      await page.context().close();
    });
  });
});
