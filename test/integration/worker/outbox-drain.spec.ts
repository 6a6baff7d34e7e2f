import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { SmtpMailer } from '@app/mail';
import { NotificationDeliveryService } from '../../../apps/worker/src/notifications/notification-delivery.service';
import { NotificationRows, ROWS_PER_STATEMENT } from '../../../apps/worker/src/notifications/notification-rows';
import { OutboxDrainService } from '../../../apps/worker/src/notifications/outbox-drain.service';
import { SmtpSink } from '../../support/smtp-sink';
import { createTestDatabase, TestDatabase } from '../../support/test-database';
import { testConfig } from '../../support/test-env';
import { readUntil } from '../../support/wait';

// The worker's drain of the outbox (issue 13, goal 5): workers claim the notifications due from the
// database and send them, with no queue job per email. Two workers on one outbox send every email
// exactly once; an idle worker is woken by PostgreSQL's notice of a write (LISTEN), also after its
// listening connection was cut. Real PostgreSQL and a real SMTP server.

/** The outbox's rows, counting the claims made. */
class CountedRows extends NotificationRows {
  static claims = 0;

  override claim(...args: Parameters<NotificationRows['claim']>): ReturnType<NotificationRows['claim']> {
    CountedRows.claims += 1;
    return super.claim(...args);
  }
}

/** A drain whose lanes never wake by themselves: what it sends, it sends because it was notified. */
class NotifiedOnlyDrain extends OutboxDrainService {
  protected override readonly pollMs = 10 * 60_000;

  /** How many of its lanes wait for a wake-up now. */
  get lanesWaiting(): number {
    return this.wake.waiting;
  }
}

/** A notified-only drain that counts the notices PostgreSQL delivers to it. */
class CountedNoticesDrain extends NotifiedOnlyDrain {
  notices = 0;

  protected override notified(): void {
    this.notices += 1;
    super.notified();
  }
}

jest.setTimeout(120_000);

describe("the worker's drain of the outbox", () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let sink: SmtpSink;
  const mailers: SmtpMailer[] = [];
  const drains: OutboxDrainService[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await db.dataSource();
    sink = await new SmtpSink().start();
  });
  afterAll(async () => {
    await Promise.all(drains.map((drain) => drain.beforeApplicationShutdown()));
    for (const mailer of mailers) mailer.onApplicationShutdown();
    await sink?.stop();
    await db?.drop();
  });

  /** A worker's drain, with its own connections, started. */
  async function startDrain(
    Drain: typeof OutboxDrainService = OutboxDrainService,
    Rows: typeof NotificationRows = NotificationRows,
  ): Promise<OutboxDrainService> {
    const config = testConfig({ DATABASE_URL: db.url, SMTP_URL: sink.url });
    const mailer = new SmtpMailer(config);
    const rows = new Rows(await db.dataSource());
    const drain = new Drain(config, rows, new NotificationDeliveryService(rows, mailer));
    mailers.push(mailer);
    drains.push(drain);
    drain.onApplicationBootstrap();
    return drain;
  }

  async function write(count: number, tag: string): Promise<string[]> {
    const rows = await dataSource.query<{ id: string }[]>(
      `INSERT INTO notifications (message_key, recipient_kind, recipient_email, language, template, subject, body_text)
       SELECT $2 || '-' || i || '-' || $3, 'consumer', 'nguoi-' || i || '@example.vn', 'vi', 'message', 'Thư ' || i, 'Nội dung'
         FROM generate_series(1, $1::int) AS i RETURNING id`,
      [count, tag, randomUUID()],
    );
    return rows.map((row) => row.id);
  }

  const keysReceived = () =>
    sink.messages.map((mail) => mail.headers.get('x-message-key')).filter((key): key is string => !!key);

  const sentCount = async (ids: readonly string[]) =>
    (
      await dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM notifications WHERE id = ANY($1) AND status = 'sent'`,
        [ids],
      )
    )[0].n;

  it('two workers on one outbox send each of 500 emails exactly once', async () => {
    const ids = await write(500, 'pair');
    await Promise.all([startDrain(), startDrain()]);

    await readUntil(
      'every email to be sent',
      () => sentCount(ids),
      (n) => n === ids.length,
      { timeoutMs: 90_000 },
    );

    const received = keysReceived().filter((key) => ids.includes(key));
    expect(received.sort()).toEqual([...ids].sort());
    const attempts = await dataSource.query<{ attempts: number; n: number }[]>(
      `SELECT attempts, count(*)::int AS n FROM notifications WHERE id = ANY($1) GROUP BY attempts`,
      [ids],
    );
    expect(attempts).toEqual([{ attempts: 1, n: 500 }]);
    await Promise.all(drains.splice(0).map((drain) => drain.beforeApplicationShutdown()));
  });

  it('wakes an idle worker when an email is written, and again after its listening connection was cut', async () => {
    await startDrain(NotifiedOnlyDrain);
    const listening = () =>
      dataSource.query<{ pid: number }[]>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'outbox-listener'
            AND query ILIKE 'LISTEN%'`,
      );
    await readUntil('the worker to listen', listening, (rows) => rows.length === 1);

    const first = await write(1, 'woken');
    await readUntil(
      'the email to be sent',
      () => sentCount(first),
      (n) => n === 1,
    );

    const [{ pid }] = await listening();
    await dataSource.query(`SELECT pg_terminate_backend($1)`, [pid]);
    await readUntil('the worker to listen again', listening, (rows) => rows.length === 1 && rows[0].pid !== pid);
    const second = await write(1, 'woken-again');
    await readUntil(
      'the email to be sent',
      () => sentCount(second),
      (n) => n === 1,
    );
    expect(keysReceived().filter((key) => [...first, ...second].includes(key))).toHaveLength(2);
  });

  it('a lane that claims a full batch wakes the other, which claims the next batch while the first is sending', async () => {
    await Promise.all(drains.splice(0).map((drain) => drain.beforeApplicationShutdown()));
    const drain = (await startDrain(NotifiedOnlyDrain, CountedRows)) as NotifiedOnlyDrain;
    // Idle before the rows are written: each lane's first claim, and the claim of the lane woken
    // once listening (for rows written before), are made and both lanes wait.
    await readUntil(
      'both lanes to wait after their first claims',
      () => ({ claims: CountedRows.claims, waiting: drain.lanesWaiting }),
      ({ claims, waiting }) => claims >= 3 && waiting === 2,
    );
    sink.pauseReplies();
    try {
      // One statement: one notice, which wakes one lane; only the full batch it claims wakes the other.
      const ids = await write(2 * ROWS_PER_STATEMENT + 50, 'full-batch');
      const claimed = () =>
        dataSource.query<{ claimed: number; sent: number }[]>(
          `SELECT count(*) FILTER (WHERE attempts > 0)::int AS claimed, count(*) FILTER (WHERE status = 'sent')::int AS sent
             FROM notifications WHERE id = ANY($1)`,
          [ids],
        );
      const [during] = await readUntil(
        'both lanes to hold a batch',
        claimed,
        ([n]) => n.claimed >= 2 * ROWS_PER_STATEMENT,
      );
      expect(during).toEqual({ claimed: 2 * ROWS_PER_STATEMENT, sent: 0 });
      sink.resumeReplies();
      await readUntil(
        'every email to be sent',
        () => sentCount(ids),
        (n) => n === ids.length,
        { timeoutMs: 90_000 },
      );
    } finally {
      sink.resumeReplies();
    }
  });
  it('stops listening while emails keep coming (no notice per commit), and listens again once they stop', async () => {
    await Promise.all(drains.splice(0).map((drain) => drain.beforeApplicationShutdown()));
    const drain = (await startDrain(CountedNoticesDrain)) as CountedNoticesDrain;
    const lastListenerQuery = async () =>
      (
        await dataSource.query<{ query: string }[]>(
          // The newest listener's: an earlier drain's may linger a moment after it was shut down.
          `SELECT query FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'outbox-listener'
            ORDER BY backend_start DESC LIMIT 1`,
        )
      )[0]?.query ?? '';
    await readUntil('the worker to listen', lastListenerQuery, (query) => query.startsWith('LISTEN'));
    await readUntil(
      'both lanes to wait',
      () => drain.lanesWaiting,
      (waiting) => waiting === 2,
    );

    // Four writers, each committing one email at a time, until the worker has stopped listening;
    // then 50 more each. Were it listening, PostgreSQL would deliver a notice for each of those commits.
    let unlistened = false;
    const ids: string[] = [];
    const writer = async (n: number) => {
      while (!unlistened) ids.push(...(await write(1, `flow-${n}`)));
      for (let i = 0; i < 50; i += 1) ids.push(...(await write(1, `flow-${n}`)));
    };
    const writing = Promise.all([0, 1, 2, 3].map(writer));
    await readUntil('the worker to stop listening', lastListenerQuery, (query) => query.startsWith('UNLISTEN'));
    const noticesBefore = drain.notices;
    unlistened = true;
    await writing;
    const commits = ids.length;
    await readUntil(
      'every email to be sent',
      () => sentCount(ids),
      (n) => n === commits,
      { timeoutMs: 90_000 },
    );
    expect(drain.notices - noticesBefore).toBeLessThan(200 / 4);
    expect(keysReceived().filter((key) => ids.includes(key))).toHaveLength(commits);

    // The rows stopped: the worker listens again, and a new email wakes it (its lanes never poll).
    await readUntil('the worker to listen again', lastListenerQuery, (query) => query.startsWith('LISTEN'));
    await readUntil(
      'both lanes to wait',
      () => drain.lanesWaiting,
      (waiting) => waiting === 2,
    );
    const later = await write(1, 'after-flow');
    await readUntil(
      'the later email to be sent',
      () => sentCount(later),
      (n) => n === 1,
    );
  });
});
