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
/**
 * A claim of at least this many rows after a gather means rows keep coming (faster than one per
 * gather): the lane claims again after OUTBOX_GATHER_MS without waiting to be woken, and while any
 * lane does, the worker stops listening, so that PostgreSQL no longer tells it of every commit.
 */
export const OUTBOX_FLOW_ROWS = 2;
/** The channel the notifications table's trigger notifies when rows are written. */
export const OUTBOX_CHANNEL = 'notifications_queued';
const LISTEN_RETRY_MS = 1_000;
const gather = () => new Promise((resolve) => setTimeout(resolve, OUTBOX_GATHER_MS));

/** Resolves when `change` does, or after `ms`, whichever is first. */
async function atMost(change: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([change, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/**
 * Drains the outbox: each lane claims up to a batch of the notifications due (FOR UPDATE SKIP
 * LOCKED, so workers never share a row), sends them over the SMTP pool and records each outcome,
 * renewing the claim while sends run. A lane that claimed less than a batch sleeps until PostgreSQL
 * notifies a write (LISTEN; one lane wakes per notice, and gathers for OUTBOX_GATHER_MS before it
 * claims) or a poll interval passes. While rows keep coming (OUTBOX_FLOW_ROWS), a lane claims again
 * after each gather without a wake-up and the worker UNLISTENs: under load a notice per commit woke
 * the worker and PostgreSQL's listening backend hundreds of times a second for rows the lane would
 * claim anyway. It listens again when the rows stop. Emails never go through Redis: what the
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
  /** Lanes claiming without wake-ups; the worker listens while there are none. */
  private flowingLanes = 0;
  /** Whether the listener should listen, and whether it does (on the connection it has now). */
  private wantListening = true;
  private listening = false;
  /** LISTEN and UNLISTEN, one after another on the listener's connection. */
  private listenChanges: Promise<void> = Promise.resolve();

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
    let flowing = false;
    while (!this.stopping) {
      let claimed = 0;
      try {
        claimed = await this.drainBatch();
      } catch (error) {
        this.logger.warn({ error: errorCodeOf(error) }, 'outbox claim failed');
      }
      if (claimed >= ROWS_PER_STATEMENT || this.stopping) continue;
      const flows = claimed >= OUTBOX_FLOW_ROWS;
      if (flows !== flowing) {
        flowing = flows;
        this.flowingLanes += flows ? 1 : -1;
        // An UNLISTEN only spares notices: no lane waits for it.
        if (flows && this.flowingLanes === 1) void this.listenWhile(false);
        if (!flows && this.flowingLanes === 0) {
          // Listening again, then one more claim, for the rows written before the LISTEN took effect.
          // A listener that does not answer holds the lane a poll interval at most: the poll covers it.
          await atMost(this.listenWhile(true), OUTBOX_POLL_MS);
          continue;
        }
      }
      if (flows) {
        await gather();
        continue;
      }
      const woken = await this.wake.wait(this.pollMs);
      if (woken && !this.stopping) await gather();
    }
    if (flowing) this.flowingLanes -= 1;
  }

  /** Asks the listener to listen (or not), after the changes asked before; resolves once done. */
  private listenWhile(listen: boolean): Promise<void> {
    this.wantListening = listen;
    this.listenChanges = this.listenChanges.then(() => this.applyListening());
    return this.listenChanges;
  }

  /**
   * Brings the listener's connection to what is wanted. A failure ends the connection: the listener
   * connects again and then does what is wanted by then.
   */
  private async applyListening(): Promise<void> {
    const client = this.listener;
    const listen = this.wantListening;
    if (!client || this.listening === listen) return;
    try {
      await client.query(`${listen ? 'LISTEN' : 'UNLISTEN'} ${OUTBOX_CHANNEL}`);
      if (client === this.listener) this.listening = listen;
    } catch (error) {
      this.logger.warn({ error: errorCodeOf(error) }, listen ? 'outbox listen failed' : 'outbox unlisten failed');
      if (client === this.listener) await client.end().catch(() => undefined);
    }
  }

  /** A notice from PostgreSQL that rows were written: one waiting lane wakes. */
  protected notified(): void {
    this.wake.fire();
  }

  /**
   * Claims, sends and records one batch; returns how many rows it claimed. The whole batch goes to
   * the SMTP pool at once: its queue keeps every connection busy while records are written (a few
   * sends at a time, each waiting for its record, sent a third fewer emails per second).
   */
  private async drainBatch(): Promise<number> {
    const batch = await this.rows.claim();
    if (batch.length === 0) return 0;
    // A full batch may have left more behind, and more come while rows flow (no notice wakes a
    // lane then): another lane claims them while this one sends.
    if (batch.length >= ROWS_PER_STATEMENT) this.wake.fire();
    else if (batch.length >= OUTBOX_FLOW_ROWS && this.wake.waiting > 0) this.wake.fire();
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
    const client = new Client({
      connectionString: this.config.database.url,
      application_name: 'outbox-listener',
      // A connection that went dead unnoticed (idle, waiting for notices) errors and is made anew.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    // Held from the start, so that a shutdown during the connect ends it too (and a LISTEN asked
    // for meanwhile waits in the client's queue for the connection).
    this.listener = client;
    this.listening = false;
    let retried = false;
    const retry = () => {
      if (retried || this.stopping) return;
      retried = true;
      setTimeout(() => void this.listen(), LISTEN_RETRY_MS).unref();
    };
    client.on('notification', () => this.notified());
    client.on('error', (error) => {
      this.logger.warn({ error: errorCodeOf(error) }, 'outbox listener lost');
      retry();
    });
    client.on('end', retry);
    try {
      await client.connect();
      await this.listenWhile(this.wantListening);
      // Rows written while it was not listening.
      this.wake.fire();
    } catch (error) {
      this.logger.warn({ error: errorCodeOf(error) }, 'outbox listener not connected');
      await client.end().catch(() => undefined);
      retry();
    }
  }
}
