import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ParsedMail } from 'mailparser';
import type { Page } from 'playwright-core';
import { createCase, CreatedCase, detail, driveTo, login, mailTo, orgId, userId } from '../support/case-factory';
import { businessTokenIn, isMediationRequestTo } from '../support/lifecycle-client';
import { BrowserStack, Language, linksIn, startBrowserStack } from './support/browser-stack';
import { expectAccessible, expectNoHorizontalScroll } from './support/checks';

// Issue 9, "The business": /business/{token}, the page a business reaches from the link emailed to
// it. The link's purpose (negotiation, result_report, mediation) decides what the page offers.

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const REMEDY = 'Cửa hàng hoàn lại 1.290.000 đồng trong 5 ngày làm việc.';
const PLACE = 'Phòng 204, Hội Bảo vệ quyền lợi người tiêu dùng tỉnh, 18 Hoàng Văn Thụ';
/** Screenshots of each state, for a person to look at: only when BUSINESS_SHOTS names a folder. */
const SHOTS = process.env.BUSINESS_SHOTS;

/** An instant `days` ahead on a quarter hour, in Hà Nội time, as the session form wants it. */
const inDays = (days: number): string => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCMinutes(d.getUTCMinutes() - (d.getUTCMinutes() % 15), 0, 0);
  return `${new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
};

/** The UID of the .ics a mail carries (a session's invitation), if any. */
const uidIn = (mail: ParsedMail): string | undefined =>
  /^UID:(.+)$/m.exec(
    mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString() ?? '',
  )?.[1];

/** The token at the end of the business's link. */
const tokenOf = (link: string): string => String(new URL(link).pathname.split('/').pop());

/** The last day of a period ending at `dueAt` (24:00 of that day in Hà Nội), as dd/mm/yyyy. */
const lastDay = (dueAt: string): string => {
  const [year, month, day] = new Date(Date.parse(dueAt) - 1 + 7 * 3_600_000).toISOString().slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
};

describe('the business’s page /business/{token} (issue 9)', () => {
  let web: BrowserStack;
  let officer: string;
  /** Every api URL the browser asked for, and every link token of the test: none may be in one. */
  const apiRequests: string[] = [];
  const tokens: string[] = [];

  beforeAll(async () => {
    web = await startBrowserStack();
    officer = await login(web.stack.http, 'officer@demo.test');
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(() => web?.stop());

  /** A page in a fresh browser context, its api requests recorded. */
  async function newPage(options: { width?: number; language?: Language } = {}): Promise<Page> {
    const page = await web.newPage(options);
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request.url());
    });
    return page;
  }

  /** axe (0 serious/critical) and no sideways scrolling at 360 px, in the page's current language. */
  async function checkPage(page: Page, name: string): Promise<void> {
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/${name}-360.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.screenshot({ path: `${SHOTS}/${name}-1280.png`, fullPage: true });
      await page.setViewportSize({ width: 360, height: 800 });
    }
  }

  /** The same checks in Vietnamese, then in English through the visible switch. Leaves the page in English. */
  async function checkBothLanguages(page: Page, name: string): Promise<void> {
    await checkPage(page, `${name}-vi`);
    await switchTo(page, 'en');
    await checkPage(page, `${name}-en`);
  }

  async function switchTo(page: Page, language: Language): Promise<void> {
    await page.click(`.language-switch button[lang="${language}"]`);
    await page.waitForSelector(`html[lang="${language}"]`);
  }

  /** A case the officer accepted and forwarded to the business (API); the link from the business's email. */
  async function forwarded(): Promise<{ kase: CreatedCase; link: string }> {
    const kase = await createCase(web.stack.dataSource);
    await driveTo(web.stack.http, officer, kase.id, 'negotiation');
    const mail = await mailTo(web.stack.smtp, kase.businessEmail, (m) => businessTokenIn(m.text) !== undefined);
    const link = linksIn(mail.text).find((l) => l.includes('/business/'));
    if (!link) throw new Error(`no business link in: ${mail.text}`);
    tokens.push(tokenOf(link));
    return { kase, link: web.localUrl(link) };
  }

  const pageText = (page: Page) => page.innerText('main');

  it('the business opens its emailed link, proposes a remedy with a document; after the consumer accepts, it reports the result (Art 57.5)', async () => {
    const { kase, link } = await forwarded();
    const page = await newPage({ width: 360 });
    await page.goto(link);
    await page.waitForSelector('#respond-title');
    const text = await pageText(page);
    expect(text).toContain(kase.trackingCode);
    // The consumer did not share contact details: none shown (the api hides them), and it says so.
    expect(text).not.toContain('0912345678');
    expect(text).not.toContain(kase.consumerEmail);
    expect(text).toContain('không đồng ý chia sẻ');
    // The deadlines the law sets, explained (Arts 31.2, 57.2).
    expect(text).toContain('Khoản 2 Điều 31');
    expect(text).toContain('Khoản 2 Điều 57');
    // Each with its last day and the working days left, as the api counts them (passed on today: 3 and 7).
    const { deadlines } = (await web.stack.http.get(`/api/v1/business/${tokenOf(link)}`).expect(200)).body as {
      deadlines: { kind: string; dueAt: string }[];
    };
    expect(deadlines.map((d) => d.kind)).toEqual(['business_acknowledgement', 'business_negotiation']);
    const dueText = await page.innerText('.business-deadlines');
    expect(dueText).toContain(`Hạn cuối: ${lastDay(deadlines[0].dueAt)} — còn 3 ngày làm việc`);
    expect(dueText).toContain(`Hạn cuối: ${lastDay(deadlines[1].dueAt)} — còn 7 ngày làm việc`);
    await checkPage(page, 'negotiation-vi');
    await switchTo(page, 'en');
    await checkPage(page, 'negotiation-en');
    await switchTo(page, 'vi');

    // A document, checked in the browser first, then sent.
    await page.setInputFiles('#documents-files', { name: 'hoa-don.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.click('#documents-title ~ form button[type="submit"]');
    await page.waitForSelector('.business-sent li:has-text("hoa-don.pdf")');

    // The three response types are a radio group; the chosen one shows its fields.
    expect(await page.locator('fieldset legend').first().innerText()).toBe('Doanh nghiệp trả lời thế nào?');
    expect(await page.locator('input[name="respond-type"]').count()).toBe(3);
    expect(await page.locator('#respond-description').count()).toBe(0);
    await page.check('#respond-type-propose_remedy');
    await page.fill('#respond-description', REMEDY);
    await page.fill('#respond-amount', '1.290.000');
    await checkPage(page, 'negotiation-form-vi');
    await page.click('#respond-title ~ form button[type="submit"]');
    await page.waitForSelector('.business-done[role="status"]');
    await page.waitForSelector('#business-proposal');

    const consumerView = await web.stack.http
      .get(`/api/v1/complaints/${kase.trackingCode}`)
      .set('X-Access-Key', kase.accessKey)
      .expect(200);
    expect(consumerView.body.openProposal).toMatchObject({ description: REMEDY, amountVnd: 1_290_000 });
    expect(consumerView.body.evidence).toContainEqual(
      expect.objectContaining({ fileName: 'hoa-don.pdf', uploadedBy: 'business' }),
    );

    // The consumer accepts (API): the same link now asks for the result report, and only that.
    await web.stack.http
      .post(`/api/v1/complaints/${kase.trackingCode}/actions/accept_proposal`)
      .set('X-Access-Key', kase.accessKey)
      .send({})
      .expect(200);
    await page.reload();
    await page.waitForSelector('#report-title');
    expect(await page.locator('#respond-title').count()).toBe(0);
    expect(await page.locator('#documents-title').count()).toBe(0);
    expect(await pageText(page)).toContain('Khoản 5 Điều 57');
    await checkBothLanguages(page, 'result-report');

    await page.check('#report-result-agreement');
    await page.fill('#report-summary', 'Refunded 1,290,000 VND to the consumer.');
    await page.fill('#report-amount', '1290000');
    await page.click('#report-title ~ form button[type="submit"]');
    await page.waitForSelector('text=Report received');
    await checkPage(page, 'result-reported-en');
    await switchTo(page, 'vi');
    await checkPage(page, 'result-reported-vi');
    const staff = await detail(web.stack.http, officer, kase.id).expect(200);
    expect(staff.body.lifecycle.negotiationResult).toMatchObject({ result: 'agreement', amountVnd: 1_290_000 });
    await page.context().close();
  });

  it('shows each field’s error beside it and in the summary, in Vietnamese and after switching in English', async () => {
    const { link } = await forwarded();
    const page = await newPage({ width: 360 });
    await page.goto(link);
    await page.waitForSelector('#respond-title');
    const submit = '#respond-title ~ form button[type="submit"]';

    // Nothing chosen: the page's own check, in words from the catalog.
    await page.click(submit);
    await page.waitForSelector('.error-summary a[href="#respond-type-propose_remedy"]');
    expect(await page.innerText('#respond-type-error')).toBe('Chọn một cách trả lời');
    expect(await page.getAttribute('fieldset:has(#respond-type-propose_remedy)', 'aria-describedby')).toBe(
      'respond-type-error',
    );

    // Reasons too short: the api's message (400), beside the field, linked to it.
    await page.check('#respond-type-refuse_with_reasons');
    await page.fill('#respond-reasons', 'Không đúng.');
    await page.click(submit);
    await page.waitForSelector('#respond-reasons-error');
    expect(await page.innerText('#respond-reasons-error')).toBe('Tối thiểu 20 ký tự');
    expect(await page.getAttribute('#respond-reasons', 'aria-describedby')).toContain('respond-reasons-error');
    expect(await page.innerText('.error-summary')).toContain('Tối thiểu 20 ký tự');
    await checkPage(page, 'field-errors-vi');

    await switchTo(page, 'en');
    await page.click(submit);
    await page.waitForSelector('#respond-reasons-error:has-text("must be at least 20 characters")');
    expect(await page.innerText('.error-summary')).toContain('must be at least 20 characters');
    await page.check('#respond-type-ask_question');
    await page.click(submit);
    await page.waitForSelector('#respond-question-error');
    expect(await page.innerText('#respond-question-error')).toBe('Enter the question for the consumer');
    await checkPage(page, 'field-errors-en');

    // A file of the wrong type is refused before anything is sent.
    await page.setInputFiles('#documents-files', {
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('x'),
    });
    await page.waitForSelector('#documents-files-error');
    expect(await page.innerText('#documents-files-error')).toContain('notes.txt');
    await page.context().close();
  });

  it('a revoked or unknown link says what to do (contact the department) and shows nothing of the case', async () => {
    const { kase, link } = await forwarded();
    await web.stack.http
      .delete(`/api/v1/cases/${kase.id}/business-link`)
      .set('Authorization', `Bearer ${officer}`)
      .expect(204);
    const product = (await detail(web.stack.http, officer, kase.id).expect(200)).body.product as string;
    const unknown = web.url('/business/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    for (const [name, url] of [
      ['revoked', link],
      ['unknown', unknown],
    ] as const) {
      const page = await newPage({ width: 360 });
      await page.goto(url);
      await page.waitForSelector('h1:has-text("Đường dẫn này không còn dùng được")');
      const text = await pageText(page);
      expect(text).toContain('Sở Công Thương tỉnh Thái Nguyên');
      expect(text).toContain('mã khiếu nại');
      expect(text).not.toContain(kase.trackingCode);
      expect(text).not.toContain(product);
      expect(text).not.toContain('Cửa hàng ABC');
      await checkBothLanguages(page, `ended-${name}`);
      expect(await page.innerText('h1')).toBe('This link no longer works');
      await page.context().close();
    }
  });

  describe('a mediation link (Law 19 Art 61)', () => {
    let associationId: string;
    let associationName: string;

    beforeAll(async () => {
      associationId = await orgId(web.stack.dataSource, 'HBVNTD');
      const [row] = await web.stack.dataSource.query<{ name: string }[]>(
        'SELECT name FROM organisations WHERE id = $1',
        [associationId],
      );
      associationName = row.name;
    });

    /** The consumer asks the association to mediate (API); the business's mediation link from its email. */
    async function mediationLink(): Promise<{ kase: CreatedCase; link: string }> {
      const { kase } = await forwarded();
      await web.stack.http
        .post(`/api/v1/complaints/${kase.trackingCode}/actions/request_mediation`)
        .set('X-Access-Key', kase.accessKey)
        .send({ organisationId: associationId, consumerConsent: true })
        .expect(200);
      const asked = await mailTo(web.stack.smtp, kase.businessEmail, isMediationRequestTo(kase.trackingCode));
      const link = linksIn(asked.text).find((l) => l.includes('/business/'));
      if (!link) throw new Error(`no business link in: ${asked.text}`);
      tokens.push(tokenOf(link));
      return { kase, link: web.localUrl(link) };
    }

    it('shows accept/decline naming the organisation; declining asks for an optional reason and a confirmation', async () => {
      const { kase, link } = await mediationLink();
      const page = await newPage({ width: 360 });
      await page.goto(link);
      await page.waitForSelector('#consent-title');
      expect(await pageText(page)).toContain(associationName);
      await page.waitForSelector(`button:has-text("Đồng ý hòa giải tại ${associationName}")`);
      await checkBothLanguages(page, 'mediation-consent');

      await page.click('button:has-text("Do not agree to mediation")');
      await page.waitForSelector('#decline-reason');
      await checkPage(page, 'mediation-decline-confirm-en');
      await switchTo(page, 'vi');
      await checkPage(page, 'mediation-decline-confirm-vi');
      await switchTo(page, 'en');
      await page.fill('#decline-reason', 'We prefer to settle this in court.');
      await page.click('button:has-text("Confirm: do not agree")');
      await page.waitForSelector('.business-done[role="status"]');
      expect((await detail(web.stack.http, officer, kase.id).expect(200)).body.status).toBe('unresolved');
      await page.context().close();
    });

    it('after accepting, shows the sessions with “add to calendar” (.ics) and the records', async () => {
      const { kase, link } = await mediationLink();
      const page = await newPage({ width: 360, language: 'en' });
      await page.goto(link);
      await page.click(`button:has-text("Agree to mediation by ${associationName}")`);
      await page.waitForSelector('#sessions-title');
      await page.waitForSelector('text=No session yet');

      // The organisation appoints its mediator, who schedules a session (API).
      const admin = await login(web.stack.http, 'mediation_admin@demo.test');
      const mediator = await login(web.stack.http, 'mediator@demo.test');
      const mediatorId = await userId(web.stack.dataSource, 'mediator@demo.test');
      await web.stack.http
        .post(`/api/v1/cases/${kase.id}/mediator`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ mediatorId })
        .expect(200);
      const scheduled = await web.stack.http
        .post(`/api/v1/cases/${kase.id}/sessions`)
        .set('Authorization', `Bearer ${mediator}`)
        .send({ mode: 'in_person', place: PLACE, startsAt: inDays(10), durationMinutes: 90 })
        .expect(201);

      await page.reload();
      await page.waitForSelector(`.session:has-text("${PLACE}")`);
      expect(await page.locator('#records-title').count()).toBe(1);
      await checkPage(page, 'mediation-sessions-en');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('button:has-text("Add to calendar")'),
      ]);
      expect(download.url()).toMatch(/^blob:/);
      const ics = await readFile(String(await download.path()), 'utf8');
      expect(ics).toContain('BEGIN:VEVENT');
      expect(ics).toContain('METHOD:PUBLISH');
      // The server's file: the invitation emailed to the business (in Vietnamese), the same UID.
      const invitation = await mailTo(web.stack.smtp, kase.businessEmail, (m) => uidIn(m) !== undefined);
      expect(uidIn(invitation)).toBe(
        `${scheduled.body.id as string}@${new URL(web.stack.config.publicBaseUrl).hostname}`,
      );
      expect(ics).toContain(`UID:${uidIn(invitation)}\r\n`);
      expect(ics).toContain('SEQUENCE:0');
      expect(ics).toContain(`SUMMARY:Hòa giải hồ sơ ${kase.trackingCode}`);
      await switchTo(page, 'vi');
      await checkPage(page, 'mediation-sessions-vi');
      await page.context().close();
    });
  });

  it('never puts a link token in an api URL: the page sends it in the X-Business-Token header', () => {
    expect(tokens.length).toBeGreaterThan(0);
    expect(apiRequests.some((url) => new URL(url).pathname === '/api/v1/business/link')).toBe(true);
    expect(apiRequests.filter((url) => tokens.some((token) => url.includes(token)))).toEqual([]);
    expect(apiRequests.filter((url) => /\/api\/v1\/business\/(?!link(?:\/|$))/.test(new URL(url).pathname))).toEqual(
      [],
    );
  });
});
