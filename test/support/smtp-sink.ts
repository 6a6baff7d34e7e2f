import type { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { PATIENCE_MS, waitFor } from './wait';

/** A real SMTP server in the test process that keeps every message it accepts. */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];
  private server?: SMTPServer;
  private delayMs = 0;
  private held = 0;
  private dropped = 0;
  private paused?: { until: Promise<void>; resume: () => void };
  private readonly closedSessions = new Set<string>();
  /** The sessions of the held messages (one at a time per session: SMTP waits for each reply). */
  private readonly holding = new Set<string>();

  get url(): string {
    return `smtp://127.0.0.1:${(this.server?.server.address() as AddressInfo).port}`;
  }

  /** Messages received in full but not yet answered (held by slowDown or pauseReplies). */
  get inFlight(): number {
    return this.held;
  }

  /** Messages dropped because the client hung up before the reply. */
  get discarded(): number {
    return this.dropped;
  }

  /** Held messages whose client has hung up since: they are dropped when their reply is due. */
  get abandoned(): number {
    return [...this.holding].filter((id) => this.closedSessions.has(id)).length;
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
            this.holding.add(session.id);
            if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
            while (this.paused) await this.paused.until;
            this.holding.delete(session.id);
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

  /**
   * Answers no message until resumeReplies(): those held stay held, whatever slowDown says. A test
   * can then kill a client with messages in flight without one being accepted meanwhile.
   */
  pauseReplies(): void {
    if (this.paused) return;
    const paused = {} as { until: Promise<void>; resume: () => void };
    paused.until = new Promise<void>((resolve) => (paused.resume = resolve));
    this.paused = paused;
  }

  resumeReplies(): void {
    const paused = this.paused;
    this.paused = undefined;
    paused?.resume();
  }

  async waitFor(count: number, timeoutMs = PATIENCE_MS): Promise<ParsedMail[]> {
    return waitFor(`${count} message(s)`, () => this.messages.length >= count && this.messages, {
      timeoutMs,
      describe: () => `${this.messages.length} message(s)`,
    });
  }

  /** Waits for a message matching `predicate` and returns it. */
  async waitUntil(predicate: (mail: ParsedMail) => boolean, timeoutMs = PATIENCE_MS): Promise<ParsedMail> {
    return waitFor('a matching message', () => this.messages.find(predicate), {
      timeoutMs,
      describe: () => `no match among ${this.messages.length}: ${this.messages.map((m) => m.subject).join(' | ')}`,
    });
  }

  async stop(): Promise<void> {
    this.resumeReplies();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
