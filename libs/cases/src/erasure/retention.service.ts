import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import {
  type ErasureReason,
  FINAL_STATUSES,
  RETENTION_KINDS,
  retentionCutoff,
  type RetentionKind,
  type RetentionPolicy,
  whatIsDue,
} from '@app/domain';
import { RetentionRunEntity } from '@app/persistence';
import { appendSystemEvent } from '../case-event.writer';
import { PersonalDataErasure } from './personal-data-erasure.service';

export type RetentionCounts = Record<RetentionKind, number>;

const BATCH = 100;

const zero = (): RetentionCounts => Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, 0])) as RetentionCounts;

interface CaseFactsRow {
  status: string;
  closed_at: Date | null;
  erasure_requested_at: Date | null;
  personal_data_erased_at: Date | null;
  files: number;
}

/**
 * Applies the retention policy (issue 12 item 12; Law 91/2025/QH15 Art 3, storage limitation): per
 * kind, what is due now, in batches, a case at a time in its own short transaction. Safe with two
 * workers at once: rows are taken `FOR UPDATE SKIP LOCKED` and each case is checked again once
 * locked, so nothing is done twice. Each run is recorded in retention_runs with its counts.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly erasure: PersonalDataErasure,
  ) {}

  get policy(): RetentionPolicy {
    return this.config.retention.policy;
  }

  /** How many items of each kind are due now (the admin report). */
  async due(now = new Date()): Promise<RetentionCounts> {
    const counts = zero();
    const one = async (sql: string, params: unknown[]) =>
      Number((await this.dataSource.query<{ n: string }[]>(sql, params))[0]?.n ?? 0);
    counts.case_personal_data = await one(`SELECT count(*) AS n FROM cases c WHERE ${this.erasureDueSql()}`, [
      FINAL_STATUSES,
      this.cutoff('case_personal_data', now),
    ]);
    counts.evidence_files = await one(
      `SELECT count(*) AS n FROM evidence_files f JOIN cases c ON c.id = f.case_id
        WHERE ${this.evidenceDueSql()}`,
      [FINAL_STATUSES, this.cutoff('evidence_files', now), this.cutoff('case_personal_data', now)],
    );
    counts.notification_contents = await one(`SELECT count(*) AS n FROM notifications n WHERE ${this.emailsDueSql()}`, [
      this.cutoff('notification_contents', now),
    ]);
    counts.contact_access_log = await one(`SELECT count(*) AS n FROM contact_access_log WHERE at < $1`, [
      this.cutoff('contact_access_log', now),
    ]);
    counts.data_request_texts = await one(`SELECT count(*) AS n FROM data_requests r WHERE ${this.requestsDueSql()}`, [
      this.cutoff('data_request_texts', now),
    ]);
    return counts;
  }

  /** One run: everything due now, recorded with its counts (and its error, if one stopped it). */
  async apply(now = new Date()): Promise<RetentionRunEntity> {
    const runs = this.dataSource.getRepository(RetentionRunEntity);
    const run = await runs.save(runs.create({ startedAt: new Date(), finishedAt: null, counts: zero(), error: null }));
    const counts = zero();
    try {
      await this.eraseCases(now, counts);
      await this.deleteEvidence(now, counts);
      counts.notification_contents += await this.inBatches(
        `UPDATE notifications SET body_text = NULL, body_html = NULL, attachments = NULL, recipient_email = ''
          WHERE id IN (SELECT id FROM notifications n WHERE ${this.emailsDueSql()} LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
        [this.cutoff('notification_contents', now)],
      );
      counts.contact_access_log += await this.inBatches(
        `DELETE FROM contact_access_log
          WHERE id IN (SELECT id FROM contact_access_log WHERE at < $1 LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
        [this.cutoff('contact_access_log', now)],
      );
      counts.data_request_texts += await this.inBatches(
        `UPDATE data_requests SET text = NULL, reason = NULL
          WHERE id IN (SELECT id FROM data_requests r WHERE ${this.requestsDueSql()} LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
        [this.cutoff('data_request_texts', now)],
      );
    } catch (error) {
      // A code, never a value: database errors can quote rows.
      run.error = ((error as { code?: string }).code ?? (error as Error).name ?? 'error').slice(0, 200);
      this.logger.error({ error: run.error }, 'retention run stopped');
    }
    run.counts = counts;
    run.finishedAt = new Date();
    await runs.save(run);
    return run;
  }

  /** The last runs, newest first. */
  lastRuns(limit = 10): Promise<RetentionRunEntity[]> {
    return this.dataSource.getRepository(RetentionRunEntity).find({ order: { startedAt: 'DESC' }, take: limit });
  }

  private cutoff(kind: RetentionKind, now: Date): Date {
    return retentionCutoff(this.policy, kind, now);
  }

  // $1 final statuses, $2 the case_personal_data cutoff.
  private erasureDueSql(): string {
    return `c.status = ANY($1::varchar[]) AND c.closed_at IS NOT NULL AND c.personal_data_erased_at IS NULL
            AND (c.erasure_requested_at IS NOT NULL OR c.closed_at < $2)`;
  }

  // $1 final statuses, $2 the evidence cutoff, $3 the case_personal_data cutoff.
  private evidenceDueSql(): string {
    return `c.status = ANY($1::varchar[]) AND c.closed_at IS NOT NULL
            AND (c.closed_at < $2 OR c.closed_at < $3 OR c.erasure_requested_at IS NOT NULL
                 OR c.personal_data_erased_at IS NOT NULL)`;
  }

  // $1 the notification_contents cutoff. An erased case's emails are cleared once they are sent.
  private emailsDueSql(): string {
    return `n.status IN ('sent', 'failed')
            AND (n.body_text IS NOT NULL OR n.body_html IS NOT NULL OR n.attachments IS NOT NULL OR n.recipient_email <> '')
            AND (n.created_at < $1
                 OR n.case_id IN (SELECT id FROM cases WHERE personal_data_erased_at IS NOT NULL))`;
  }

  // $1 the data_request_texts cutoff.
  private requestsDueSql(): string {
    return `r.status IN ('completed', 'refused') AND r.decided_at < $1 AND (r.text IS NOT NULL OR r.reason IS NOT NULL)`;
  }

  private async inBatches(sql: string, params: unknown[]): Promise<number> {
    let total = 0;
    for (;;) {
      const [, affected] = await this.dataSource.query<[unknown, number]>(sql, params);
      total += affected;
      if (affected < BATCH) return total;
    }
  }

  /** Cases due for erasure (an accepted request, now closed; or closed longer than the policy keeps them). */
  private async eraseCases(now: Date, counts: RetentionCounts): Promise<void> {
    const seen: string[] = [];
    for (;;) {
      const ids = await this.dataSource.query<{ id: string }[]>(
        `SELECT c.id FROM cases c WHERE ${this.erasureDueSql()} AND NOT (c.id = ANY($3::uuid[]))
          ORDER BY c.closed_at LIMIT ${BATCH}`,
        [FINAL_STATUSES, this.cutoff('case_personal_data', now), seen],
      );
      if (ids.length === 0) return;
      for (const { id } of ids) {
        seen.push(id);
        const done = await this.oneCase(id, now, async (m, due) => {
          if (!due.erase) return null;
          const { storageKeys } = await this.erasure.eraseWithin(m, id, due.erase, now);
          return storageKeys;
        });
        if (done) {
          counts.case_personal_data += 1;
          counts.evidence_files += done.length;
        }
      }
    }
  }

  /** Evidence files of cases closed longer than the policy keeps them (the case itself may stay). */
  private async deleteEvidence(now: Date, counts: RetentionCounts): Promise<void> {
    const seen: string[] = [];
    for (;;) {
      const ids = await this.dataSource.query<{ id: string }[]>(
        `SELECT DISTINCT c.id FROM evidence_files f JOIN cases c ON c.id = f.case_id
          WHERE ${this.evidenceDueSql()} AND NOT (c.id = ANY($4::uuid[])) LIMIT ${BATCH}`,
        [FINAL_STATUSES, this.cutoff('evidence_files', now), this.cutoff('case_personal_data', now), seen],
      );
      if (ids.length === 0) return;
      for (const { id } of ids) {
        seen.push(id);
        const done = await this.oneCase(id, now, async (m, due) => {
          if (!due.deleteEvidence) return null;
          const keys = await this.erasure.deleteFileRows(m, id);
          await appendSystemEvent(m, id, {
            action: 'evidence_deleted',
            fromStatus: null,
            toStatus: null,
            visibility: 'public',
            at: now,
            public: { files: keys.length, cause: 'retention' satisfies ErasureReason },
          });
          return keys;
        });
        if (done) counts.evidence_files += done.length;
      }
    }
  }

  /**
   * One case in its own transaction: locked or skipped (another worker has it), what is due checked
   * again on the locked row, then `work`. The files' bytes are removed after commit.
   */
  private async oneCase(
    id: string,
    now: Date,
    work: (m: EntityManager, due: ReturnType<typeof whatIsDue>) => Promise<string[] | null>,
  ): Promise<string[] | null> {
    const keys = await this.dataSource.transaction(async (m) => {
      const [row] = await m.query<CaseFactsRow[]>(
        `SELECT c.status, c.closed_at, c.erasure_requested_at, c.personal_data_erased_at,
                (SELECT count(*)::int FROM evidence_files f WHERE f.case_id = c.id) AS files
           FROM cases c WHERE c.id = $1 FOR UPDATE OF c SKIP LOCKED`,
        [id],
      );
      if (!row) return null;
      const due = whatIsDue(
        {
          closed: (FINAL_STATUSES as readonly string[]).includes(row.status),
          closedAt: row.closed_at,
          erasureRequestedAt: row.erasure_requested_at,
          personalDataErasedAt: row.personal_data_erased_at,
          evidenceFiles: row.files,
        },
        this.policy,
        now,
      );
      return work(m, due);
    });
    if (keys) await this.erasure.removeFiles(keys);
    return keys;
  }
}
