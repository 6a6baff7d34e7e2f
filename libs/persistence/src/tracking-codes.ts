import { EntityManager } from 'typeorm';

/** Tracking code as the public sees it: PREFIX-YEAR-NNNNNN, e.g. TN-2026-000123. */
export function formatTrackingCode(prefix: string, year: number, value: number): string {
  return `${prefix}-${year}-${String(value).padStart(6, '0')}`;
}

/**
 * Takes the next number of the year's sequence inside the caller's transaction. The row stays
 * locked until that transaction ends, and a rollback gives the number back: no gaps, no repeats.
 */
export async function nextTrackingCode(manager: EntityManager, prefix: string, year: number): Promise<string> {
  const rows: { last_value: number }[] = await manager.query(
    `INSERT INTO tracking_sequences (prefix, year, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (prefix, year) DO UPDATE SET last_value = tracking_sequences.last_value + 1
     RETURNING last_value`,
    [prefix, year],
  );
  return formatTrackingCode(prefix, year, rows[0].last_value);
}
