import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { isUuid } from '@app/cases';
import { prepared, type NotificationEntity } from '@app/persistence';

/** What a send needs of the row. */
export type Outgoing = Pick<
  NotificationEntity,
  'id' | 'recipientEmail' | 'subject' | 'bodyText' | 'bodyHtml' | 'attachments' | 'containsSecret' | 'status'
>;

const READ =
  prepared(`SELECT id, recipient_email AS "recipientEmail", subject, body_text AS "bodyText", body_html AS "bodyHtml",
  attachments, contains_secret AS "containsSecret", status FROM notifications WHERE id = ANY($1::uuid[])`);
// A secret (an access key, a link token) is not kept once delivered.
const SENT = prepared(`UPDATE notifications n SET status = 'sent', attempts = n.attempts + 1,
  message_id = s.message_id, sent_at = now(),
  body_text = CASE WHEN n.contains_secret THEN NULL ELSE n.body_text END,
  body_html = CASE WHEN n.contains_secret THEN NULL ELSE n.body_html END
  FROM unnest($1::uuid[], $2::text[]) AS s(id, message_id) WHERE n.id = s.id`);

/** Most rows one statement reads or records. */
export const ROWS_PER_STATEMENT = 100;

/** A batch runs once this turn of the event loop has run every callback that was ready in it. */
const atEndOfTurn = (run: () => void): void => void setImmediate(run);

interface SentRecord {
  id: string;
  messageId: string;
}

/**
 * The worker's reads and sent-records of notification rows, gathered per turn of the event loop:
 * the sends in flight (one per job, WORKER_CONCURRENCY of them) that reach the same step in one
 * turn share one statement. Two statements per email were a fifth of the worker's CPU, most of it
 * the socket writes (bench/notifications).
 */
@Injectable()
export class NotificationRows {
  private readonly reads: DataLoader<string, Outgoing | undefined>;
  private readonly sentRecords: DataLoader<SentRecord, true>;

  constructor(dataSource: DataSource) {
    const options = { cache: false, maxBatchSize: ROWS_PER_STATEMENT, batchScheduleFn: atEndOfTurn } as const;
    this.reads = new DataLoader(async (ids) => {
      const rows = await dataSource.query<Outgoing[]>(READ, [ids]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    }, options);
    this.sentRecords = new DataLoader(async (records) => {
      await dataSource.query(SENT, [records.map((r) => r.id), records.map((r) => r.messageId)]);
      return records.map(() => true as const);
    }, options);
  }

  /** The row, or undefined when there is none with this id. */
  read(id: string): Promise<Outgoing | undefined> {
    // Not a uuid: no row, and no cast error for the other ids of its statement.
    if (!isUuid(id)) return Promise.resolve(undefined);
    return this.reads.load(id.toLowerCase());
  }

  /** Marks the row sent with the server's message id, and forgets its secret. Rejects if the statement failed. */
  async recordSent(id: string, messageId: string): Promise<void> {
    await this.sentRecords.load({ id, messageId });
  }
}
