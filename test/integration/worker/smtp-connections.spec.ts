import { SmtpMailer } from '@app/mail';
import { SmtpSink } from '../../support/smtp-sink';
import { testConfig } from '../../support/test-env';

// The worker's SMTP pool opens up to SMTP_CONNECTIONS connections at once (10 unless configured):
// a connection waits for each reply of the server in turn, so more connections send more at once,
// and an operator whose relay allows fewer per client lowers it. A real SMTP server in the test
// process holds each message for a while, so that the sends overlap and the connections show.

const MESSAGES = 25;
const HOLD_MS = 300;

describe('SmtpMailer connections', () => {
  let sink: SmtpSink | undefined;
  let mailer: SmtpMailer | undefined;

  afterEach(async () => {
    mailer?.onApplicationShutdown();
    await sink?.stop();
  });

  /** Sends MESSAGES at once through a mailer with `env`; returns the most the server held at once. */
  async function mostAtOnce(env: Record<string, string>): Promise<number> {
    sink = await new SmtpSink().start();
    sink.slowDown(HOLD_MS);
    mailer = new SmtpMailer(testConfig({ SMTP_URL: sink.url, ...env }));
    const sent = await Promise.all(
      Array.from({ length: MESSAGES }, (_, i) =>
        mailer!.send({ to: `nguoi-${i}@example.vn`, subject: `Thư ${i}`, text: 'Nội dung' }),
      ),
    );
    expect(sent).toHaveLength(MESSAGES);
    expect(sink.messages).toHaveLength(MESSAGES);
    return sink.peakInFlight;
  }

  it('sends over 10 connections at once by default', async () => {
    expect(await mostAtOnce({})).toBe(10);
  });

  it('opens no more than SMTP_CONNECTIONS says (a relay that allows 3 per client)', async () => {
    expect(await mostAtOnce({ SMTP_CONNECTIONS: '3' })).toBe(3);
  });
});
