import type { StatisticsFilters } from '@app/domain';
import { TALLY_DIMENSIONS } from '../query/dimension-sql';
import { TALLY_COLUMNS } from '../query/tally-rows';
import { tallySql } from '../query/tally-sql';
import { WORKING_DAYS_DIGEST_SQL } from '../working-days/working-days-sql';

/**
 * The cells that serve a query's filters: the province's (`*`) without a filter, one scope's for a
 * single filter (`org:<id>`, `sector:<code>`, `commune:<code>`, `channel:<channel>`,
 * `vulnerable:<true|false>`, as tally-sql.ts writes them); null for two filters or more, which are
 * counted from the facts.
 */
export function cellScope(filters: StatisticsFilters): string | null {
  const given = Object.entries(filters).filter(([, value]) => value !== undefined);
  if (given.length === 0) return '*';
  if (given.length > 1) return null;
  const [[name, value]] = given;
  return `${name === 'handlingOrg' ? 'org' : name}:${String(value)}`;
}

const MONTH_OF_DIRTY = `date_trunc('month', f.submitted_on)::date`;

/** Months to count again: with a fact changed since, or counted on another working-day calendar. */
export const STALE_MONTHS_SQL = `WITH digest AS MATERIALIZED (${WORKING_DAYS_DIGEST_SQL})
SELECT to_char(month, 'YYYY-MM-DD') AS month FROM (
  SELECT DISTINCT ${MONTH_OF_DIRTY} AS month FROM statistics_case_facts f WHERE f.dirty
  UNION
  SELECT m.month FROM statistics_months m CROSS JOIN digest d WHERE m.calendar_digest <> d.digest
) AS stale ORDER BY month`;

/** One month's build at a time across workers ($1: the month's first day as a number yyyymmdd). */
export const MONTH_LOCK_SQL = `SELECT pg_try_advisory_xact_lock(hashtext('statistics_cells'), $1) AS locked`;

/**
 * A month of statistics_months (alias `m`) whose cells are current: built on today's calendar, and no
 * fact of it changed since.
 */
const MONTH_CURRENT = `m.calendar_digest = (SELECT digest FROM (${WORKING_DAYS_DIGEST_SQL}) AS d)
   AND NOT EXISTS (SELECT 1 FROM statistics_case_facts f
                    WHERE f.dirty AND f.submitted_on >= m.month AND f.submitted_on < (m.month + interval '1 month')::date)`;

/**
 * Whether a month ($1: its first day) still needs counting, in the build's own snapshot: a run lists
 * the stale months when it starts, and another run may have built one since.
 */
export const MONTH_STALE_SQL = `SELECT NOT EXISTS (SELECT 1 FROM statistics_months m
                     WHERE m.month = $1::date AND ${MONTH_CURRENT}) AS stale`;

/** The month's cells again ($1, $2: its first and last day). */
export const DELETE_CELLS_SQL = `DELETE FROM statistics_cells WHERE month = $1::date`;
export const INSERT_CELLS_SQL = `INSERT INTO statistics_cells (month, scope, dimension, key, ${TALLY_COLUMNS.join(', ')})
SELECT month, scope, dimension, key, ${TALLY_COLUMNS.join(', ')} FROM (
${tallySql('f.submitted_on BETWEEN $1::date AND $2::date', TALLY_DIMENSIONS, 'cells')}
) AS tally`;
export const CLEAR_DIRTY_SQL = `UPDATE statistics_case_facts SET dirty = false
 WHERE dirty AND submitted_on BETWEEN $1::date AND $2::date`;
export const MONTH_BUILT_SQL = `INSERT INTO statistics_months (month, calendar_digest, built_at)
SELECT $1::date, d.digest, now() FROM (${WORKING_DAYS_DIGEST_SQL}) AS d
ON CONFLICT (month) DO UPDATE SET calendar_digest = EXCLUDED.calendar_digest, built_at = EXCLUDED.built_at`;

/** Of the months asked ($1, first days), those whose cells are current. */
export const CURRENT_MONTHS_SQL = `SELECT to_char(m.month, 'YYYY-MM') AS month FROM statistics_months m
 WHERE m.month = ANY($1::date[]) AND ${MONTH_CURRENT}`;

/** The cells of some months ($1), one scope ($2), some dimensions ($3). */
export const CELLS_SQL = `SELECT dimension, key, ${TALLY_COLUMNS.join(', ')} FROM statistics_cells
 WHERE month = ANY($1::date[]) AND scope = $2 AND dimension = ANY($3)`;
