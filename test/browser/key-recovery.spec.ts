import { complaintBody } from '../support/lifecycle-client';
import { mailTo } from '../support/case-factory';
import { BrowserStack, Language, startBrowserStack } from './support/browser-stack';
import { expectAccessible, expectNoHorizontalScroll } from './support/checks';

// Issue 12 item 4: the acknowledgement's body (with the key) is not kept, so a consumer who lost it
// asks for a new key on the tracking page with the code and the email they filed with.
jest.setTimeout(180_000);

const TEXT = {
  vi: { submit: 'Gửi mã mới đến email', sent: 'mã truy cập mới đã được gửi', emailMissing: 'Nhập email bạn đã dùng' },
  en: { submit: 'Send a new key to my email', sent: 'a new access key has been sent', emailMissing: 'Enter the email' },
};

describe('a consumer who lost the access key gets a new one from the tracking page', () => {
  let web: BrowserStack;
  const shots = process.env.SCREENSHOT_DIR;

  beforeAll(async () => {
    web = await startBrowserStack();
  });
  afterAll(() => web?.stop());

  it.each<[Language, number]>([
    ['vi', 360],
    ['en', 1280],
  ])('in %s at %i px: asks, reads the email, and the link opens the case', async (language, width) => {
    const email = `recover.${language}@example.vn`;
    const consumer = { ...(complaintBody().consumer as object), email };
    const filed = (await web.stack.http.post('/api/v1/complaints').send(complaintBody({ consumer })).expect(201))
      .body as { trackingCode: string; accessKey: string };
    await mailTo(web.stack.smtp, email);

    const page = await web.newPage({ language, width });
    await page.goto(web.url('/complaints/track'));
    await page.click(`button:has-text("${TEXT[language].submit}")`);
    await page.waitForSelector(`#recover-email-error, .field__error:has-text("${TEXT[language].emailMissing}")`);
    await page.fill('#recover-code', filed.trackingCode.toLowerCase());
    await page.fill('#recover-email', email.toUpperCase());
    await expectAccessible(page);
    await page.click(`button:has-text("${TEXT[language].submit}")`);
    await page.waitForSelector(`[role=status]:has-text("${TEXT[language].sent}")`);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    if (shots) await page.screenshot({ path: `${shots}/track-recovered-${language}-${width}.png`, fullPage: true });

    // The consumer filed in Vietnamese: the email is in Vietnamese whatever the page's language.
    const mail = await mailTo(web.stack.smtp, email, (m) => (m.text ?? '').includes('Mã truy cập mới'));
    const links = [...(mail.text ?? '').matchAll(/https?:\/\/\S+#key=\S+/g)].map((m) => m[0]);
    const newest = links[links.length - 1];
    expect(newest).toBeDefined();
    const fresh = await web.newPage({ language, width });
    await fresh.goto(web.localUrl(newest));
    await fresh.waitForSelector(`.case-lead:has-text("${filed.trackingCode}")`);
    // The old key no longer opens the case.
    await web.stack.http
      .get(`/api/v1/complaints/${filed.trackingCode}`)
      .set('X-Access-Key', filed.accessKey)
      .expect(404);
    await page.context().close();
    await fresh.context().close();
  });
});
