import { rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { ERASED_NAME, ERASED_TEXT, mapFreeText, type ErasureReason } from '@app/domain';
import { CasePartyEntity } from '@app/persistence';
import { revokeBusinessLinks } from '../business-links';
import { appendSystemEvent } from '../case-event.writer';

/** No key hashes to this: after erasure the consumer's access key answers 404, like a wrong one. */
export const ERASED_ACCESS_KEY_HASH = 'erased';

/** Why an email queued when its case was erased was not sent (no personal data). */
export const CANCELLED_BY_ERASURE = 'personal_data_erased';

export interface ErasureOptions {
  /** Queued emails to let go (the answer to the erasure request itself): cleared once sent, by retention. */
  spareMessageKeys?: readonly string[];
}

export interface ErasureResult {
  /** Evidence files whose rows were deleted; their bytes go once the transaction has committed. */
  storageKeys: string[];
}

/**
 * Replaces a case's personal data with tombstones (issue 12 item 11; Law 91/2025/QH15 Arts 3 and 4)
 * while keeping the anonymous facts statistics need (sector, commune, channel, status, dates,
 * amounts, outcome, the vulnerable flag). Used by the api (an accepted erasure request on a closed
 * case) and the worker (the retention job). The timeline is append-only: it gains one event.
 */
@Injectable()
export class PersonalDataErasure {
  private readonly logger = new Logger(PersonalDataErasure.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /**
   * Everything in the caller's transaction, which holds the case row locked. Call
   * `removeFiles(result.storageKeys)` after commit.
   */
  async eraseWithin(
    m: EntityManager,
    caseId: string,
    reason: ErasureReason,
    now: Date,
    options: ErasureOptions = {},
  ): Promise<ErasureResult> {
    await this.tombstoneParties(m, caseId);
    await m.query(
      `UPDATE cases SET description = $2, business_contact_answer = NULL, rating_comment = NULL,
              access_key_hash = $3, idempotency_key = NULL, idempotency_body_hash = NULL,
              personal_data_erased_at = $4, updated_at = now(), version = version + 1
        WHERE id = $1`,
      [caseId, ERASED_TEXT, ERASED_ACCESS_KEY_HASH, now],
    );
    await m.query(`DELETE FROM complaint_keys WHERE case_id = $1`, [caseId]);
    await this.eraseTexts(m, caseId, now);
    await this.clearEmails(m, caseId, options.spareMessageKeys ?? []);
    // The consumer's own words in their requests; the decisions (kind, status, dates) stay on record.
    await m.query(`UPDATE data_requests SET text = NULL WHERE case_id = $1`, [caseId]);
    const storageKeys = await this.deleteFileRows(m, caseId);
    await revokeBusinessLinks(m, caseId, now);
    await appendSystemEvent(m, caseId, {
      action: 'personal_data_erased',
      fromStatus: null,
      toStatus: null,
      visibility: 'public',
      at: now,
      public: { cause: reason },
    });
    return { storageKeys };
  }

  /**
   * What people wrote: the timeline's texts (case_texts; the events keep their references and read
   * as the tombstone), the free text in the lifecycle (closure notes, proposals, records: the same
   * isFreeText as the timeline writer, so codes, amounts and dates stay), and the sessions' place,
   * link and minutes. Events written before case_texts existed keep their inline strings.
   */
  private async eraseTexts(m: EntityManager, caseId: string, now: Date): Promise<void> {
    await m.query(`UPDATE case_texts SET text = NULL, erased_at = $2 WHERE case_id = $1 AND erased_at IS NULL`, [
      caseId,
      now,
    ]);
    const [row] = await m.query<{ lifecycle: Record<string, unknown> | null }[]>(
      `SELECT lifecycle FROM cases WHERE id = $1`,
      [caseId],
    );
    if (row?.lifecycle) {
      await m.query(`UPDATE cases SET lifecycle = $2::jsonb WHERE id = $1`, [
        caseId,
        JSON.stringify(mapFreeText(row.lifecycle, () => ERASED_TEXT)),
      ]);
    }
    await m.query(
      `UPDATE mediation_sessions SET place = CASE WHEN place IS NULL THEN NULL ELSE $2 END, online_url = NULL,
              minutes = CASE WHEN minutes IS NULL THEN NULL ELSE $2 END
        WHERE case_id = $1`,
      [caseId, ERASED_TEXT],
    );
  }

  /** The evidence files' rows of the case, deleted in the caller's transaction: their storage keys. */
  async deleteFileRows(m: EntityManager, caseId: string): Promise<string[]> {
    // The pg driver answers a DELETE with [rows, count].
    const [rows] = await m.query<[{ storage_key: string }[], number]>(
      `DELETE FROM evidence_files WHERE case_id = $1 RETURNING storage_key`,
      [caseId],
    );
    return rows.map((r) => r.storage_key);
  }

  /** Deletes the bytes once their rows are gone (after commit): a failure leaves bytes no one can reach. */
  async removeFiles(storageKeys: readonly string[]): Promise<void> {
    const dirs = new Set<string>();
    for (const key of storageKeys) {
      const path = join(this.config.evidenceDir, key);
      if (!path.startsWith(this.config.evidenceDir)) continue;
      try {
        await rm(path, { force: true });
        dirs.add(join(path, '..'));
      } catch (error) {
        this.logger.warn({ code: (error as NodeJS.ErrnoException).code }, 'evidence bytes not removed');
      }
    }
    // The case's directory, when nothing else is in it.
    for (const dir of dirs) await rmdir(dir).catch(() => undefined);
  }

  /** Erases one closed case in its own transaction (used for a request decided outside a transaction). */
  async eraseCase(caseId: string, reason: ErasureReason, now = new Date()): Promise<boolean> {
    const result = await this.dataSource.transaction(async (m) => {
      const rows = await m.query<{ id: string }[]>(
        `SELECT id FROM cases WHERE id = $1 AND personal_data_erased_at IS NULL FOR UPDATE SKIP LOCKED`,
        [caseId],
      );
      return rows.length > 0 ? this.eraseWithin(m, caseId, reason, now) : null;
    });
    if (result) await this.removeFiles(result.storageKeys);
    return result !== null;
  }

  private async tombstoneParties(m: EntityManager, caseId: string): Promise<void> {
    // Where the schema splits the Art 8 groups, the sensitive ones (ethnicity, health) sit encrypted in
    // sensitive_groups and go; vulnerable_groups then holds only the others (elderly, child…), which
    // identify no one once the person is gone and which statistics count per group: they stay, as does
    // has_sensitive_group. Without the split, every group goes.
    const split = m.connection.getMetadata(CasePartyEntity).findColumnWithDatabaseName('sensitive_groups');
    await m.query(
      `UPDATE case_parties SET name = $2, email = NULL, phone = NULL, address = NULL, commune_code = NULL,
              ethnic_language = NULL, contact_shared = false,
              ${split ? 'sensitive_groups = NULL' : 'vulnerable_groups = NULL'}
        WHERE case_id = $1 AND role = 'consumer'`,
      [caseId, ERASED_NAME],
    );
    // The order on a platform points at the person; the businesses themselves stay.
    await m.query(`UPDATE case_parties SET shop_id = NULL, order_id = NULL WHERE case_id = $1`, [caseId]);
  }

  private async clearEmails(m: EntityManager, caseId: string, spare: readonly string[]): Promise<void> {
    await m.query(
      `UPDATE notifications
          SET body_text = NULL, body_html = NULL, attachments = NULL, recipient_email = '',
              status = CASE WHEN status = 'queued' THEN 'failed' ELSE status END,
              last_error = CASE WHEN status = 'queued' THEN $3 ELSE last_error END
        WHERE case_id = $1 AND NOT (status = 'queued' AND message_key = ANY($2::varchar[]))`,
      [caseId, spare, CANCELLED_BY_ERASURE],
    );
  }
}
