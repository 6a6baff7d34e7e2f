import { SmtpMailer } from '@app/mail';
import { SmtpSink } from '../../support/smtp-sink';
import { testConfig } from '../../support/test-env';
import { readUntil } from '../../support/wait';

// The worker's SMTP pool opens up to SMTP_CONNECTIONS connections at once (10 unless configured):
// a connection waits for each reply of the server in turn, so more connections send more at once,
// and an operator whose relay allows fewer per client lowers it. A real SMTP server in the test
// process answers nothing until told: each connection the pool opens then holds one message.

const MESSAGES = 25;
/** After the pool has filled its connections, how long the test watches for one more. */
const SETTLE_MS = 500;

describe('SmtpMailer connections', () => {
  let sink: SmtpSink | undefined;
  let mailer: SmtpMailer | undefined;

  afterEach(async () => {
    mailer?.onApplicationShutdown();
    await sink?.stop();
  });

  /** Sends MESSAGES at once through a mailer with `env`; returns how many the server held at once. */
  async function heldAtOnce(env: Record<string, string>, expected: number): Promise<number> {
    const server = await new SmtpSink().start();
    sink = server;
    server.pauseReplies();
    mailer = new SmtpMailer(testConfig({ SMTP_URL: server.url, ...env }));
    const smtp = mailer;
    const sending = Promise.all(
      Array.from({ length: MESSAGES }, (_, i) =>
        smtp.send({ to: `nguoi-${i}@example.vn`, subject: `Thư ${i}`, text: 'Nội dung' }),
      ),
    );
    // A slow machine only makes this wait longer: nothing is answered meanwhile.
    await readUntil(
      `${expected} messages held`,
      () => server.inFlight,
      (n) => n >= expected,
      { timeoutMs: 20_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const held = server.inFlight;
    server.resumeReplies();
    expect(await sending).toHaveLength(MESSAGES);
    expect(server.messages).toHaveLength(MESSAGES);
    return held;
  }

  it('sends over 10 connections at once by default', async () => {
    expect(await heldAtOnce({}, 10)).toBe(10);
  });

  it('opens no more than SMTP_CONNECTIONS says (a relay that allows 3 per client)', async () => {
    expect(await heldAtOnce({ SMTP_CONNECTIONS: '3' }, 3)).toBe(3);
  });
});
