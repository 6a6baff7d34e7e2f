import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParsedMail } from 'mailparser';
import type { Page } from 'playwright-core';
import { toLocalDate } from '@app/domain';
import { OrganisationEntity, UserEntity } from '@app/persistence';
import { mailTo, putInMediation } from '../support/case-factory';
import { PASSWORD } from '../support/stack';
import {
  art652Record,
  businessTokenIn,
  complaintBody,
  isMediationRequestTo,
  LifecycleClient,
} from '../support/lifecycle-client';
import { BrowserStack, Language, linksIn, startBrowserStack } from './support/browser-stack';
import { expectAccessible, expectNoHorizontalScroll } from './support/checks';

// Issue 9, "Follow": the consumer's case page and the rating page, driven in a real browser against
// the real api + worker + SMTP sink. The other parties act through the API, as their own clients would.

// A 1×1 PNG: the api checks a file's type from its content.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

type Filed = { id: string; trackingCode: string; accessKey: string };

/** The UID of the .ics a mail carries (a session's invitation), if any. */
const uidIn = (mail: ParsedMail): string | undefined =>
  /^UID:(.+)$/m.exec(
    mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString() ?? '',
  )?.[1];

describe('following a complaint in the browser (issue 9)', () => {
  let web: BrowserStack;
  let sut: LifecycleClient;
  let officer: string;
  let mediationAdmin: string;
  let mediator: string;
  let associationOrgId: string;
  /** Every URL the browser asked the server for, to check that no access key is in one. */
  const requested: string[] = [];
  const keys: string[] = [];
  const shots = process.env.SCREENSHOT_DIR;

  beforeAll(async () => {
    web = await startBrowserStack();
    sut = new LifecycleClient(web.stack.http, PASSWORD);
    officer = await sut.login('officer@demo.test');
    mediationAdmin = await sut.login('mediation_admin@demo.test');
    mediator = await sut.login('mediator@demo.test');
    associationOrgId = (
      await web.stack.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ code: 'HBVNTD' })
    ).id;
    if (shots) mkdirSync(shots, { recursive: true });
  });

  afterAll(async () => {
    await web?.stop();
  });

  const open = async (options: { width?: number; language?: Language } = {}): Promise<Page> => {
    const page = await web.newPage(options);
    page.on('request', (request) => requested.push(request.url()));
    return page;
  };

  /** axe (0 serious/critical) and no sideways scrolling, as the page is now; a screenshot when asked. */
  const check = async (page: Page, name: string) => {
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  };

  const heading = (page: Page, text: string) => page.waitForSelector(`h1:has-text("${text}")`);

  const file = async (email: string): Promise<Filed> => {
    const c = await sut.file(complaintBody({ consumer: { ...(complaintBody().consumer as object), email } }));
    keys.push(c.accessKey);
    return c;
  };

  /**
   * The acknowledgement email's link to the case. The contract has it carry the key in its fragment
   * (…/complaints/{code}#key=…); while the email still gives the bare link with the key beside it,
   * the test adds the fragment the same way.
   */
  const acknowledgementLink = async (c: Filed, email: string): Promise<string> => {
    const mail = await web.stack.smtp.waitUntil(
      (m) =>
        m.subject?.includes(c.trackingCode) === true &&
        linksIn(m.text).some((l) => l.includes(`/complaints/${c.trackingCode}`)),
    );
    expect(mail.to).toMatchObject({ text: email });
    const link = linksIn(mail.text).find((l) => l.includes(`/complaints/${c.trackingCode}`)) as string;
    if (link.includes('#key=')) return web.localUrl(link);
    expect(mail.text).toContain(c.accessKey);
    return `${web.localUrl(link)}#key=${encodeURIComponent(c.accessKey)}`;
  };

  const forward = async (c: Filed): Promise<string> => {
    await sut.staffAct(officer, c.id, 'accept');
    const forwarded = await sut.staffAct(officer, c.id, 'forward_to_business', { basis: 'business_silent' });
    return String(forwarded.body.businessLinkUrl).split('/').pop() as string;
  };

  it('the emailed link opens the case without typing the key; the consumer accepts the proposal, then rates', async () => {
    const email = 'lan.follow@example.vn';
    const c = await file(email);
    const link = await acknowledgementLink(c, email);
    const token = await forward(c);
    await web.stack.http
      .post(`/api/v1/business/${token}/respond`)
      .send({
        type: 'propose_remedy',
        description: 'Đổi nồi cơm điện mới cùng loại trong 5 ngày.',
        amountVnd: 1_500_000,
      })
      .expect(200);

    const page = await open();
    await page.goto(link);
    await heading(page, 'Khiếu nại của bạn');
    // The key left the address bar at once, and is kept for this browser session only.
    expect(page.url()).not.toContain('#key');
    expect(page.url()).not.toContain(c.accessKey);
    expect(await page.evaluate(`sessionStorage.getItem('cc.key.${c.trackingCode}')`)).toBe(c.accessKey);
    expect(await page.evaluate(`JSON.stringify(localStorage)`)).not.toContain(c.accessKey);

    // Status in words, the running deadline with its working days left, the proposal.
    await page.waitForSelector('text=Đang thương lượng với doanh nghiệp');
    const negotiating = await sut.consumerView(c.trackingCode, c.accessKey);
    for (const d of negotiating.body.deadlines as { workingDaysLeft: unknown }[]) {
      expect(Number.isInteger(d.workingDaysLeft)).toBe(true);
    }
    if (negotiating.body.deadlines.length > 0) {
      expect(await page.textContent('.case-deadlines')).toMatch(/còn \d+ ngày làm việc|hôm nay là ngày cuối/);
    }
    await page.waitForSelector('text=Đổi nồi cơm điện mới cùng loại trong 5 ngày.');
    await page.waitForSelector('text=Số tiền: 1.500.000 đ');
    await check(page, 'case-proposal-vi-360');

    // Accept, with a confirmation step that says what it means.
    await page.click('button:has-text("Đồng ý")');
    await page.waitForSelector('text=Bạn chắc chắn đồng ý?');
    await check(page, 'case-proposal-confirm-vi-360');
    await page.click('button:has-text("Có, tôi đồng ý")');
    await page.waitForSelector('.case-notice:has-text("Bạn đã đồng ý với đề xuất")');
    await page.waitForSelector('text=Bạn đã đồng ý với đề xuất của doanh nghiệp.'); // the timeline
    const after = await sut.consumerView(c.trackingCode, c.accessKey);
    expect(after.body.timeline.map((e: { action: string }) => e.action)).toContain('accept_proposal');

    expect(after.body.status).toBe('resolved'); // an accepted proposal settles the complaint
    await check(page, 'case-closed-vi-360');
    await page.click('a:has-text("Đánh giá")');
    await heading(page, 'Đánh giá kết quả');
    await check(page, 'rating-vi-360');
    // Nothing chosen: the error summary and the message beside the field.
    await page.click('button:has-text("Gửi đánh giá")');
    await page.waitForSelector('.error-summary:has-text("Chọn một mức đánh giá")');
    await page.waitForSelector('#score-error');
    await check(page, 'rating-error-vi-360');
    await page.check('#score-4');
    await page.fill('#rating-comment', 'Cán bộ hỗ trợ nhiệt tình.');
    await page.click('button:has-text("Gửi đánh giá")');
    await heading(page, 'Cảm ơn bạn đã đánh giá');
    const rated = await sut.consumerView(c.trackingCode, c.accessKey);
    expect(rated.body.timeline.map((e: { action: string }) => e.action)).toContain('rated');
    await check(page, 'rating-done-vi-360');

    // The same pages in English at 1280 px.
    const wide = await open({ width: 1280, language: 'en' });
    await wide.goto(link);
    await heading(wide, 'Your complaint');
    await wide.waitForSelector('.case-status__name:has-text("Resolved")');
    await check(wide, 'case-closed-en-1280');
    await wide.goto(web.url(`/complaints/${c.trackingCode}/rating`));
    await heading(wide, 'Rate how your complaint was handled');
    await wide.waitForSelector('text=You have already rated this case.');
    await check(wide, 'rating-already-en-1280');
    await wide.context().close();
    await page.context().close();
  });

  it('another consumer types the key once, answers a request for information with a file, asks for mediation and adds the session to the calendar', async () => {
    const email = 'minh.follow@example.vn';
    const c = await file(email);
    await sut.staffAct(officer, c.id, 'accept');
    await sut.staffAct(officer, c.id, 'request_info', { question: 'Xin gửi ảnh hóa đơn mua hàng.' });

    // A later email links to the bare case page: it asks for the key (in English here, and at 1280 px).
    const page = await open({ language: 'en' });
    await page.goto(web.url(`/complaints/${c.trackingCode}`));
    await heading(page, 'Enter your access key');
    await check(page, 'key-form-en-360');
    await page.fill('#access-key', 'WRONG-KEY-1234');
    await page.click('button:has-text("See my case")');
    await page.waitForSelector('.error-summary:has-text("The case number or the access key is not right")');
    await page.waitForSelector('#access-key-error');
    await check(page, 'key-form-wrong-en-360');
    await page.fill('#access-key', c.accessKey);
    await page.click('button:has-text("See my case")');
    await heading(page, 'Your complaint');
    await page.waitForSelector('text=We need more information from you');
    await page.waitForSelector('text=Xin gửi ảnh hóa đơn mua hàng.');
    await check(page, 'case-request-en-360');

    // Switch to Vietnamese: the same page, every text from the catalog.
    await page.click('button:has-text("Tiếng Việt")');
    await page.waitForSelector('h2:has-text("Cán bộ cần bạn trả lời")');
    expect(await page.textContent('.case-deadlines')).toMatch(/còn \d+ ngày làm việc|hôm nay là ngày cuối/);
    await check(page, 'case-request-vi-360');
    // Empty answer: the error summary and the message beside the field.
    await page.click('button:has-text("Gửi câu trả lời")');
    await page.waitForSelector('#info-answer-error');
    await page.fill('#info-answer', 'Tôi gửi kèm ảnh hóa đơn.');
    await page.setInputFiles('#info-files', { name: 'hoa-don.png', mimeType: 'image/png', buffer: PNG });
    await page.click('button:has-text("Gửi câu trả lời")');
    await page.waitForSelector('.case-notice:has-text("Đã gửi câu trả lời của bạn")');
    await page.waitForSelector('.case-files:has-text("hoa-don.png")');
    const answered = await sut.consumerView(c.trackingCode, c.accessKey);
    expect(answered.body.status).toBe('consultation');
    expect(answered.body.evidence.map((f: { fileName: string }) => f.fileName)).toContain('hoa-don.png');

    // The officer forwards it; the consumer asks for mediation in the browser.
    await sut.staffAct(officer, c.id, 'forward_to_business', { basis: 'business_silent' });
    await page.reload();
    await page.waitForSelector('text=Đang thương lượng với doanh nghiệp');
    await page.click('button:has-text("Tôi muốn đề nghị hòa giải")');
    await page.waitForSelector('legend:has-text("Chọn tổ chức hòa giải")');
    await page.click('button:has-text("Gửi đề nghị hòa giải")');
    await page.waitForSelector('#mediation-org-error');
    await page.waitForSelector('#mediation-consent-error');
    await check(page, 'case-mediation-errors-vi-360');
    await page.check(`input[name="organisationId"][value="${associationOrgId}"]`);
    await page.check('#mediation-consent');
    await page.click('button:has-text("Gửi đề nghị hòa giải")');
    await page.waitForSelector('.case-notice:has-text("Đã gửi đề nghị hòa giải")');
    await page.waitForSelector('text=Bạn đã đề nghị hòa giải.');

    // The business agrees through its link (Art 61); the admin appoints; the mediator schedules.
    const asked = await web.stack.smtp.waitUntil(isMediationRequestTo(c.trackingCode));
    await sut.businessAnswersMediation(String(businessTokenIn(asked.text)), 'accept');
    const mediatorUser = await web.stack.dataSource
      .getRepository(UserEntity)
      .findOneByOrFail({ email: 'mediator@demo.test' });
    await web.stack.http
      .post(`/api/v1/cases/${c.id}/mediator`)
      .set('Authorization', `Bearer ${mediationAdmin}`)
      .send({ mediatorId: mediatorUser.id })
      .expect(200);
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    startsAt.setUTCHours(2, 0, 0, 0); // 09:00 in Hà Nội
    const scheduled = await web.stack.http
      .post(`/api/v1/cases/${c.id}/sessions`)
      .set('Authorization', `Bearer ${mediator}`)
      .send({
        mode: 'in_person',
        place: 'Trụ sở Hội, số 5 đường Đội Cấn',
        startsAt: startsAt.toISOString(),
        durationMinutes: 90,
      })
      .expect(201);

    await page.reload();
    await page.waitForSelector('text=Đang hòa giải');
    await page.waitForSelector('h2:has-text("Phiên hòa giải")');
    await page.waitForSelector('text=Địa điểm: Trụ sở Hội, số 5 đường Đội Cấn');
    await check(page, 'case-mediation-vi-360');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button:has-text("Thêm vào lịch (.ics)")'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    expect(download.url()).toMatch(/^blob:/);
    const ics = await new Promise<string>((resolve, reject) => {
      void download.createReadStream().then((stream) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        stream.on('error', reject);
      }, reject);
    });
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('METHOD:PUBLISH');
    // The server's file: the UID of the invitation emailed to the consumer, so a calendar keeps one entry.
    const invitation = await mailTo(web.stack.smtp, email, (m) => uidIn(m) !== undefined);
    expect(uidIn(invitation)).toBe(
      `${scheduled.body.id as string}@${new URL(web.stack.config.publicBaseUrl).hostname}`,
    );
    expect(ics).toContain(`UID:${uidIn(invitation)}\r\n`);
    expect(ics).toContain('SEQUENCE:0');
    expect(ics).toContain(`DTSTART:${startsAt.toISOString().replace(/[-:]/g, '').replace('.000', '')}`);
    expect(ics).not.toContain(c.accessKey);

    // The same state at 1280 px in English.
    const wide = await open({ width: 1280, language: 'en' });
    await wide.goto(web.url(`/complaints/${c.trackingCode}`));
    await heading(wide, 'Enter your access key'); // a new browser session: the key is asked again
    await wide.fill('#access-key', c.accessKey);
    await wide.click('button:has-text("See my case")');
    await wide.waitForSelector('text=In mediation');
    await wide.waitForSelector('button:has-text("Add to calendar (.ics)")');
    await check(wide, 'case-mediation-en-1280');

    // Withdraw asks for confirmation first and says what it means (not confirmed here).
    await wide.click('button:has-text("I want to withdraw")');
    await wide.waitForSelector('text=Withdrawing means:');
    await check(wide, 'case-withdraw-confirm-en-1280');
    await wide.click('button:has-text("No, go back")');
    await wide.context().close();
    await page.context().close();
  });

  it('after a mediated agreement, the consumer answers the performance question (Art 65.2) and downloads the record as a PDF', async () => {
    const c = await file('thu.follow@example.vn');
    await sut.staffAct(officer, c.id, 'accept');
    const mediatorUser = await web.stack.dataSource
      .getRepository(UserEntity)
      .findOneByOrFail({ email: 'mediator@demo.test' });
    await putInMediation(web.stack.dataSource, c.id, 'HBVNTD', mediatorUser.id);
    // The record of the agreement, to be carried out within 10 days (its settlement_performance clock).
    const performBy = toLocalDate(new Date(Date.now() + 10 * 86_400_000));
    const recorded = await sut.staffAct(mediator, c.id, 'record_mediation_result', {
      result: 'success',
      record: { ...art652Record(), time: new Date().toISOString(), performanceDeadline: performBy },
      amountRecoveredVnd: 1_000_000,
    });
    expect(recorded.body.status).toBe('resolved');

    const page = await open();
    await page.goto(web.url(`/complaints/${c.trackingCode}`));
    await page.fill('#access-key', c.accessKey);
    await page.click('button:has-text("Xem hồ sơ")');
    await page.waitForSelector('h2:has-text("Doanh nghiệp đã thực hiện thỏa thuận chưa?")');
    await check(page, 'case-performance-vi-360');
    const submit = 'section[aria-labelledby="case-performance-title"] button[type="submit"]';

    // Nothing chosen: the message beside the question, linked from the summary.
    await page.click(submit);
    await page.waitForSelector('#performed-error:has-text("Chọn “Rồi” hoặc “Chưa”")');
    await page.waitForSelector('.error-summary a[href="#performed-yes"]');
    // "No" before the date in the record: the api refuses (422), the page says why in plain words.
    await page.check('#performed-no');
    await page.click(submit);
    await page.waitForSelector('.error-summary:has-text("Hạn thực hiện chưa đến")');
    await check(page, 'case-performance-too-early-vi-360');
    expect(
      (await sut.consumerView(c.trackingCode, c.accessKey)).body.timeline.map((e: { action: string }) => e.action),
    ).not.toContain('performance_not_confirmed');

    // "Yes": recorded, said, and the question is gone.
    await page.check('#performed-yes');
    await page.fill('#performance-comment', 'Cửa hàng đã đổi nồi cơm điện mới.');
    await page.click(submit);
    await page.waitForSelector('.case-notice:has-text("Hồ sơ đã ghi nhận doanh nghiệp thực hiện thỏa thuận")');
    await page.waitForSelector('text=Bạn xác nhận doanh nghiệp đã thực hiện thỏa thuận.'); // the timeline
    expect(await page.$('#case-performance-title')).toBeNull();
    const answered = await sut.consumerView(c.trackingCode, c.accessKey);
    expect(answered.body.timeline.map((e: { action: string }) => e.action)).toContain('performance_confirmed');
    await check(page, 'case-performance-done-vi-360');

    // The record of the agreement (Art 65.2) as the api makes it: a PDF named by the api, saved from a blob.
    const [response, download] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/complaints/${c.trackingCode}/records/mediation-success`)),
      page.waitForEvent('download'),
      page.click('button:has-text("Biên bản hòa giải thành (PDF)")'),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const named = `${c.trackingCode}-mediation-success.pdf`;
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="${named}"`);
    expect(download.suggestedFilename()).toBe(named);
    expect(download.url()).toMatch(/^blob:/);
    const pdf = await readFile(String(await download.path()));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).not.toContain(c.accessKey);

    // The same page in English at 1280 px: the record to download, the question answered.
    const wide = await open({ width: 1280, language: 'en' });
    await wide.goto(web.url(`/complaints/${c.trackingCode}`));
    await wide.fill('#access-key', c.accessKey);
    await wide.click('button:has-text("See my case")');
    await wide.waitForSelector('button:has-text("Record of the mediated agreement (PDF)")');
    expect(await wide.$('#case-performance-title')).toBeNull();
    await check(wide, 'case-performance-done-en-1280');
    await wide.context().close();
    await page.context().close();
  });

  it('an action someone else overtook (409) reloads the case and says what changed', async () => {
    const c = await file('hoa.follow@example.vn');
    await sut.staffAct(officer, c.id, 'accept');
    const page = await open();
    await page.goto(web.url(`/complaints/${c.trackingCode}`));
    await page.fill('#access-key', c.accessKey);
    await page.click('button:has-text("Xem hồ sơ")');
    await page.click('button:has-text("Tôi muốn rút khiếu nại")');
    await page.waitForSelector('text=Rút khiếu nại nghĩa là:');
    // Meanwhile the case is withdrawn elsewhere (another tab).
    await sut.consumerAct(c.trackingCode, c.accessKey, 'withdraw', {});
    await page.click('button:has-text("Có, rút khiếu nại")');
    await page.waitForSelector('.case-notice:has-text("hồ sơ đã thay đổi: bây giờ là “Đã rút”")');
    expect(await page.$('button:has-text("Có, rút khiếu nại")')).toBeNull();
    await check(page, 'case-conflict-vi-360');
    await page.context().close();
  });

  it('never puts an access key in a URL the browser asked the server for', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(keys.length).toBeGreaterThan(0);
    expect(
      requested.filter((url) => keys.some((key) => url.includes(key) || url.includes(encodeURIComponent(key)))),
    ).toEqual([]);
  });
});
