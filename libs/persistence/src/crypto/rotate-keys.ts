import type { DataSource } from 'typeorm';
import { type DataKeyring, decryptField, encryptField, ENCRYPTED_PREFIX, FieldDecryptionError } from './field-cipher';

/** Every column encrypted at rest, with the purpose its values are bound to (the entities' transformers). */
export const ENCRYPTED_FIELDS = [
  { table: 'cases', column: 'description' },
  { table: 'cases', column: 'business_contact_answer' },
  { table: 'cases', column: 'rating_comment' },
  { table: 'case_parties', column: 'ethnic_language' },
  { table: 'case_parties', column: 'sensitive_groups' },
] as const;

export interface FieldRotation {
  field: string;
  /** Values re-encrypted under the current key (older keys and plain text alike). */
  reencrypted: number;
  /** Values changed by someone else meanwhile: left for the next run. */
  changedMeanwhile: number;
  /** Values under a key id the keyring does not hold, or altered: left as they are. */
  unreadable: number;
}

/**
 * Re-encrypts under the keyring's current key every value of the encrypted columns that is not
 * already under it, plain text included (rows from before encryption, tombstones), in batches.
 * Idempotent and resumable: a value under the current key is never selected, and each batch is
 * its own statement, so a run stopped half-way loses nothing and the next run goes on. Each row is
 * updated only if its value is still the one read (a concurrent write wins). No value is logged.
 */
export async function rotateEncryptedFields(
  dataSource: DataSource,
  keyring: DataKeyring,
  options: { batchSize?: number; onBatch?: (progress: FieldRotation) => void } = {},
): Promise<FieldRotation[]> {
  const batchSize = options.batchSize ?? 500;
  const current = `${ENCRYPTED_PREFIX}v1:${keyring.current.id}:`;
  const results: FieldRotation[] = [];
  for (const { table, column } of ENCRYPTED_FIELDS) {
    const purpose = `${table}.${column}`;
    const progress: FieldRotation = { field: purpose, reencrypted: 0, changedMeanwhile: 0, unreadable: 0 };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await dataSource.query<{ id: string; value: string }[]>(
        `SELECT id, "${column}" AS value FROM "${table}"
          WHERE "${column}" IS NOT NULL AND NOT starts_with("${column}", $1) AND id > $2
          ORDER BY id LIMIT $3`,
        [current, after, batchSize],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id;
      const ids: string[] = [];
      const olds: string[] = [];
      const news: string[] = [];
      for (const row of rows) {
        try {
          news.push(encryptField(keyring, decryptField(keyring, row.value, purpose), purpose));
          ids.push(row.id);
          olds.push(row.value);
        } catch (error) {
          if (!(error instanceof FieldDecryptionError)) throw error;
          progress.unreadable += 1;
        }
      }
      if (ids.length > 0) {
        const [, updated] = await dataSource.query<[unknown, number]>(
          `UPDATE "${table}" AS t SET "${column}" = v.new
             FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, old, new)
            WHERE t.id = v.id AND t."${column}" = v.old`,
          [ids, olds, news],
        );
        progress.reencrypted += updated;
        progress.changedMeanwhile += ids.length - updated;
      }
      options.onBatch?.({ ...progress });
    }
    results.push(progress);
  }
  return results;
}
