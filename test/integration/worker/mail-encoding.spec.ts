import { SmtpMailer } from '@app/mail';
import { SmtpSink } from '../../support/smtp-sink';
import { testConfig } from '../../support/test-env';

// Our emails are Vietnamese first. Quoted-printable writes nearly every word of such text as
// escapes, made character by character; base64 is smaller for it and made natively (issue 13,
// bench/notifications). The reader's mail program decodes either: the words arrive unchanged.

describe('the encoding of an email’s text and HTML', () => {
  let sink: SmtpSink;
  let mailer: SmtpMailer;

  beforeAll(async () => {
    sink = await new SmtpSink().start();
    mailer = new SmtpMailer(testConfig({ SMTP_URL: sink.url }));
  });
  afterAll(async () => {
    mailer?.onApplicationShutdown();
    await sink?.stop();
  });

  it('is base64 for both parts, and the words arrive as written', async () => {
    const text = 'Hồ sơ TN-2026-000123 của bạn đã được tiếp nhận. Doanh nghiệp phải trả lời trong 7 ngày làm việc.';
    const html = `<p style="margin:0">${text}</p>`;
    await mailer.send({
      to: 'nguoi-tieu-dung@example.vn',
      subject: 'Đã tiếp nhận',
      text,
      html,
      messageKey: 'encoding-1',
    });
    const [mail] = await sink.waitFor(1);

    const source = sink.sourceOf(mail);
    const parts = source.split(/^--/m).filter((part) => /^Content-Type: text\/(plain|html)/im.test(part));
    expect(parts.map((part) => /^Content-Transfer-Encoding: (\S+)/im.exec(part)?.[1])).toEqual(['base64', 'base64']);
    expect(source).not.toMatch(/quoted-printable/i);
    expect(mail.text?.trim()).toBe(text);
    expect(mail.html).toContain(text);
  });
});
