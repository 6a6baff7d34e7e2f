import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SmtpMailer } from '@app/mail';
import { NotificationRows } from './notification-rows';

// A failed attempt (rare) is recorded on its own; a secret is not kept once the send is given up.
const FAILED = `UPDATE notifications SET attempts = attempts + 1, last_error = $2,
  status = CASE WHEN $3 THEN 'failed' ELSE status END,
  body_text = CASE WHEN $3 AND contains_secret THEN NULL ELSE body_text END,
  body_html = CASE WHEN $3 AND contains_secret THEN NULL ELSE body_html END WHERE id = $1`;

export type DeliveryOutcome =
  { status: 'sent'; messageId: string } | { status: 'skipped'; reason: 'unknown' | 'already_sent' | 'failed' };

/** What is recorded of an error: its code, never its text (an SMTP answer can quote the address). */
export function errorCodeOf(error: unknown): string {
  const e = error as { code?: string; responseCode?: number; name?: string };
  return [e.code ?? e.name ?? 'Error', e.responseCode]
    .filter((part) => part !== undefined)
    .join(' ')
    .slice(0, 200);
}

/** SMTP's permanent refusals (5xx) are not retried: the address or the message is wrong. */
export function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * Sends one notification and records the outcome on its row: sent with the message id, or the
 * attempt and its error. A row already sent is skipped, so a duplicate job never mails twice.
 */
@Injectable()
export class NotificationDeliveryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: NotificationRows,
    private readonly mailer: SmtpMailer,
  ) {}

  async deliver(notificationId: string, lastAttempt: boolean): Promise<DeliveryOutcome> {
    const row = await this.rows.read(notificationId);
    if (!row) return { status: 'skipped', reason: 'unknown' };
    if (row.status === 'sent') return { status: 'skipped', reason: 'already_sent' };
    if (row.status === 'failed') return { status: 'skipped', reason: 'failed' };
    let messageId: string;
    try {
      ({ messageId } = await this.mailer.send({
        to: row.recipientEmail,
        subject: row.subject,
        text: row.bodyText ?? '',
        html: row.bodyHtml ?? undefined,
        attachments: row.attachments ?? undefined,
        messageKey: row.id,
      }));
    } catch (error) {
      const final = lastAttempt || isPermanent(error);
      await this.dataSource.query(FAILED, [row.id, errorCodeOf(error), final]);
      throw error;
    }
    // The server has taken the message: from here on a failure must not send it again, so the
    // record is retried (PostgreSQL restarting) rather than the job, which would mail it twice.
    await untilRecorded(() => this.rows.recordSent(row.id, messageId));
    return { status: 'sent', messageId };
  }
}

/** How long a sent message's record is retried (a PostgreSQL restart or failover) before the job fails. */
export const SENT_RECORD_PATIENCE_MS = 60_000;

async function untilRecorded(record: () => Promise<unknown>): Promise<void> {
  const giveUpAt = Date.now() + SENT_RECORD_PATIENCE_MS;
  for (let pauseMs = 250; ; pauseMs = Math.min(pauseMs * 2, 5_000)) {
    try {
      await record();
      return;
    } catch (error) {
      if (Date.now() + pauseMs > giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}
