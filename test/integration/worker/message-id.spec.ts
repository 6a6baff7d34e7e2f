import { SmtpMailer } from '@app/mail';
import { SmtpSink } from '../../support/smtp-sink';
import { testConfig } from '../../support/test-env';

// A keyed message sent twice (a retry after a reply that never came) reaches the server as the same
// message: the same Message-ID, which is also what the sender records. Without a key, nodemailer's
// random id. A real SMTP server in the test process.

describe('SmtpMailer message ids', () => {
  let sink: SmtpSink;
  let mailer: SmtpMailer;

  beforeAll(async () => {
    sink = await new SmtpSink().start();
    mailer = new SmtpMailer(testConfig({ SMTP_URL: sink.url, MAIL_FROM: 'Sở Công Thương <no-reply@sct.example.vn>' }));
  });
  afterAll(async () => {
    mailer?.onApplicationShutdown();
    await sink?.stop();
  });

  const message = (messageKey?: string) => ({
    to: 'nguoi-dung@example.vn',
    subject: 'Đã nhận',
    text: 'Xin chào',
    messageKey,
  });

  it('keeps one Message-ID for a keyed message on every attempt', async () => {
    const first = await mailer.send(message('5d0e3c52-0f0b-4f7e-9a51-2b7b9c1d9e10'));
    const again = await mailer.send(message('5d0e3c52-0f0b-4f7e-9a51-2b7b9c1d9e10'));
    expect(first.messageId).toBe('<5d0e3c52-0f0b-4f7e-9a51-2b7b9c1d9e10@sct.example.vn>');
    expect(again.messageId).toBe(first.messageId);
    const received = sink.messages.filter(
      (m) => m.headers.get('x-message-key') === '5d0e3c52-0f0b-4f7e-9a51-2b7b9c1d9e10',
    );
    expect(received.map((m) => m.messageId)).toEqual([first.messageId, first.messageId]);
  });

  it('gives messages without a key ids of their own', async () => {
    const [a, b] = [await mailer.send(message()), await mailer.send(message())];
    expect(a.messageId).not.toBe(b.messageId);
  });
});
