// bench/stats' data: bench/queues' generator (queue-fixtures.js) writes the cases, then this adds
// what the statistics read and the queue bench leaves out, in SQL over the whole table:
// - handling units: the department (SCT) for most cases, the commune's People's Committee for 35 %;
// - refused cases with their Art 58 ground (lifecycle.refusal.ground), money recovered for
//   monetary relief;
// - a consumer party per case (Art 8 groups for the `vulnerable` cases, one or two) and a business
//   party from 20,000 businesses (a few get many complaints: the report's top list);
// - the legal clocks met or breached: the business's acknowledgement (Art 31.2) for every accepted
//   case, its negotiation (Art 57.2) when negotiation began, triage, forwarding of transferred cases,
//   mediator assignment and conclusion of mediated ones, each met or breached in realistic shares;
// - the statistics' reference table working_days is filled by the api at start-up.
const { createQueueCases } = require('./queue-fixtures');

const BUSINESSES = 20_000;
const GROUPS = [
  'elderly',
  'disability',
  'child',
  'ethnic_minority',
  'pregnant_or_young_child',
  'serious_illness',
  'poor_household',
  'remote_area',
];

/** Clocks per kind: [kind, which cases run it (SQL over c), share breached, start, working days]. */
const CLOCKS = [
  ['triage', 'true', 0.06, 'c.submitted_at', 3],
  ['business_acknowledgement', 'c.consultation_at IS NOT NULL', 0.22, 'c.consultation_at', 3],
  ['business_negotiation', 'c.negotiation_at IS NOT NULL', 0.3, 'c.negotiation_at', 7],
  ['forwarding', `c.status = 'transferred'`, 0.1, 'c.submitted_at', 5],
  ['mediator_assignment', 'c.mediation_at IS NOT NULL', 0.12, 'c.mediation_at', 3],
  ['mediation_conclusion', 'c.mediation_at IS NOT NULL AND c.closed_at IS NOT NULL', 0.18, 'c.mediation_at', 30],
];

async function createStatisticsCases(db, count, progress = () => {}) {
  const start = Date.now();
  const step = (what) => progress(`${what} (${((Date.now() - start) / 1000).toFixed(0)} s)`);
  await createQueueCases(db, count, (n) => step(`${n} cases written`));
  await db.query(`SET synchronous_commit = off`);
  await db.query(`SET maintenance_work_mem = '256MB'`);
  // One UPDATE rewrites every row once: the units, grounds and money together.
  await db.query(`
    UPDATE cases c SET
      handling_org_id = CASE WHEN abs(hashtext(c.access_key_hash || 'unit')) % 100 < 35
                             THEN coalesce((SELECT u.id FROM organisations u WHERE u.code = 'UBND-' || c.commune_code), c.handling_org_id)
                             ELSE c.handling_org_id END,
      lifecycle = CASE WHEN c.status = 'refused'
                       THEN jsonb_build_object('refusal', jsonb_build_object('ground',
                              (ARRAY['a', 'a', 'b', 'c', 'c', 'c', 'd', 'e'])[1 + abs(hashtext(c.access_key_hash || 'ground')) % 8]))
                       ELSE c.lifecycle END,
      amount_recovered_vnd = CASE WHEN c.outcome = 'monetary_relief'
                                  THEN (c.amount_vnd * (0.3 + 0.7 * (abs(hashtext(c.access_key_hash || 'money')) % 1000) / 1000.0))::bigint END
    WHERE c.tracking_code LIKE 'TN-____-B%'`);
  step('units, refusal grounds, money recovered');
  const hasSensitiveColumn = (
    await db.query(
      `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'case_parties' AND column_name = 'has_sensitive_group'`,
    )
  ).rows[0].n;
  await db.query(`
    INSERT INTO case_parties (case_id, role, name, email, phone, commune_code, language, vulnerable_groups, contact_shared
      ${hasSensitiveColumn ? ', has_sensitive_group' : ''})
    SELECT c.id, 'consumer', 'Người tiêu dùng ' || c.tracking_code, 'nguoi.' || lower(c.tracking_code) || '@bench.test',
           '09' || lpad((abs(hashtext(c.tracking_code)) % 100000000)::text, 8, '0'), c.commune_code, 'vi', g.groups, false
           ${hasSensitiveColumn ? `, coalesce(g.groups && ARRAY['disability', 'ethnic_minority', 'pregnant_or_young_child', 'serious_illness']::varchar[], false)` : ''}
      FROM cases c
      CROSS JOIN LATERAL (SELECT CASE WHEN c.vulnerable THEN
        CASE WHEN abs(hashtext(c.tracking_code)) % 5 = 0
             THEN ARRAY[(ARRAY[${GROUPS.map((g) => `'${g}'`).join(', ')}])[1 + abs(hashtext(c.tracking_code)) % 8],
                        (ARRAY[${GROUPS.map((g) => `'${g}'`).join(', ')}])[1 + (abs(hashtext(c.tracking_code)) / 8 + 3) % 8]]::varchar[]
             ELSE ARRAY[(ARRAY[${GROUPS.map((g) => `'${g}'`).join(', ')}])[1 + abs(hashtext(c.tracking_code)) % 8]]::varchar[] END
        ELSE '{}'::varchar[] END AS groups) g
     WHERE c.tracking_code LIKE 'TN-____-B%'`);
  step('consumer parties');
  // Business n of BUSINESSES, drawn so that a few get many complaints (power law).
  await db.query(`
    INSERT INTO case_parties (case_id, role, name, tax_code, contact_shared)
    SELECT c.id, 'business', 'Công ty TNHH Bench ' || b.n, lpad((4600000000 + b.n)::text, 10, '0'), false
      FROM cases c
      CROSS JOIN LATERAL (SELECT 1 + floor(power((abs(hashtext(c.access_key_hash)) % 1000000) / 1000000.0, 3) * ${BUSINESSES})::int AS n) b
     WHERE c.tracking_code LIKE 'TN-____-B%'`);
  step('business parties');
  const { rows: deadlineIndexes } = await db.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i WHERE i.indrelid = 'case_deadlines'::regclass AND NOT i.indisprimary`,
  );
  for (const index of deadlineIndexes) await db.query(`DROP INDEX ${index.name}`);
  for (const [i, [kind, when, breached, from, days]] of CLOCKS.entries()) {
    // A clock is done once the case moved on or closed; still running (pending) otherwise.
    await db.query(
      `INSERT INTO case_deadlines (case_id, kind, status, started_at, due_at, closed_at, breached_at)
       SELECT c.id, $1, s.status, ${from}, ${from} + interval '${Math.ceil(days * 1.4)} days',
              CASE WHEN s.status = 'met' THEN ${from} + interval '1 day' END,
              CASE WHEN s.status = 'breached' THEN ${from} + interval '${Math.ceil(days * 1.4)} days' END
         FROM cases c
         CROSS JOIN LATERAL (SELECT CASE
           WHEN c.closed_at IS NULL AND ${from} > now() - interval '10 days' THEN 'pending'
           WHEN (abs(hashtext(c.access_key_hash || '${i}')) % 1000) < ${Math.round(breached * 1000)} THEN 'breached'
           ELSE 'met' END AS status) s
        WHERE c.tracking_code LIKE 'TN-____-B%' AND ${when}`,
      [kind],
    );
    step(`clocks ${kind}`);
  }
  for (const index of deadlineIndexes) await db.query(index.def);
  await db.query(`VACUUM (ANALYZE) cases, case_parties, case_deadlines`);
  step('indexes rebuilt, vacuumed');
}

/** What the generator wrote, for the results. */
async function describeStatisticsCases(db) {
  const { rows } = await db.query(`
    SELECT (SELECT count(*) FROM cases)::int AS cases,
           (SELECT count(*) FROM cases WHERE closed_at IS NOT NULL)::int AS closed,
           (SELECT count(*) FROM cases WHERE status = 'refused')::int AS refused,
           (SELECT count(*) FROM case_parties)::int AS parties,
           (SELECT count(*) FROM case_parties WHERE cardinality(vulnerable_groups) > 0)::int AS vulnerable,
           (SELECT count(*) FROM case_deadlines)::int AS clocks,
           (SELECT count(*) FROM case_deadlines WHERE status = 'breached')::int AS breached,
           (SELECT min(submitted_at) FROM cases) AS first, (SELECT max(submitted_at) FROM cases) AS last,
           pg_size_pretty(pg_total_relation_size('cases') + pg_total_relation_size('case_parties')
                          + pg_total_relation_size('case_deadlines')) AS size`);
  return rows[0];
}

module.exports = { createStatisticsCases, describeStatisticsCases };
