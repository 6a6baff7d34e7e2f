// bench/queues' data, written straight in SQL with generate_series: a province's three years of
// complaints, most closed, a few percent passing through mediation, spread over five mediation
// organisations and their mediators. Parties, events and clocks are left out: the queue queries
// read the cases table only.

const ORGANISATIONS = 5; // HBVNTD (the demo association) and four bench mediation organisations
const HBVNTD_SHARE = 0.4; // the provincial association takes the largest share; the others split the rest
const MEDIATORS_PER_ORG = [13, 6, 6, 6, 6]; // HBVNTD's first mediator is the demo one (mediator@demo.test)
const BATCH = 100_000;

// Shares of all cases (r_kind below): open in mediation (3 %), waiting on the consumer during
// mediation (0.3 %), closed after mediation (4 %), open before mediation (6 %), the rest closed.
const KIND = { mediationOpen: 0.03, mediationNeedsInfo: 0.033, mediationClosed: 0.073, openOther: 0.133 };

/** The bench organisations and mediators; returns { organisations: [id…], mediators: [[id…]…] }. */
async function createMediators(db) {
  const hbvntd = (await db.query(`SELECT id FROM organisations WHERE code = 'HBVNTD'`)).rows[0].id;
  const demoMediator = (await db.query(`SELECT id FROM users WHERE email = 'mediator@demo.test'`)).rows[0].id;
  const organisations = [hbvntd];
  for (let i = 2; i <= ORGANISATIONS; i += 1) {
    const { rows } = await db.query(
      `INSERT INTO organisations (code, name, kind, mediation_type, active)
       VALUES ($1, $2, 'mediation_organisation', $3, true) RETURNING id`,
      [`BENCH-HG-${i}`, `Tổ chức hòa giải (bench) ${i}`, i % 2 === 0 ? 'b' : 'c'],
    );
    organisations.push(rows[0].id);
  }
  const mediators = [];
  for (const [o, organisationId] of organisations.entries()) {
    const ids = o === 0 ? [demoMediator] : [];
    while (ids.length < MEDIATORS_PER_ORG[o]) {
      const { rows } = await db.query(
        `INSERT INTO users (email, password_hash, full_name, role, organisation_id)
         VALUES ($1, 'not-a-password', $2, 'mediator', $3) RETURNING id`,
        [`mediator-${o + 1}-${ids.length + 1}@bench.test`, `Hòa giải viên ${o + 1}.${ids.length + 1}`, organisationId],
      );
      ids.push(rows[0].id);
    }
    mediators.push(ids);
  }
  await db.query(`CREATE TEMP TABLE bench_mediators (org_no int, mediator_no int, org_id uuid, mediator_id uuid)`);
  for (const [o, ids] of mediators.entries())
    for (const [m, id] of ids.entries())
      await db.query(`INSERT INTO bench_mediators VALUES ($1, $2, $3, $4)`, [o + 1, m + 1, organisations[o], id]);
  return { organisations, mediators };
}

// One batch of cases [from, to]: the random draws first, then the columns that follow from them.
const INSERT_BATCH = `
WITH draw AS (
  SELECT g, random() AS r_kind, random() AS r_status, random() AS r_age, random() AS r_close, random() AS r_due,
         random() AS r_org, random() AS r_med, random() AS r_sector, random() AS r_commune, random() AS r_prio,
         random() AS r_channel, random() AS r_who
  FROM generate_series($1::int, $2::int) AS g
), kind AS (
  SELECT d.*,
    CASE WHEN r_kind < ${KIND.mediationOpen} THEN 'mediation_open'
         WHEN r_kind < ${KIND.mediationNeedsInfo} THEN 'mediation_needs_info'
         WHEN r_kind < ${KIND.mediationClosed} THEN 'mediation_closed'
         WHEN r_kind < ${KIND.openOther} THEN 'open_other'
         ELSE 'closed_other' END AS kind,
    CASE WHEN r_org < ${HBVNTD_SHARE} THEN 1
         ELSE least(${ORGANISATIONS}, 2 + floor((r_org - ${HBVNTD_SHARE}) / ${(1 - HBVNTD_SHARE) / (ORGANISATIONS - 1)}))::int END AS org_no
  FROM draw d
), dated AS (
  SELECT k.*,
    -- open cases are recent; closed ones spread over three years
    now() - (CASE WHEN kind IN ('mediation_open', 'mediation_needs_info', 'open_other') THEN r_age * 90
                  ELSE r_age * 1095 END) * interval '1 day' AS submitted_at,
    kind LIKE 'mediation%' AS mediated,
    kind IN ('mediation_open', 'mediation_needs_info', 'open_other') AS open
  FROM kind k
), shaped AS (
  SELECT s.*,
    CASE WHEN NOT open THEN least(now(), submitted_at + (5 + r_close * 55) * interval '1 day') END AS closed_at,
    CASE WHEN open AND r_due >= 0.1 THEN now() + ((r_due - 0.1) / 0.9 * 35 - 5) * interval '1 day' END AS next_due_at,
    CASE WHEN kind = 'mediation_open' THEN 'mediation'
         WHEN kind = 'mediation_needs_info' THEN 'needs_info'
         WHEN kind = 'open_other' THEN (ARRAY['submitted', 'needs_info', 'consultation', 'consultation', 'negotiation', 'negotiation'])[1 + floor(r_status * 6)::int]
         WHEN kind = 'mediation_closed' THEN (ARRAY['resolved', 'resolved', 'resolved', 'resolved', 'resolved', 'resolved', 'unresolved', 'unresolved', 'unresolved', 'withdrawn'])[1 + floor(r_status * 10)::int]
         ELSE (ARRAY['resolved', 'resolved', 'resolved', 'resolved', 'resolved', 'resolved', 'resolved', 'resolved', 'resolved', 'resolved', 'resolved',
                     'unresolved', 'unresolved', 'unresolved', 'unresolved', 'withdrawn', 'withdrawn', 'refused', 'refused', 'transferred'])[1 + floor(r_status * 20)::int]
    END AS status,
    -- one case in ten waits in its organisation's queue for a mediator
    CASE WHEN kind = 'mediation_open' AND r_med < 0.1 THEN NULL
         ELSE 1 + floor(r_who * (ARRAY[${MEDIATORS_PER_ORG.join(', ')}])[org_no])::int END AS mediator_no
  FROM dated s
)
INSERT INTO cases (tracking_code, status, resume_status, channel, sector_code, commune_code, handling_org_id,
  access_key_hash, mediation_org_id, mediator_id, data_consent_at, data_consent_version, priority, vulnerable,
  product, purchase_channel, amount_vnd, description, outcome, language, submitted_at, consultation_at,
  negotiation_at, mediation_at, closed_at, next_due_at, overdue_since, version)
SELECT 'TN-' || to_char(submitted_at, 'YYYY') || '-B' || lpad(g::text, 7, '0'),
  status,
  CASE WHEN kind = 'mediation_needs_info' THEN 'mediation' END,
  (ARRAY['web', 'web', 'web', 'web', 'web', 'web', 'phone', 'phone', 'email', 'in_person', 'post', 'hotline_referral'])[1 + floor(r_channel * 12)::int],
  ref.sectors[1 + floor(power(r_sector, 2) * array_length(ref.sectors, 1))::int],
  ref.communes[1 + floor(power(r_commune, 1.5) * array_length(ref.communes, 1))::int],
  ref.sct,
  md5(g::text) || md5((g + 1)::text),
  CASE WHEN mediated THEN m.org_id END,
  CASE WHEN mediated AND shaped.mediator_no IS NOT NULL THEN m.mediator_id END,
  submitted_at, 'bench', CASE WHEN r_prio < 0.08 THEN 1 ELSE 0 END, r_prio < 0.08,
  'Sản phẩm ' || g, 'ecommerce_platform', (100000 + floor(r_close * 20000000))::bigint,
  'Sản phẩm lỗi, người bán không trả lời tin nhắn (bench).',
  CASE status WHEN 'resolved' THEN (ARRAY['monetary_relief', 'non_monetary_relief', 'explained'])[1 + floor(r_age * 3)::int]
              WHEN 'withdrawn' THEN 'withdrawn' WHEN 'refused' THEN 'refused' WHEN 'transferred' THEN 'transferred' END,
  'vi', submitted_at,
  CASE WHEN status <> 'submitted' THEN submitted_at + interval '2 days' END,
  CASE WHEN mediated OR status IN ('negotiation', 'resolved', 'unresolved') THEN submitted_at + interval '4 days' END,
  CASE WHEN mediated THEN submitted_at + interval '12 days' END,
  closed_at, next_due_at,
  CASE WHEN next_due_at < now() AND r_close < 0.7 THEN next_due_at END,
  1
FROM shaped
CROSS JOIN ref
LEFT JOIN bench_mediators m ON m.org_no = shaped.org_no AND m.mediator_no = coalesce(shaped.mediator_no, 1)`;

/**
 * `count` cases in batches; `progress(done)` after each. Secondary indexes are dropped during the
 * load and built again after it (as pg_restore does), then the table is vacuumed and analysed, as
 * autovacuum would have left a table of that age.
 */
async function createQueueCases(db, count, progress = () => {}) {
  await db.query(`CREATE TEMP TABLE ref AS
    SELECT (SELECT array_agg(code ORDER BY code) FROM sectors) AS sectors,
           (SELECT array_agg(code ORDER BY code) FROM communes) AS communes,
           (SELECT id FROM organisations WHERE code = 'SCT') AS sct`);
  const { rows: indexes } = await db.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i WHERE i.indrelid = 'cases'::regclass AND NOT i.indisprimary AND NOT i.indisunique`,
  );
  for (const index of indexes) await db.query(`DROP INDEX ${index.name}`);
  await db.query(`SET synchronous_commit = off`);
  for (let from = 1; from <= count; from += BATCH) {
    await db.query(INSERT_BATCH, [from, Math.min(count, from + BATCH - 1)]);
    progress(Math.min(count, from + BATCH - 1));
  }
  await db.query(`SET maintenance_work_mem = '256MB'`);
  for (const index of indexes) await db.query(index.def);
  await db.query(`VACUUM (ANALYZE) cases`);
  return indexes.map((index) => index.name);
}

/** What the generator wrote, for the results. */
async function describeCases(db) {
  const { rows } = await db.query(`
    SELECT count(*) AS total,
      count(*) FILTER (WHERE closed_at IS NULL) AS open,
      count(*) FILTER (WHERE mediation_org_id IS NOT NULL) AS mediated,
      count(*) FILTER (WHERE status = 'mediation') AS in_mediation,
      count(*) FILTER (WHERE status = 'mediation' AND mediator_id IS NULL) AS unassigned,
      min(submitted_at) AS first, max(submitted_at) AS last,
      pg_size_pretty(pg_total_relation_size('cases')) AS size
    FROM cases`);
  return rows[0];
}

/** How many generated cases a database holds (their tracking codes have a B after the year). */
const COUNT_GENERATED = `SELECT count(*) AS n FROM cases WHERE tracking_code LIKE 'TN-____-B%'`;

/** bench/queues' database of `cases` generated cases (harness.generatedDatabase; reused when kept with as many). */
function queueDatabase(h, { name, cases, keep, log }) {
  return h.generatedDatabase({
    name,
    keep,
    log,
    isComplete: async (db) => Number((await db.query(COUNT_GENERATED)).rows[0].n) === cases,
    generate: async (db, start) => {
      await createMediators(db);
      await createQueueCases(db, cases, (n) =>
        log(`${n} cases written (${((Date.now() - start) / 1000).toFixed(0)} s)`),
      );
    },
  });
}

module.exports = {
  createMediators,
  createQueueCases,
  describeCases,
  queueDatabase,
  COUNT_GENERATED,
  MEDIATORS_PER_ORG,
};
