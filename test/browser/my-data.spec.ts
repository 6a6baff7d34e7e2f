import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { CaseEntity, CasePartyEntity, DataRequestEntity } from '@app/persistence';
import { pdfText } from '../support/pdf-text';
import { PASSWORD } from '../support/stack';
import { complaintBody, LifecycleClient } from '../support/lifecycle-client';
import { BrowserStack, Language, startBrowserStack } from './support/browser-stack';
import { expectAccessible, expectNoHorizontalScroll } from './support/checks';

// Issue 12 item 10: the consumer's personal-data rights on their case page (Law 91/2025 Art 4),
// driven in a real browser at 360 px, in Vietnamese and English.

type Filed = { id: string; trackingCode: string; accessKey: string };

describe('the consumer’s personal data on the case page', () => {
  let web: BrowserStack;
  let sut: LifecycleClient;
  const shots = process.env.SCREENSHOT_DIR;

  beforeAll(async () => {
    web = await startBrowserStack();
    sut = new LifecycleClient(web.stack.http, PASSWORD);
    if (shots) mkdirSync(shots, { recursive: true });
  });

  afterAll(async () => {
    await web?.stop();
  });

  const check = async (page: Page, name: string) => {
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  };

  const file = (email: string): Promise<Filed> =>
    sut.file(
      complaintBody({
        consumer: { ...(complaintBody().consumer as object), email },
        consents: { dataProcessing: true, textVersion: '2026-01', publication: true, shareContactWithBusiness: true },
      }),
    );

  /** The case page, opened with the key typed in, scrolled to the personal-data section. */
  const openCase = async (c: Filed, language?: Language): Promise<Page> => {
    const page = await web.newPage({ width: 360, ...(language && { language }) });
    await page.goto(web.url(`/complaints/${c.trackingCode}`));
    await page.fill('#access-key', c.accessKey);
    await page.click('form button[type="submit"]');
    await page.waitForSelector('#case-my-data-title');
    await page.waitForSelector('.my-data__consent');
    return page;
  };

  const saved = async (download: Download): Promise<Buffer> => readFile(String(await download.path()));

  it('downloads the data as PDF and JSON, corrects the contact data, withdraws a consent, asks for erasure (vi)', async () => {
    const c = await file('hoa.mydata@example.vn');
    const page = await openCase(c);
    await page.waitForSelector('h2:has-text("Dữ liệu cá nhân của bạn")');
    await check(page, 'my-data-vi-360');

    // The PDF, fetched with the key in a header and saved from a blob: under the api's name.
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button:has-text("Tải về để đọc (PDF)")'),
    ]);
    expect(pdf.suggestedFilename()).toBe(`${c.trackingCode}-my-data.pdf`);
    expect(pdf.url()).toMatch(/^blob:/);
    const text = await pdfText(await saved(pdf));
    expect(text).toContain('DỮ LIỆU CÁ NHÂN CỦA BẠN');
    expect(text).toContain('Nguyễn Thị Lan');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button:has-text("Tải về cho máy đọc (JSON)")'),
    ]);
    expect(json.suggestedFilename()).toBe(`${c.trackingCode}-my-data.json`);
    expect(JSON.parse((await saved(json)).toString('utf8')).consumer.email).toBe('hoa.mydata@example.vn');

    // Correcting: a wrong email is refused beside the field, linked from the summary; then saved.
    await page.click('button:has-text("Sửa thông tin liên hệ")');
    await page.fill('#my-data-email', 'không-phải-email');
    await page.fill('#my-data-phone', '0987 654 321');
    await page.click('button:has-text("Lưu thay đổi")');
    await page.waitForSelector('#my-data-email-error:has-text("Địa chỉ email không hợp lệ")');
    await page.waitForSelector('.error-summary a[href="#my-data-email"]');
    await check(page, 'my-data-contact-error-vi-360');
    const party = () =>
      web.stack.dataSource.getRepository(CasePartyEntity).findOneByOrFail({ caseId: c.id, role: 'consumer' });
    expect((await party()).phone).toBe('0912345678');
    await page.fill('#my-data-email', 'hoa.moi@example.vn');
    await page.click('button:has-text("Lưu thay đổi")');
    await page.waitForSelector('.case-notice:has-text("Đã sửa thông tin liên hệ của bạn.")');
    await page.waitForSelector('text=Bạn đã sửa thông tin liên hệ.'); // the timeline
    expect(await party()).toMatchObject({ email: 'hoa.moi@example.vn', phone: '0987 654 321' });

    // Withdrawing: what it changes is said first, then a confirmation.
    await page.waitForSelector('text=Nếu rút lại: hồ sơ của bạn không còn nằm trong dữ liệu mở được công bố.');
    await page.click('button:has-text("Rút lại: dữ liệu mở")');
    await page.waitForSelector('text=Bạn chắc chắn muốn rút lại sự đồng ý này?');
    await check(page, 'my-data-consent-confirm-vi-360');
    await page.click('button:has-text("Có, rút lại")');
    await page.waitForSelector('.case-notice:has-text("không còn nằm trong dữ liệu mở")');
    await page.waitForSelector('text=Bạn đã rút lại ngày');
    const kase = await web.stack.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: c.id });
    expect(kase.publicationConsent).toBe(false);

    // Asking for erasure: a confirmation, then the request and its dates.
    await page.click('button:has-text("Yêu cầu xóa dữ liệu")');
    await page.fill('#my-data-erasure-text', 'Xin xóa địa chỉ cũ của tôi.');
    await page.click('button:has-text("Gửi yêu cầu xóa")');
    await page.waitForSelector('.case-notice:has-text("dữ liệu được xóa ngay khi hồ sơ kết thúc")');
    await page.waitForSelector('.my-data__requests li:has-text("Yêu cầu xóa dữ liệu, gửi ngày")');
    const requests = await web.stack.dataSource.getRepository(DataRequestEntity).findBy({ caseId: c.id });
    expect(requests).toMatchObject([{ kind: 'erasure', text: 'Xin xóa địa chỉ cũ của tôi.', status: 'received' }]);
    // Each period as its last day (24:00 of it), dd/mm/yyyy in Hà Nội time.
    const lastDay = (due: Date) =>
      new Date(due.getTime() + 7 * 3_600_000 - 1).toISOString().slice(0, 10).split('-').reverse().join('/');
    await page.waitForSelector(
      `.my-data__requests li:has-text("Hạn trả lời ${lastDay(requests[0].answerDueAt)}, hạn thực hiện ${lastDay(requests[0].completeDueAt)}.")`,
    );
    await check(page, 'my-data-done-vi-360');
    await page.context().close();
  });

  it('reads in English at 360 px, accessible', async () => {
    const c = await file('hoa.mydata.en@example.vn');
    const page = await openCase(c, 'en');
    await page.waitForSelector('h2:has-text("Your personal data")');
    await page.waitForSelector('button:has-text("Download to read (PDF)")');
    await page.waitForSelector('text=If you withdraw it: the business no longer sees your phone number and email.');
    await check(page, 'my-data-en-360');
    await page.click('button:has-text("Withdraw: contact shown to the business")');
    await page.waitForSelector('text=Are you sure you want to withdraw this consent?');
    await check(page, 'my-data-consent-confirm-en-360');
    await page.click('button:has-text("Yes, withdraw")');
    await page.waitForSelector('.case-notice:has-text("The business no longer sees your email and phone number.")');
    await page.context().close();
  });
});
