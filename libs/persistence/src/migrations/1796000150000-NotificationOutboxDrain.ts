import { MigrationInterface, QueryRunner } from 'typeorm';

// The worker drains the notifications table itself (issue 13, goal 5) instead of one queue job per
// email: it claims the rows due with FOR UPDATE SKIP LOCKED and sends them in batches.
//
// - next_attempt_at: when a queued row may be claimed. A claim moves it a lease ahead (a worker that
//   dies leaves the row to another once the lease runs out); a failed attempt moves it by the backoff.
// - ix_notifications_due replaces ix_notifications_queued (the sweep's, which no longer reads the table).
// - A statement-level trigger wakes the workers (LISTEN notifications_queued) when rows are written:
//   PostgreSQL delivers the notice at commit, once per transaction, and never for a rolled-back one.
export class NotificationOutboxDrain1796000150000 implements MigrationInterface {
  name = 'NotificationOutboxDrain1796000150000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`DROP INDEX IF EXISTS ix_notifications_queued`);
    await q.query(`CREATE INDEX ix_notifications_due ON notifications (next_attempt_at) WHERE status = 'queued'`);
    await q.query(`CREATE FUNCTION notifications_queued_wake() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('notifications_queued', ''); RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER notifications_queued_wake AFTER INSERT ON notifications
      FOR EACH STATEMENT EXECUTE FUNCTION notifications_queued_wake()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER notifications_queued_wake ON notifications`);
    await q.query(`DROP FUNCTION notifications_queued_wake()`);
    await q.query(`DROP INDEX ix_notifications_due`);
    await q.query(`CREATE INDEX ix_notifications_queued ON notifications (created_at) WHERE status = 'queued'`);
    await q.query(`ALTER TABLE notifications DROP COLUMN next_attempt_at`);
  }
}
