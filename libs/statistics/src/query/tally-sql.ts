import { OPEN_STATUSES, REFUSAL_GROUNDS } from '@app/domain';
import { DAY_ORDINALS_CTE, dateOrdinal } from '../working-days/working-days-sql';
import { dimensionPairsSql, type TallyDimension } from './dimension-sql';

/**
 * How the tallies are grouped: per (dimension, key) over the whole selection (`period`), or per
 * receipt month, scope and (dimension, key) — the rollup's cells (rollup/rollup-sql.ts `cellScope`).
 */
export type TallyGrouping = 'period' | 'cells';

// The scopes a fact counts in (a unit's scope only when it has one). Keep in step with `cellScope`.
const CELL_SCOPES = `('*'), ('org:' || f.handling_org_id::text), ('sector:' || f.sector_code),
  ('commune:' || f.commune_code), ('channel:' || f.channel), ('vulnerable:' || f.vulnerable::text)`;

const statusIs = (status: string) => `count(*) FILTER (WHERE x.status = '${status}')::int`;

/**
 * One statement that tallies the facts matching `where` (alias `f`, statistics_case_facts) in the
 * dimensions asked. Its rows: the group columns, the counts, the money, `refused_by_ground`
 * ({ground: n}), `durations` ({stage: {days: n}}) and `clocks` ({kind: [met, breached]}).
 *
 * Durations are working days between local days, by the ordinals of `day_ordinals`
 * (working-days-sql.ts): to closure, submitted → closed; reception, submitted → the first of
 * consultation, negotiation, mediation, closure; consultation → the first of negotiation, mediation,
 * closure; negotiation → the first of mediation, closure; mediation → closure. Each only for cases
 * that entered and left the stage (LEAST skips NULLs; a day outside the table gives no duration).
 */
export function tallySql(where: string, dimensions: readonly TallyDimension[], grouping: TallyGrouping): string {
  const cells = grouping === 'cells';
  const group = cells ? 'month, scope, dimension, key' : 'dimension, key';
  const groupX = cells ? 'x.month, x.scope, x.dimension, x.key' : 'x.dimension, x.key';
  return `WITH ${DAY_ORDINALS_CTE},
facts AS (
  SELECT f.*, clo - sub AS closure, least(con, neg, med, clo) - sub AS reception,
         least(neg, med, clo) - con AS consultation, least(med, clo) - neg AS negotiation, clo - med AS mediation
    FROM (
      SELECT f.*, ${dateOrdinal('f.submitted_on')} AS sub, ${dateOrdinal('f.consultation_on')} AS con,
             ${dateOrdinal('f.negotiation_on')} AS neg, ${dateOrdinal('f.mediation_on')} AS med,
             ${dateOrdinal('f.closed_on')} AS clo
        FROM statistics_case_facts f CROSS JOIN day_ordinals cal
       WHERE ${where}
      OFFSET 0) AS f
),
x AS MATERIALIZED (
  SELECT ${cells ? `date_trunc('month', f.submitted_on)::date AS month, o.scope,` : ''} d.dimension, d.key,
         f.status, f.accepted, f.ground, f.amount_vnd, f.amount_recovered_vnd,
         f.closure, f.reception, f.consultation, f.negotiation, f.mediation, f.clocks_met, f.clocks_breached
    FROM facts f
    ${cells ? `CROSS JOIN LATERAL (VALUES ${CELL_SCOPES}) AS o(scope)` : ''}
    CROSS JOIN LATERAL (${dimensionPairsSql(dimensions)}) AS d(dimension, key)
   ${cells ? 'WHERE o.scope IS NOT NULL' : ''}
),
counts AS (
  SELECT ${groupX},
         count(*)::int AS received,
         count(*) FILTER (WHERE x.accepted)::int AS accepted,
         ${statusIs('refused')} AS refused,
         jsonb_build_object(${REFUSAL_GROUNDS.map((g) => `'${g}', count(*) FILTER (WHERE x.ground = '${g}')`).join(', ')}) AS refused_by_ground,
         ${statusIs('transferred')} AS transferred,
         count(*) FILTER (WHERE x.status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')}))::int AS in_progress,
         ${statusIs('resolved')} AS resolved,
         ${statusIs('unresolved')} AS unresolved,
         ${statusIs('withdrawn')} AS withdrawn,
         coalesce(sum(x.amount_vnd), 0) AS money_claimed,
         coalesce(sum(x.amount_recovered_vnd), 0) AS money_recovered
    FROM x GROUP BY ${groupX}
),
days AS (
  SELECT ${group}, jsonb_object_agg(stage, histogram) AS durations
    FROM (SELECT ${group}, stage, jsonb_object_agg(days, n) AS histogram
            FROM (SELECT ${groupX}, s.stage, s.days, count(*)::int AS n
                    FROM x CROSS JOIN LATERAL (VALUES ('closure', x.closure), ('reception', x.reception),
                           ('consultation', x.consultation), ('negotiation', x.negotiation),
                           ('mediation', x.mediation)) AS s(stage, days)
                   WHERE s.days IS NOT NULL
                   GROUP BY ${groupX}, s.stage, s.days) AS h
           GROUP BY ${group}, stage) AS s
   GROUP BY ${group}
),
clocks AS (
  SELECT ${group}, jsonb_object_agg(kind, jsonb_build_array(met, breached)) AS clocks
    FROM (SELECT ${groupX}, k.kind, count(*) FILTER (WHERE k.met)::int AS met,
                 count(*) FILTER (WHERE NOT k.met)::int AS breached
            FROM x CROSS JOIN LATERAL (SELECT m, true FROM unnest(x.clocks_met) AS m
                                        UNION ALL SELECT b, false FROM unnest(x.clocks_breached) AS b) AS k(kind, met)
           GROUP BY ${groupX}, k.kind) AS c
   GROUP BY ${group}
)
SELECT counts.*, coalesce(days.durations, '{}') AS durations, coalesce(clocks.clocks, '{}') AS clocks
  FROM counts LEFT JOIN days USING (${group}) LEFT JOIN clocks USING (${group})`;
}
