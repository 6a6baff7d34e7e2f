import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '@app/config';
import { NOTIFICATION_LEASE_MS } from '@app/queue';
import { errorCodeOf, NotificationDeliveryService } from './notification-delivery.service';
import { Claimed, NotificationRows, ROWS_PER_STATEMENT } from './notification-rows';
import { WakeSignal } from './wake-signal';

/** Lanes claiming and sending at once: one sends while the other's batch ends. */
export const OUTBOX_LANES = 2;
/** A lane with nothing to send looks again after this even without a wake-up (retries come due). */
export const OUTBOX_POLL_MS = 1_000;
/**
 * A woken lane waits this long before it claims, so that the rows of the commits that follow the
 * one that woke it go in the same claim: at 150 complaints a second a claim per wake-up took one
 * row each. An email leaves this much later.
 */
export const OUTBOX_GATHER_MS = 20;
/** The channel the notifications table's trigger notifies when rows are written. */
export const OUTBOX_CHANNEL = 'notifications_queued';
const LISTEN_RETRY_MS = 1_000;

/**
 * Drains the outbox: each lane claims up to a batch of the notifications due (FOR UPDATE SKIP
 * LOCKED, so workers never share a row), sends them over the SMTP pool and records each outcome,
 * renewing the claim while sends run. A lane that claimed less than a batch sleeps until PostgreSQL
 * notifies a write (LISTEN; one lane wakes per notice, and gathers for OUTBOX_GATHER_MS before it
 * claims) or a poll interval passes. Emails never go through Redis: what the
 * database holds is sent, whatever Redis loses.
 */
@Injectable()
export class OutboxDrainService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxDrainService.name);
  protected readonly wake = new WakeSignal();
  /** How long an idle lane sleeps without a wake-up (a test may lengthen it to show the wake-ups alone). */
  protected readonly pollMs: number = OUTBOX_POLL_MS;
  private lanes: Promise<void>[] = [];
  private listener?: Client;
  private stopping = false;

  constructor(
    private readonly config: AppConfig,
    private readonly rows: NotificationRows,
    private readonly delivery: NotificationDeliveryService,
  ) {}

  onApplicationBootstrap(): void {
    void this.listen();
    this.lanes = Array.from({ length: OUTBOX_LANES }, () => this.lane());
  }

  /** Stops claiming and lets the batches in flight finish (before the database connections close). */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wake.release();
    await Promise.all(this.lanes);
    await this.listener?.end().catch(() => undefined);
  }

  private async lane(): Promise<void> {
    while (!this.stopping) {
      let claimed = 0;
      try {
        claimed = await this.drainBatch();
      } catch (error) {
        this.logger.warn({ error: errorCodeOf(error) }, 'outbox claim failed');
      }
      if (claimed >= ROWS_PER_STATEMENT || this.stopping) continue;
      const woken = await this.wake.wait(this.pollMs);
      if (woken && !this.stopping) await new Promise((resolve) => setTimeout(resolve, OUTBOX_GATHER_MS));
    }
  }

  /**
   * Claims, sends and records one batch; returns how many rows it claimed. The whole batch goes to
   * the SMTP pool at once: its queue keeps every connection busy while records are written (a few
   * sends at a time, each waiting for its record, sent a third fewer emails per second).
   */
  private async drainBatch(): Promise<number> {
    const batch = await this.rows.claim();
    if (batch.length === 0) return 0;
    // A full batch may have left more behind: another lane claims them while this one sends.
    if (batch.length >= ROWS_PER_STATEMENT) this.wake.fire();
    const inFlight = new Set(batch.map((row) => row.id));
    const renewal = setInterval(
      () => void this.rows.renew([...inFlight]).catch(() => undefined),
      NOTIFICATION_LEASE_MS / 3,
    );
    try {
      await Promise.all(
        batch.map(async (row) => {
          await this.send(row);
          inFlight.delete(row.id);
        }),
      );
    } finally {
      clearInterval(renewal);
    }
    return batch.length;
  }

  private async send(row: Claimed): Promise<void> {
    try {
      const outcome = await this.delivery.deliver(row);
      if (outcome.status === 'failed')
        this.logger.warn(
          { notificationId: row.id, attempt: row.attempts, error: outcome.error, final: outcome.final },
          'notification not sent',
        );
    } catch (error) {
      // Its record could not be written: the lease lapses and the row is claimed again.
      this.logger.error({ notificationId: row.id, error: errorCodeOf(error) }, 'notification outcome not recorded');
    }
  }

  /** LISTENs on its own connection, and again after losing it (the poll covers the gap). */
  private async listen(): Promise<void> {
    if (this.stopping) return;
    const client = new Client({ connectionString: this.config.database.url, application_name: 'outbox-listener' });
    // Held from the start, so that a shutdown during the connect ends it too.
    this.listener = client;
    let retried = false;
    const retry = () => {
      if (retried || this.stopping) return;
      retried = true;
      setTimeout(() => void this.listen(), LISTEN_RETRY_MS).unref();
    };
    client.on('notification', () => this.wake.fire());
    client.on('error', (error) => {
      this.logger.warn({ error: errorCodeOf(error) }, 'outbox listener lost');
      retry();
    });
    client.on('end', retry);
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      // Rows written while it was not listening.
      this.wake.fire();
    } catch (error) {
      this.logger.warn({ error: errorCodeOf(error) }, 'outbox listener not connected');
      await client.end().catch(() => undefined);
      retry();
    }
  }
}
