// The statistics' aggregation straight over the base tables (cases, case_parties, case_deadlines),
// as the api computed it before the rollups (issue 11): bench/stats runs it beside the endpoints, so
// that each figure of the api has its raw-SQL baseline in the same run. Built from the api's own
// constants and working-day SQL (dist/), so that it counts what the api counts.
const h = require('./harness');

function modules() {
  const domain = h.built('libs/domain/src');
  const days = h.built('libs/statistics/src/working-days/working-days-sql');
  return { ...domain, ...days };
}

/** How a case (alias c) gets its group in a dimension: key, label, joins; `explodes` when a case can fall in several. */
function dimensionSql(by, language) {
  const { NO_VALUE_KEY, SENSITIVE_GROUPS_KEY, localDay } = modules();
  const NONE = `'${NO_VALUE_KEY}'`;
  switch (by) {
    case null:
      return { key: `'total'`, label: 'NULL', joins: '', explodes: false };
    case 'sector':
      return {
        key: 'c.sector_code',
        label: language === 'en' ? 'sec.name_en' : 'sec.name_vi',
        joins: 'LEFT JOIN sectors sec ON sec.code = c.sector_code',
        explodes: false,
      };
    case 'commune':
      return {
        key: 'c.commune_code',
        label: 'com.name',
        joins: 'LEFT JOIN communes com ON com.code = c.commune_code',
        explodes: false,
      };
    case 'channel':
      return { key: 'c.channel', label: 'NULL', joins: '', explodes: false };
    case 'outcome':
      return { key: `coalesce(c.outcome, ${NONE})`, label: 'NULL', joins: '', explodes: false };
    case 'vulnerable_group':
      return {
        key: 'vg.grp',
        label: 'NULL',
        joins: `LEFT JOIN case_parties cp ON cp.case_id = c.id AND cp.role = 'consumer'
    CROSS JOIN LATERAL (SELECT coalesce(cp.vulnerable_groups, '{}'::varchar[])
                               || CASE WHEN cp.has_sensitive_group THEN ARRAY['${SENSITIVE_GROUPS_KEY}']::varchar[]
                                       ELSE '{}'::varchar[] END AS grps) AS g
    CROSS JOIN LATERAL unnest(CASE WHEN cardinality(g.grps) > 0 THEN g.grps ELSE ARRAY[${NONE}]::varchar[] END) AS vg(grp)`,
        explodes: true,
      };
    case 'handling_org':
      return {
        key: `coalesce(c.handling_org_id::text, ${NONE})`,
        label: 'org.name',
        joins: 'LEFT JOIN organisations org ON org.id = c.handling_org_id',
        explodes: false,
      };
    case 'month':
      return { key: `to_char(${localDay('c.submitted_at')}, 'YYYY-MM')`, label: 'NULL', joins: '', explodes: false };
    default:
      throw new Error(`unknown dimension ${by}`);
  }
}

function cohortWhere({ receivedFrom, receivedBefore, filters }, values) {
  const add = (v) => {
    values.push(v);
    return `$${values.length}`;
  };
  const conditions = [`c.submitted_at >= ${add(receivedFrom)}`, `c.submitted_at < ${add(receivedBefore)}`];
  if (filters.sector !== undefined) conditions.push(`c.sector_code = ${add(filters.sector)}`);
  if (filters.commune !== undefined) conditions.push(`c.commune_code = ${add(filters.commune)}`);
  if (filters.channel !== undefined) conditions.push(`c.channel = ${add(filters.channel)}`);
  if (filters.vulnerable !== undefined) conditions.push(`c.vulnerable = ${add(filters.vulnerable)}`);
  if (filters.handlingOrg !== undefined) conditions.push(`c.handling_org_id = ${add(filters.handlingOrg)}::uuid`);
  return conditions.join(' AND ');
}

const GROUPINGS = {
  rows: { columns: 'false AS total, key, label', clause: 'GROUP BY key, label' },
  totals: { columns: 'true AS total, NULL::text AS key, NULL::text AS label', clause: '' },
  both: { columns: 'GROUPING(key) = 1 AS total, key, label', clause: 'GROUP BY GROUPING SETS ((key, label), ())' },
};

/** Counts, durations (percentile_cont) and money per group, in one pass over the cohort. */
function figuresSql(dimension, cohort, grouping) {
  const { OPEN_STATUSES, REFUSAL_GROUNDS, DAY_ORDINALS_CTE, dayOrdinal } = modules();
  const values = [];
  const where = cohortWhere(cohort, values);
  const { columns, clause } = GROUPINGS[grouping];
  const pct = (column, name) => `count(${column})::int AS ${name}_cases,
    percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY ${column}) AS ${name}_pct`;
  const statusIs = (s) => `count(*) FILTER (WHERE status = '${s}')::int`;
  const text = `WITH ${DAY_ORDINALS_CTE},
cohort AS (
  SELECT key, label, status, accepted, ground, amount_vnd, amount_recovered_vnd,
         clo - sub AS closure_days, least(con, neg, med, clo) - sub AS reception_days,
         least(neg, med, clo) - con AS consultation_days, least(med, clo) - neg AS negotiation_days,
         clo - med AS mediation_days
    FROM (
      SELECT ${dimension.key} AS key, ${dimension.label} AS label,
             c.status, c.consultation_at IS NOT NULL AS accepted,
             CASE WHEN c.status = 'refused' THEN c.lifecycle->'refusal'->>'ground' END AS ground,
             c.amount_vnd, c.amount_recovered_vnd,
             ${dayOrdinal('c.submitted_at')} AS sub, ${dayOrdinal('c.consultation_at')} AS con,
             ${dayOrdinal('c.negotiation_at')} AS neg, ${dayOrdinal('c.mediation_at')} AS med,
             ${dayOrdinal('c.closed_at')} AS clo
        FROM cases c CROSS JOIN day_ordinals cal ${dimension.joins}
       WHERE ${where}
      OFFSET 0) AS days
)
SELECT ${columns},
    count(*)::int AS received, count(*) FILTER (WHERE accepted)::int AS accepted, ${statusIs('refused')} AS refused,
    ${REFUSAL_GROUNDS.map((g) => `count(*) FILTER (WHERE ground = '${g}')::int AS refused_${g}`).join(', ')},
    ${statusIs('transferred')} AS transferred,
    count(*) FILTER (WHERE status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')}))::int AS in_progress,
    ${statusIs('resolved')} AS resolved, ${statusIs('unresolved')} AS unresolved, ${statusIs('withdrawn')} AS withdrawn,
    ${pct('closure_days', 'closure')}, ${pct('reception_days', 'reception')}, ${pct('consultation_days', 'consultation')},
    ${pct('negotiation_days', 'negotiation')}, ${pct('mediation_days', 'mediation')},
    coalesce(sum(amount_vnd), 0)::float8 AS money_claimed, coalesce(sum(amount_recovered_vnd), 0)::float8 AS money_recovered
  FROM cohort ${clause}`;
  return { text, values };
}

/** Legal clocks met and breached by kind and group. */
function clocksSql(dimension, cohort, grouping) {
  const values = [];
  const where = cohortWhere(cohort, values);
  const [columns, clause] = {
    rows: ['false AS total, co.key', 'GROUP BY co.key, d.kind'],
    totals: ['true AS total, NULL::text AS key', 'GROUP BY d.kind'],
    both: ['GROUPING(co.key) = 1 AS total, co.key', 'GROUP BY GROUPING SETS ((co.key, d.kind), (d.kind))'],
  }[grouping];
  const text = `WITH cohort AS (SELECT c.id, ${dimension.key} AS key FROM cases c ${dimension.joins} WHERE ${where})
SELECT ${columns}, d.kind, count(*) FILTER (WHERE d.status = 'met')::int AS met,
       count(*) FILTER (WHERE d.status = 'breached')::int AS breached
  FROM cohort co JOIN case_deadlines d ON d.case_id = co.id
 WHERE d.status IN ('met', 'breached') ${clause}`;
  return { text, values };
}

/** The statements of one statistics call over the base tables: figures and clocks (and the totals apart when a case can fall in several rows). */
function baseStatisticsSql(by, cohort, language = 'vi') {
  const dimension = dimensionSql(by, language);
  const grouping = by ? (dimension.explodes ? 'rows' : 'both') : 'totals';
  const statements = [figuresSql(dimension, cohort, grouping), clocksSql(dimension, cohort, grouping)];
  return by && dimension.explodes ? [...statements, ...baseStatisticsSql(null, cohort, language)] : statements;
}

module.exports = { baseStatisticsSql };
