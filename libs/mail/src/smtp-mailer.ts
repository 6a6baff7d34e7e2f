import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import SMTPPool from 'nodemailer/lib/smtp-pool';
import { AppConfig } from '@app/config';
import { MailMessage } from './mail-message';
import { messageIdFor } from './message-id';
import { smtpSocket } from './smtp-socket';

export const SMTP_MESSAGES_PER_CONNECTION = 100;

/** The SMTP driver: the only code that talks to the mail server. */
@Injectable()
export class SmtpMailer implements OnApplicationShutdown {
  private readonly transport: Transporter<SMTPPool.SentMessageInfo>;

  constructor(private readonly config: AppConfig) {
    // Pooled: a connection carries many messages (one per message costs a handshake each).
    // (A url passed to createTransport would drop every other option: the pool takes it itself.)
    this.transport = createTransport(
      new SMTPPool({
        url: config.mail.smtpUrl,
        pool: true,
        maxConnections: config.mail.connections,
        maxMessages: SMTP_MESSAGES_PER_CONNECTION,
        // With its own socket the pool times the connection by the server's greeting.
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
        getSocket: smtpSocket,
      }),
    );
  }

  async send(message: MailMessage): Promise<{ messageId: string }> {
    const info = await this.transport.sendMail({
      from: this.config.mail.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.messageKey ? { 'X-Message-Key': message.messageKey } : undefined,
      // A keyed message keeps one Message-ID on every attempt: a resend is the same message.
      messageId: message.messageKey ? messageIdFor(message.messageKey, this.config.mail.from) : undefined,
      attachments: message.attachments?.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: Buffer.from(a.contentBase64, 'base64'),
      })),
    });
    return { messageId: info.messageId };
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
