import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { NOTIFICATION_ATTEMPTS } from '@app/queue';
import { NotificationRows } from '../../../apps/worker/src/notifications/notification-rows';
import { OUTBOX_CHANNEL } from '../../../apps/worker/src/notifications/outbox-drain.service';
import { createTestDatabase, TestDatabase } from '../../support/test-database';
import { waitFor } from '../../support/wait';

// The outbox as the worker sees it (issue 13, goal 5): claims of the rows due that no other worker
// holds, a lease that a dead worker's rows lapse from, failed attempts put off by the backoff, sent
// records shared by the sends that complete in one turn, and the trigger that wakes the workers.
// Real PostgreSQL; the data source's query is only watched, every statement runs.

interface Row {
  id: string;
  status: string;
  attempts: number;
  message_id: string | null;
  last_error: string | null;
  body_text: string | null;
  due_in_ms: number;
}

describe('the outbox rows the worker claims and records', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let rows: NotificationRows;
  let statements: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await db.dataSource();
    rows = new NotificationRows(dataSource);
    const query = dataSource.query.bind(dataSource);
    // An entity manager's query passes its transaction's runner as the third argument.
    jest.spyOn(dataSource, 'query').mockImplementation((...args: Parameters<DataSource['query']>) => {
      statements.push(args[0]);
      return query(...args);
    });
  });
  afterAll(async () => {
    await db?.drop();
  });
  beforeEach(async () => {
    // Each test starts with an empty outbox: a claim takes whatever is due.
    await dataSource.query(`DELETE FROM notifications`);
    statements = [];
  });

  /** Queued notifications, every other one carrying a secret; returns their ids in order. */
  async function queued(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const [{ id }] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO notifications (message_key, recipient_kind, recipient_email, language, template, subject,
           body_text, body_html, contains_secret)
         VALUES ($1, 'consumer', $2, 'vi', 'message', $3, $4, $5, $6) RETURNING id`,
        [randomUUID(), `nguoi-${i}@example.vn`, `Thư ${i}`, `Nội dung ${i}`, `<p>Nội dung ${i}</p>`, i % 2 === 0],
      );
      ids.push(id);
    }
    statements = [];
    return ids;
  }

  /** The rows, in the order of `ids`. */
  const rowsOf = (ids: readonly string[]) =>
    dataSource.query<Row[]>(
      `SELECT id, status, attempts, message_id, last_error, body_text,
              (extract(epoch FROM next_attempt_at - now()) * 1000)::int AS due_in_ms
         FROM notifications WHERE id = ANY($1) ORDER BY array_position($1::uuid[], id)`,
      [ids],
    );

  it('claims the rows due oldest first, with what a send needs, and counts the attempt', async () => {
    const ids = await queued(3);

    const claimed = await rows.claim(2);

    expect(claimed.map((row) => row.id)).toEqual(ids.slice(0, 2));
    expect(claimed[1]).toEqual({
      id: ids[1],
      recipientEmail: 'nguoi-1@example.vn',
      subject: 'Thư 1',
      bodyText: 'Nội dung 1',
      bodyHtml: '<p>Nội dung 1</p>',
      attachments: null,
      containsSecret: false,
      attempts: 1,
    });
    expect((await rowsOf(ids)).map((row) => row.attempts)).toEqual([1, 1, 0]);
  });

  it('never gives two claims the same row, even when they run at once', async () => {
    const ids = await queued(60);

    const claims = await Promise.all(Array.from({ length: 4 }, () => rows.claim(20)));

    const all = claims.flatMap((claim) => claim.map((row) => row.id));
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual([...ids].sort());
  });

  it('skips the rows another worker is claiming right now, without waiting for it', async () => {
    const ids = await queued(6);
    // Another worker's claim in progress: its transaction holds the first three rows.
    const claimed = await dataSource.transaction(async (m) => {
      await m.query(`SELECT id FROM notifications WHERE id = ANY($1) FOR UPDATE`, [ids.slice(0, 3)]);
      // Were the locked rows waited for, this claim would never return and the test would time out.
      return rows.claim(10);
    });

    expect(claimed.map((row) => row.id).sort()).toEqual(ids.slice(3).sort());
  });

  it('holds a claimed row for its lease: claimed again only once the lease has lapsed (a dead worker)', async () => {
    const [held, lapsed] = await queued(2);
    await dataSource.query(`UPDATE notifications SET next_attempt_at = now() + interval '1 hour' WHERE id = $1`, [
      lapsed,
    ]);
    // A claim whose lease lapses at once, as a dead worker's does once its time has passed.
    expect((await rows.claim(10, 0)).map((row) => row.id)).toEqual([held]);
    expect((await rows.claim(10, 60_000)).map((row) => [row.id, row.attempts])).toEqual([[held, 2]]);

    // Held for a minute now: no claim takes it, and a renewal keeps it held.
    expect(await rows.claim(10)).toEqual([]);
    await rows.renew([held], 120_000);
    const [row] = await rowsOf([held]);
    expect(row.due_in_ms).toBeGreaterThan(60_000);
  });

  it('puts a failed attempt off by its backoff, and a final one gives up and forgets the secret', async () => {
    const [secret, plain] = await queued(2);
    await rows.claim(10);

    await rows.recordFailed({ id: secret, error: 'ESOCKET', retryInMs: 8_000, final: false });
    await rows.recordFailed({ id: plain, error: 'ESOCKET', retryInMs: 8_000, final: false });
    const retrying = await rowsOf([secret, plain]);
    expect(retrying.map((row) => [row.status, row.last_error, row.body_text !== null])).toEqual([
      ['queued', 'ESOCKET', true],
      ['queued', 'ESOCKET', true],
    ]);
    for (const row of retrying) expect(row.due_in_ms).toBeGreaterThan(6_000);
    // Not due before its backoff has passed.
    expect(await rows.claim(10)).toEqual([]);

    await rows.recordFailed({ id: secret, error: 'Error 550', retryInMs: 0, final: true });
    const [failed] = await rowsOf([secret]);
    expect(failed).toMatchObject({ status: 'failed', last_error: 'Error 550', body_text: null });
    await dataSource.query(`UPDATE notifications SET next_attempt_at = now() - interval '1 second'`);
    expect((await rows.claim(10)).map((row) => row.id)).toEqual([plain]);
    expect(NOTIFICATION_ATTEMPTS).toBe(10);
  });

  it('records rows sent in one turn with one statement, each with its own message id, forgetting secrets', async () => {
    const ids = await queued(8);
    await rows.claim(10);
    statements = [];

    await Promise.all(ids.map((id, i) => rows.recordSent(id, `<m${i}@example.vn>`)));

    expect(statements.filter((sql) => sql.includes("status = 'sent'"))).toHaveLength(1);
    const recorded = await rowsOf(ids);
    expect(recorded.map((r) => [r.status, r.message_id, r.attempts])).toEqual(
      recorded.map((r) => ['sent', `<m${ids.indexOf(r.id)}@example.vn>`, 1]),
    );
    expect(recorded.map((r) => r.body_text === null)).toEqual(recorded.map((r) => ids.indexOf(r.id) % 2 === 0));
  });

  it('notifies the listening workers when rows are written, at commit, and not for a rolled-back write', async () => {
    const listener = new Client({ connectionString: db.url });
    const heard: string[] = [];
    listener.on('notification', (message) => heard.push(message.channel));
    await listener.connect();
    try {
      await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
      const insert = `INSERT INTO notifications (message_key, recipient_kind, recipient_email, language, template, subject,
         body_text) VALUES ($1, 'consumer', 'a@example.vn', 'vi', 'message', 's', 't')`;

      await dataSource.transaction(async (m) => {
        await m.query(insert, [randomUUID()]);
        await m.query(insert, [randomUUID()]);
        // Not before commit (a notice in a transaction is held until it commits).
        await listener.query('SELECT 1');
        expect(heard).toEqual([]);
      });
      await waitFor('the notice of the committed write', () => heard.length === 1);

      await expect(
        dataSource.transaction(async (m) => {
          await m.query(insert, [randomUUID()]);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      // A round trip on the listener's own connection delivers any notice already sent to it.
      await listener.query('SELECT 1');
      expect(heard).toEqual([OUTBOX_CHANNEL]);
    } finally {
      await listener.end();
    }
  });
});
