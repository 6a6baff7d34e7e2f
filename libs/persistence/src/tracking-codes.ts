import { EntityManager } from 'typeorm';

/** Tracking code as the public sees it: PREFIX-YEAR-NNNNNN, e.g. TN-2026-000123. */
export function formatTrackingCode(prefix: string, year: number, value: number): string {
  return `${prefix}-${year}-${String(value).padStart(6, '0')}`;
}

/** The sequence step as SQL ($1 prefix, $2 year), for use inside a larger statement. */
export const NEXT_TRACKING_VALUE_SQL = `INSERT INTO tracking_sequences (prefix, year, last_value) VALUES ($1, $2, 1)
  ON CONFLICT (prefix, year) DO UPDATE SET last_value = tracking_sequences.last_value + 1
  RETURNING last_value`;

/**
 * Takes the next number of the year's sequence inside the caller's transaction. The row stays
 * locked until that transaction ends, and a rollback gives the number back: no gaps, no repeats.
 */
export async function nextTrackingCode(manager: EntityManager, prefix: string, year: number): Promise<string> {
  const rows: { last_value: number }[] = await manager.query(NEXT_TRACKING_VALUE_SQL, [prefix, year]);
  return formatTrackingCode(prefix, year, rows[0].last_value);
}

/**
 * The same code as formatTrackingCode, as SQL over a CTE named `cte` that ran
 * NEXT_TRACKING_VALUE_SQL. Prefix and year are checked here since they are written into the SQL.
 */
export function trackingCodeFromSequenceSql(prefix: string, year: number, cte: string): string {
  if (!/^[A-Z]{1,6}$/.test(prefix) || !Number.isInteger(year)) throw new Error('invalid tracking code prefix or year');
  return `(SELECT '${prefix}-${year}-' || lpad(last_value::text, 6, '0') FROM "${cte}")`;
}
