import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';

/** Tracking code as the public sees it: PREFIX-YEAR-NNNNNN, e.g. TN-2026-000123. */
export function formatTrackingCode(prefix: string, year: number, value: number): string {
  return `${prefix}-${year}-${String(value).padStart(6, '0')}`;
}

const NEXT_VALUE = `INSERT INTO tracking_sequences (prefix, year, last_value) VALUES ($1, $2, 1)
  ON CONFLICT (prefix, year) DO UPDATE SET last_value = tracking_sequences.last_value + 1
  RETURNING last_value`;

/**
 * Takes the next number of the year's sequence inside the caller's transaction. The row stays
 * locked until that transaction ends, and a rollback gives the number back: no gaps, no repeats.
 */
export async function nextTrackingCode(manager: EntityManager, prefix: string, year: number): Promise<string> {
  const rows: { last_value: number }[] = await manager.query(NEXT_VALUE, [prefix, year]);
  return formatTrackingCode(prefix, year, rows[0].last_value);
}

/** A unique stand-in for a case inserted before its number is taken (see assignTrackingCode). */
export function provisionalTrackingCode(): string {
  return `PENDING-${randomBytes(8).toString('hex')}`;
}

/**
 * Numbers a case already inserted with a provisional code, in one statement. Run it last before
 * commit: concurrent intakes wait on the sequence row only for this statement and the commit.
 */
export async function assignTrackingCode(
  manager: EntityManager,
  caseId: string,
  prefix: string,
  year: number,
): Promise<string> {
  // TypeORM answers an UPDATE with [rows, affected].
  const [rows]: [{ tracking_code: string }[], number] = await manager.query(
    `WITH seq AS (${NEXT_VALUE})
     UPDATE cases SET tracking_code = $3 || '-' || $2 || '-' || lpad(seq.last_value::text, 6, '0')
       FROM seq WHERE cases.id = $4
     RETURNING cases.tracking_code`,
    [prefix, year, prefix, caseId],
  );
  if (rows.length !== 1) throw new Error(`no case ${caseId} to number`);
  return rows[0].tracking_code;
}
