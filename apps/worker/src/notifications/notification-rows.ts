import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { prepared, type NotificationEntity } from '@app/persistence';
import { NOTIFICATION_LEASE_MS } from '@app/queue';

/** A row claimed for sending: what the send needs, and its attempt (counted when claimed). */
export type Claimed = Pick<
  NotificationEntity,
  'id' | 'recipientEmail' | 'subject' | 'bodyText' | 'bodyHtml' | 'attachments' | 'containsSecret' | 'attempts'
>;

// The queued rows due, oldest first, that no other worker holds: each is moved a lease ahead (a
// worker that dies leaves it to another once the lease lapses) and its attempt is counted.
const CLAIM = prepared(`UPDATE notifications n SET next_attempt_at = now() + $2 * interval '1 millisecond',
  attempts = n.attempts + 1
  FROM (SELECT id FROM notifications WHERE status = 'queued' AND next_attempt_at <= now()
         ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED) due
  WHERE n.id = due.id
  RETURNING n.id, n.recipient_email AS "recipientEmail", n.subject, n.body_text AS "bodyText",
    n.body_html AS "bodyHtml", n.attachments, n.contains_secret AS "containsSecret", n.attempts`);
const RENEW = prepared(`UPDATE notifications SET next_attempt_at = now() + $2 * interval '1 millisecond'
  WHERE id = ANY($1::uuid[]) AND status = 'queued'`);
// A secret (an access key, a link token) is not kept once delivered.
const SENT = prepared(`UPDATE notifications n SET status = 'sent', message_id = s.message_id, sent_at = now(),
  body_text = CASE WHEN n.contains_secret THEN NULL ELSE n.body_text END,
  body_html = CASE WHEN n.contains_secret THEN NULL ELSE n.body_html END
  FROM unnest($1::uuid[], $2::text[]) AS s(id, message_id) WHERE n.id = s.id`);
// A failed attempt (rare) is recorded on its own; a secret is not kept once the send is given up.
const FAILED = `UPDATE notifications SET last_error = $2, next_attempt_at = now() + $3 * interval '1 millisecond',
  status = CASE WHEN $4 THEN 'failed' ELSE status END,
  body_text = CASE WHEN $4 AND contains_secret THEN NULL ELSE body_text END,
  body_html = CASE WHEN $4 AND contains_secret THEN NULL ELSE body_html END
  WHERE id = $1 AND status = 'queued'`;

/** Most rows one statement claims or records. */
export const ROWS_PER_STATEMENT = 100;

/**
 * Sent-records wait this long for others to share their statement: a lane's sends complete one by
 * one, a few per turn of the event loop. A worker killed meanwhile sends those messages again.
 */
const SENT_RECORD_WINDOW_MS = 5;
const afterWindow = (run: () => void): void => void setTimeout(run, SENT_RECORD_WINDOW_MS);

interface SentRecord {
  id: string;
  messageId: string;
}

export interface FailedAttempt {
  id: string;
  /** The error's code, never its text. */
  error: string;
  retryInMs: number;
  final: boolean;
}

/**
 * The outbox as the worker sees it: claims of the rows due, and the records of their sends. The
 * sends that complete within SENT_RECORD_WINDOW_MS of each other share one statement for their records.
 */
@Injectable()
export class NotificationRows {
  private readonly sentRecords: DataLoader<SentRecord, true>;

  constructor(private readonly dataSource: DataSource) {
    this.sentRecords = new DataLoader(
      async (records) => {
        await dataSource.query(SENT, [records.map((r) => r.id), records.map((r) => r.messageId)]);
        return records.map(() => true as const);
      },
      { cache: false, maxBatchSize: ROWS_PER_STATEMENT, batchScheduleFn: afterWindow },
    );
  }

  /** Claims up to `limit` rows due (none another worker holds), for one lease. */
  async claim(limit = ROWS_PER_STATEMENT, leaseMs = NOTIFICATION_LEASE_MS): Promise<Claimed[]> {
    // An UPDATE answers [rows, count].
    const [claimed] = await this.dataSource.query<[Claimed[], number]>(CLAIM, [limit, leaseMs]);
    return claimed;
  }

  /** Keeps the rows still being sent from lapsing to another worker. */
  async renew(ids: readonly string[], leaseMs = NOTIFICATION_LEASE_MS): Promise<void> {
    if (ids.length > 0) await this.dataSource.query(RENEW, [ids, leaseMs]);
  }

  /** Marks the row sent with the server's message id, and forgets its secret. Rejects if the statement failed. */
  async recordSent(id: string, messageId: string): Promise<void> {
    await this.sentRecords.load({ id, messageId });
  }

  /** Records a failed attempt: tried again after `retryInMs`, or failed for good. */
  async recordFailed({ id, error, retryInMs, final }: FailedAttempt): Promise<void> {
    await this.dataSource.query(FAILED, [id, error, retryInMs, final]);
  }
}
