import { Injectable } from '@nestjs/common';
import { SmtpMailer } from '@app/mail';
import { NOTIFICATION_ATTEMPTS, notificationBackoffMs } from '@app/queue';
import { Claimed, NotificationRows } from './notification-rows';

export type DeliveryOutcome =
  | { status: 'sent'; messageId: string }
  /** `final`: given up (the last attempt, or a permanent refusal); otherwise tried again later. */
  | { status: 'failed'; error: string; final: boolean };

/** A worker died while holding the row on its last attempt: not tried again (it may be what kills it). */
export const ABANDONED = 'ABANDONED';

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
 * Sends one claimed notification and records the outcome on its row: sent with the message id, or
 * the attempt's error and when it is tried again (the backoff of the retry policy), or given up.
 */
@Injectable()
export class NotificationDeliveryService {
  constructor(
    private readonly rows: NotificationRows,
    private readonly mailer: SmtpMailer,
  ) {}

  async deliver(row: Claimed): Promise<DeliveryOutcome> {
    if (row.attempts > NOTIFICATION_ATTEMPTS) return this.failed(row, ABANDONED, true);
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
      return this.failed(row, errorCodeOf(error), row.attempts >= NOTIFICATION_ATTEMPTS || isPermanent(error));
    }
    // The server has taken the message: from here on a failure must not send it again, so the
    // record is retried (PostgreSQL restarting) rather than the send, which would mail it twice.
    await untilRecorded(() => this.rows.recordSent(row.id, messageId));
    return { status: 'sent', messageId };
  }

  private async failed(row: Claimed, error: string, final: boolean): Promise<DeliveryOutcome> {
    await this.rows.recordFailed({ id: row.id, error, retryInMs: notificationBackoffMs(row.attempts), final });
    return { status: 'failed', error, final };
  }
}

/** How long a sent message's record is retried (a PostgreSQL restart or failover) before it is given up. */
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
