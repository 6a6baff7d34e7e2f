import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { SmtpMailer } from '@app/mail';
import { NotificationDeliveryService } from '../../../apps/worker/src/notifications/notification-delivery.service';
import { NotificationRows } from '../../../apps/worker/src/notifications/notification-rows';
import { SmtpSink } from '../../support/smtp-sink';
import { createTestDatabase, TestDatabase } from '../../support/test-database';
import { testConfig } from '../../support/test-env';

// The sends in flight share their statements: the rows read, and the rows recorded sent, in one
// turn of the event loop go to PostgreSQL as one statement each (two statements per email were a
// fifth of the worker's CPU, bench/notifications). Real PostgreSQL and a real SMTP server; the
// data source's query is only watched, every statement runs.

describe('notification rows shared by the sends in flight', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let sink: SmtpSink;
  let mailer: SmtpMailer;
  let statements: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await db.dataSource();
    sink = await new SmtpSink().start();
    mailer = new SmtpMailer(testConfig({ SMTP_URL: sink.url }));
    const query = dataSource.query.bind(dataSource);
    jest.spyOn(dataSource, 'query').mockImplementation((sql: string, parameters?: unknown[]) => {
      statements.push(sql);
      return query(sql, parameters);
    });
  });
  afterAll(async () => {
    mailer?.onApplicationShutdown();
    await sink?.stop();
    await db?.drop();
  });
  beforeEach(() => (statements = []));

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

  const rowsOf = (ids: string[]) =>
    dataSource.query<
      { id: string; status: string; message_id: string | null; attempts: number; body_text: string | null }[]
    >(`SELECT id, status, message_id, attempts, body_text FROM notifications WHERE id = ANY($1) ORDER BY id`, [ids]);

  const reads = () => statements.filter((sql) => /\bSELECT\b[\s\S]*FROM notifications/.test(sql));
  const sentRecords = () => statements.filter((sql) => sql.includes("status = 'sent'"));

  it('sends twelve deliveries started together with one read, and records every one as sent', async () => {
    const ids = await queued(12);
    const service = new NotificationDeliveryService(dataSource, new NotificationRows(dataSource), mailer);

    const outcomes = await Promise.all(ids.map((id) => service.deliver(id, false)));

    expect(outcomes.map((o) => o.status)).toEqual(ids.map(() => 'sent'));
    expect(reads()).toHaveLength(1);
    expect(sentRecords().length).toBeGreaterThanOrEqual(1);
    const rows = await rowsOf(ids);
    expect(rows.map((r) => r.status)).toEqual(ids.map(() => 'sent'));
    expect(rows.map((r) => r.attempts)).toEqual(ids.map(() => 1));
    const messageIds = new Map(ids.map((id, i) => [id, (outcomes[i] as { messageId: string }).messageId]));
    expect(rows.map((r) => r.message_id)).toEqual(rows.map((r) => messageIds.get(r.id)));
    // The secret is forgotten on the rows that carried one, the others keep their text.
    expect(rows.map((r) => r.body_text === null)).toEqual(rows.map((r) => ids.indexOf(r.id) % 2 === 0));
    const received = ids.map((id) => sink.messages.filter((m) => m.headers.get('x-message-key') === id).length);
    expect(received).toEqual(ids.map(() => 1));
  });

  it('records rows sent in one turn with one statement, each with its own message id', async () => {
    const ids = await queued(8);
    const rows = new NotificationRows(dataSource);

    await Promise.all(ids.map((id, i) => rows.recordSent(id, `<m${i}@example.vn>`)));

    expect(sentRecords()).toHaveLength(1);
    const recorded = await rowsOf(ids);
    expect(recorded.map((r) => [r.status, r.message_id])).toEqual(
      recorded.map((r) => ['sent', `<m${ids.indexOf(r.id)}@example.vn>`]),
    );
  });

  it('answers an unknown id and a malformed one with no row, and still reads the others in their statement', async () => {
    const ids = await queued(3);
    const rows = new NotificationRows(dataSource);

    const found = await Promise.all(
      [...ids, randomUUID(), 'not-a-uuid', ids[0].toUpperCase()].map((id) => rows.read(id)),
    );

    expect(found.map((row) => row?.id)).toEqual([...ids, undefined, undefined, ids[0]]);
    expect(found[1]).toMatchObject({ recipientEmail: 'nguoi-1@example.vn', subject: 'Thư 1', status: 'queued' });
    expect(reads()).toHaveLength(1);
  });

  it('reads rows requested in different turns with a statement per turn', async () => {
    const ids = await queued(2);
    const rows = new NotificationRows(dataSource);

    await rows.read(ids[0]);
    await rows.read(ids[1]);

    expect(reads()).toHaveLength(2);
  });
});
