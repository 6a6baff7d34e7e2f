import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { indicate } from './with-timeout';

const OUTBOX_TIMEOUT_MS = 2_000;

/** The emails waiting in the outbox: what operators watch now that emails are not on a queue. */
export interface OutboxBacklog {
  /** Emails not yet sent nor given up (waiting, being sent, or waiting for a retry). */
  queued: number;
  /** Of those, the ones whose time to be sent has come. */
  due: number;
  /** How long the longest-waiting due email has been due; 0 when none is. A growing figure means no worker is sending. */
  oldestDueSeconds: number;
}

/**
 * The outbox's backlog, read through its partial index (queued rows only). A backlog, however old,
 * leaves the api ready (taking it out of rotation would send no email sooner); only a query that
 * fails or does not answer in time marks the outbox down.
 */
@Injectable()
export class OutboxHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  check(key: 'outbox'): Promise<HealthIndicatorResult> {
    // The server stops the count too (a huge backlog), so that it does not hold a connection on.
    const backlog = this.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL statement_timeout = ${OUTBOX_TIMEOUT_MS}`);
      const [row] = await m.query<OutboxBacklog[]>(
        `SELECT count(*)::int AS "queued",
                count(*) FILTER (WHERE next_attempt_at <= now())::int AS "due",
                coalesce(floor(extract(epoch FROM now() - min(next_attempt_at)
                  FILTER (WHERE next_attempt_at <= now()))), 0)::int AS "oldestDueSeconds"
           FROM notifications WHERE status = 'queued'`,
      );
      return { ...row };
    });
    return indicate(this.health.check(key), backlog, OUTBOX_TIMEOUT_MS);
  }
}
