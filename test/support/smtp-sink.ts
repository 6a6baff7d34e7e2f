import type { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in the test process that keeps every message it accepts. */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];
  private server?: SMTPServer;
  private delayMs = 0;
  private held = 0;
  private dropped = 0;
  private readonly closedSessions = new Set<string>();

  get url(): string {
    return `smtp://127.0.0.1:${(this.server?.server.address() as AddressInfo).port}`;
  }

  /** Messages received in full but not yet answered (held by slowDown). */
  get inFlight(): number {
    return this.held;
  }

  /** Messages dropped because the client hung up before the reply. */
  get discarded(): number {
    return this.dropped;
  }

  async start(port = 0): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then(async (mail) => {
            this.held += 1;
            if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
            this.held -= 1;
            // A server takes a message on only with its 250 reply: if the client hung up before
            // the reply, the sender never learnt of it and will send it again, so it is dropped.
            if (this.closedSessions.has(session.id)) {
              this.dropped += 1;
              throw new Error('client closed the connection before the reply');
            }
            this.messages.push(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
      onClose: (session) => {
        this.closedSessions.add(session.id);
      },
    });
    // A client that vanishes mid-transaction (a killed worker: ECONNRESET) is what some tests do,
    // not a fault of the sink; without a listener the error would be thrown in the test process.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    return this;
  }

  /** Holds each message this long before accepting it (an in-flight send). */
  slowDown(ms: number): void {
    this.delayMs = ms;
  }

  async waitFor(count: number, timeoutMs = 15_000): Promise<ParsedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} message(s), got ${this.messages.length}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.messages;
  }

  /** Waits for a message matching `predicate` and returns it. */
  async waitUntil(predicate: (mail: ParsedMail) => boolean, timeoutMs = 15_000): Promise<ParsedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching message among ${this.messages.length}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
