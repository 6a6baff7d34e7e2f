import { OPEN_STATUSES, REFUSAL_GROUNDS, type StatisticsFilters } from '@app/domain';
import { DAY_ORDINALS_CTE, dayOrdinal } from '../working-days/working-days-sql';
import type { DimensionSql } from './dimension-sql';
import { SqlParams } from './sql-params';

/** The cohort: cases received in [from, to) (instants of local midnights), narrowed by the filters. */
export interface Cohort {
  readonly receivedFrom: Date;
  readonly receivedBefore: Date;
  /** The filters in force (the scope already applied to `handlingOrg`). */
  readonly filters: StatisticsFilters;
}

/** Which groups a statement returns: the rows of the dimension, the totals, or both (GROUPING SETS). */
export type Grouping = 'rows' | 'totals' | 'both';

function cohortWhere({ receivedFrom, receivedBefore, filters }: Cohort, params: SqlParams): string {
  // A range on submitted_at (indexed), not on its local day, so that the index serves the period.
  const conditions = [
    `c.submitted_at >= ${params.add(receivedFrom)}`,
    `c.submitted_at < ${params.add(receivedBefore)}`,
  ];
  if (filters.sector !== undefined) conditions.push(`c.sector_code = ${params.add(filters.sector)}`);
  if (filters.commune !== undefined) conditions.push(`c.commune_code = ${params.add(filters.commune)}`);
  if (filters.channel !== undefined) conditions.push(`c.channel = ${params.add(filters.channel)}`);
  if (filters.vulnerable !== undefined) conditions.push(`c.vulnerable = ${params.add(filters.vulnerable)}`);
  if (filters.handlingOrg !== undefined)
    conditions.push(`c.handling_org_id = ${params.add(filters.handlingOrg)}::uuid`);
  return conditions.join(' AND ');
}

function groupBy(grouping: Grouping): { columns: string; clause: string } {
  switch (grouping) {
    case 'rows':
      return { columns: 'false AS total, key, label', clause: 'GROUP BY key, label' };
    case 'totals':
      return { columns: 'true AS total, NULL::text AS key, NULL::text AS label', clause: '' };
    case 'both':
      return { columns: 'GROUPING(key) = 1 AS total, key, label', clause: 'GROUP BY GROUPING SETS ((key, label), ())' };
  }
}

// Median and 90th percentile from one sort (percentile_cont over an array of fractions), 1 decimal.
const percentiles = (column: string, name: string) => `count(${column})::int AS ${name}_cases,
    percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY ${column}) AS ${name}_pct`;

const statusIs = (status: string) => `count(*) FILTER (WHERE status = '${status}')::int`;

/**
 * Counts, durations and money per group, in one pass over the cohort. Durations are working days
 * between local days, by the ordinals of `day_ordinals` (working-days-sql.ts):
 * - to closure: submitted_at → closed_at (closed cases);
 * - reception: submitted_at → the first of consultation_at, negotiation_at, mediation_at, closed_at;
 * - consultation: consultation_at → the first of negotiation_at, mediation_at, closed_at;
 * - negotiation: negotiation_at → the first of mediation_at, closed_at;
 * - mediation: mediation_at → closed_at;
 * each only for cases that entered and left the stage. The ordinal is monotonic in the day, so the
 * ordinal of the earliest instant is the least of their ordinals.
 */
export function figuresSql(dimension: DimensionSql, cohort: Cohort, grouping: Grouping) {
  const params = new SqlParams();
  const where = cohortWhere(cohort, params);
  const { columns, clause } = groupBy(grouping);
  // The days' ordinals are read once per case (OFFSET 0 keeps the subquery from being inlined, which
  // would repeat each lookup in every expression that uses it). LEAST skips NULLs, so a stage that
  // was never entered or never left gives no duration.
  const sql = `WITH ${DAY_ORDINALS_CTE},
cohort AS (
  SELECT key, label, status, accepted, ground, amount_vnd, amount_recovered_vnd,
         clo - sub AS closure_days,
         least(con, neg, med, clo) - sub AS reception_days,
         least(neg, med, clo) - con AS consultation_days,
         least(med, clo) - neg AS negotiation_days,
         clo - med AS mediation_days
    FROM (
      SELECT ${dimension.key} AS key, ${dimension.label} AS label,
             c.status, c.consultation_at IS NOT NULL AS accepted,
             CASE WHEN c.status = 'refused' THEN c.lifecycle->'refusal'->>'ground' END AS ground,
             c.amount_vnd, c.amount_recovered_vnd,
             ${dayOrdinal('c.submitted_at')} AS sub,
             ${dayOrdinal('c.consultation_at')} AS con,
             ${dayOrdinal('c.negotiation_at')} AS neg,
             ${dayOrdinal('c.mediation_at')} AS med,
             ${dayOrdinal('c.closed_at')} AS clo
        FROM cases c
        CROSS JOIN day_ordinals cal
        ${dimension.joins}
       WHERE ${where}
      OFFSET 0) AS days
)
SELECT ${columns},
    count(*)::int AS received,
    count(*) FILTER (WHERE accepted)::int AS accepted,
    ${statusIs('refused')} AS refused,
    ${REFUSAL_GROUNDS.map((g) => `count(*) FILTER (WHERE ground = '${g}')::int AS refused_${g}`).join(',\n    ')},
    ${statusIs('transferred')} AS transferred,
    count(*) FILTER (WHERE status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')}))::int AS in_progress,
    ${statusIs('resolved')} AS resolved,
    ${statusIs('unresolved')} AS unresolved,
    ${statusIs('withdrawn')} AS withdrawn,
    ${percentiles('closure_days', 'closure')},
    ${percentiles('reception_days', 'reception')},
    ${percentiles('consultation_days', 'consultation')},
    ${percentiles('negotiation_days', 'negotiation')},
    ${percentiles('mediation_days', 'mediation')},
    coalesce(sum(amount_vnd), 0)::float8 AS money_claimed,
    coalesce(sum(amount_recovered_vnd), 0)::float8 AS money_recovered
  FROM cohort
  ${clause}`;
  return { sql, params: params.values };
}

/**
 * Legal clocks of the cohort's cases by kind and group, as the clocks table records them: `met`
 * (done in time) or `breached` (the sweep marked it at its due instant; it stays breached when the
 * duty is done late). Pending, paused, cancelled and lapsed clocks are neither.
 */
export function clocksSql(dimension: DimensionSql, cohort: Cohort, grouping: Grouping) {
  const params = new SqlParams();
  const where = cohortWhere(cohort, params);
  const [columns, clause] = {
    rows: ['false AS total, co.key', 'GROUP BY co.key, d.kind'],
    totals: ['true AS total, NULL::text AS key', 'GROUP BY d.kind'],
    both: ['GROUPING(co.key) = 1 AS total, co.key', 'GROUP BY GROUPING SETS ((co.key, d.kind), (d.kind))'],
  }[grouping];
  const sql = `WITH cohort AS (
  SELECT c.id, ${dimension.key} AS key FROM cases c ${dimension.joins} WHERE ${where}
)
SELECT ${columns}, d.kind,
    count(*) FILTER (WHERE d.status = 'met')::int AS met,
    count(*) FILTER (WHERE d.status = 'breached')::int AS breached
  FROM cohort co JOIN case_deadlines d ON d.case_id = co.id
 WHERE d.status IN ('met', 'breached')
 ${clause}`;
  return { sql, params: params.values };
}
