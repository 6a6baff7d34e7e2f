// bench/stats: the department's statistics on a million cases (issue 11 "Scale and correctness").
// bench/queues' generator writes three years of cases and bench/lib/stats-fixtures.js adds what the
// figures read (units, refusal grounds, money recovered, parties with Art 8 groups, businesses, legal
// clocks met and breached). The built api then serves every statistics endpoint — each `by`, with and
// without a filter, an officer's unit, the public figures, a year's monthly table exported as XLSX
// and CSV — timed one request after another, beside the same aggregation sent straight through pg
// over the base tables. Then the worker compiles the annual report: its time and peak memory.
// Writes its section of bench/RESULTS.md (and keeps a row per BENCH_STEP there).
// Usage: npm run bench:stats  (build included)
//   BENCH_CASES (1000000), BENCH_REQUESTS (50 per endpoint), BENCH_WARM_UP (3), BENCH_RAW_REQUESTS
//   (the raw SQL's runs, 20), BENCH_EXPLAIN=0 (no EXPLAIN ANALYZE: it runs each statement once more),
//   BENCH_KEEP_DATABASE=1 (keep the database and reuse it next run), BENCH_REBUILD_ROLLUPS=0 (a kept
//   database's rollups as they are, instead of building them all again first), BENCH_STEP (a name for this
//   run's row in the table of steps), BENCH_DIST (a build other than dist/)
const os = require('node:os');
const { Client } = require('pg');
const h = require('./lib/harness');
const { createMediators, COUNT_GENERATED } = require('./lib/queue-fixtures');
const { createStatisticsCases, describeStatisticsCases } = require('./lib/stats-fixtures');
const { explain, timeSequential } = require('./lib/queue-timing');
const { pollUntil } = require('./lib/stats');
const { baseStatisticsSql } = require('./lib/base-statistics-sql');

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 3);
const RAW_REQUESTS = Number(process.env.BENCH_RAW_REQUESTS ?? Math.min(REQUESTS, 20));
const EXPLAIN = process.env.BENCH_EXPLAIN !== '0';
const KEEP = process.env.BENCH_KEEP_DATABASE === '1';
const REBUILD = process.env.BENCH_REBUILD_ROLLUPS !== '0';
const STEP = process.env.BENCH_STEP ?? 'current';
const DATABASE = 'cc_bench_stats';
const PASSWORD = 'bench-password';
const TARGET_P99_MS = 300;
const ROLLUP_INTERVAL_S = 5; // the worker's rollup job, every 5 s here (60 s by default)
const YEAR = 2025; // a whole calendar year of the three the generator writes
const FROM = `${YEAR}-01-01`;
const TO = `${YEAR}-12-31`;
const DIMENSIONS = ['sector', 'commune', 'channel', 'outcome', 'vulnerable_group', 'handling_org', 'month'];

/** The statistics bench's database: reused when kept with as many cases and their clocks. */
function database(log) {
  return h.generatedDatabase({
    name: DATABASE,
    keep: KEEP,
    log,
    isComplete: async (db) => {
      const { rows } = await db.query(
        `SELECT (${COUNT_GENERATED}) AS n, (SELECT count(*) FROM case_deadlines) AS clocks`,
      );
      return Number(rows[0].n) === CASES && Number(rows[0].clocks) > 0;
    },
    generate: async (db) => {
      await createMediators(db);
      await createStatisticsCases(db, CASES, log);
    },
  });
}

/** The same aggregation over the base tables (bench/lib/base-statistics-sql.js), for one statistics call. */
function baseSql(by, filters, language = 'vi') {
  const { startOfLocalDay, addDays } = h.built('libs/domain/src');
  const cohort = { receivedFrom: startOfLocalDay(FROM), receivedBefore: startOfLocalDay(addDays(TO, 1)), filters };
  return baseStatisticsSql(by, cohort, language);
}

/**
 * Every month rolled up again from scratch (cells and months emptied, every fact marked), so that the
 * run measures the worker's full build; resolves when the worker has built them all.
 */
async function resetRollups(db) {
  await db.query(`TRUNCATE statistics_cells, statistics_months`);
  await db.query(`UPDATE statistics_case_facts SET dirty = true WHERE NOT dirty`);
  const { rows } = await db.query(
    `SELECT count(DISTINCT date_trunc('month', submitted_on))::int AS months FROM statistics_case_facts`,
  );
  return rows[0].months;
}

async function rollupsBuilt(db, months) {
  const start = Date.now();
  const { at, timedOut } = await pollUntil(
    async () =>
      (
        await db.query(`SELECT (SELECT count(*) FROM statistics_months)::int AS built,
                               EXISTS (SELECT 1 FROM statistics_case_facts WHERE dirty) AS dirty`)
      ).rows[0],
    (state) => state.built >= months && !state.dirty,
    { everyMs: 1000, timeoutMs: 3_600_000 },
  );
  if (timedOut) throw new Error('the worker did not roll up every month within an hour');
  const { rows } = await db.query(`SELECT count(*)::int AS cells, pg_total_relation_size('statistics_cells') AS bytes,
                                          pg_total_relation_size('statistics_case_facts') AS facts FROM statistics_cells`);
  return { ms: at - start, months, ...rows[0] };
}

async function request(base, path, token) {
  const res = await fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`GET ${path} → ${res.status} ${body.toString().slice(0, 300)}`);
  return { body, type: res.headers.get('content-type') };
}

function endpointList(ids) {
  const period = `from=${FROM}&to=${TO}`;
  const list = [];
  for (const by of DIMENSIONS) {
    list.push({ actor: 'analyst', label: `by=${by}`, path: `/api/v1/statistics?${period}&by=${by}`, sql: [[by, {}]] });
  }
  for (const by of ['sector', 'month', 'vulnerable_group']) {
    const q = by === 'sector' ? `commune=${ids.commune}` : `sector=ecommerce`;
    const filters = by === 'sector' ? { commune: ids.commune } : { sector: 'ecommerce' };
    list.push({
      actor: 'analyst',
      label: `by=${by}&${q}`,
      path: `/api/v1/statistics?${period}&by=${by}&${q}`,
      sql: [[by, filters]],
    });
  }
  for (const by of ['month', 'sector']) {
    list.push({
      actor: 'officer',
      label: `by=${by} (their unit)`,
      path: `/api/v1/statistics?${period}&by=${by}`,
      sql: [[by, { handlingOrg: ids.unit }]],
    });
  }
  list.push({
    actor: 'analyst',
    label: 'totals only (no by)',
    path: `/api/v1/statistics?${period}`,
    sql: [[null, {}]],
  });
  list.push({
    actor: 'public',
    label: `public/statistics?year=${YEAR}`,
    path: `/api/v1/public/statistics?year=${YEAR}`,
    sql: ['sector', 'commune', 'channel', 'outcome', 'month'].map((by) => [by, {}]),
  });
  for (const format of ['xlsx', 'csv']) {
    list.push({
      actor: 'analyst',
      label: `export by=month ${format}`,
      path: `/api/v1/statistics/export?format=${format}&${period}&by=month`,
      sql: [['month', {}]],
    });
  }
  return list;
}

/** The public endpoint's breakdowns, from the api's own list when the build has it. */
function publicBreakdowns() {
  try {
    return h.built('apps/api/src/public/statistics/public-statistics.dto').PUBLIC_BREAKDOWNS;
  } catch {
    return ['sector', 'commune', 'channel', 'outcome', 'month'];
  }
}

async function annualReport(base, token, db) {
  const start = Date.now();
  const res = await fetch(`${base}/api/v1/reports/annual`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ year: YEAR + 1 }),
  });
  if (res.status !== 202) throw new Error(`POST /reports/annual → ${res.status} ${await res.text()}`);
  const { id } = await res.json();
  const { value, at, timedOut } = await pollUntil(
    async () => (await fetch(`${base}/api/v1/reports/${id}`, { headers: { authorization: `Bearer ${token}` } })).json(),
    (status) => status.status === 'done' || status.status === 'failed',
    { everyMs: 200, timeoutMs: 900_000 },
  );
  const sizes = {};
  if (value.status === 'done') {
    for (const format of ['xlsx', 'pdf'])
      sizes[format] = (await request(base, `/api/v1/reports/${id}/file?format=${format}`, token)).body.length;
  }
  const { rows } = await db
    .query(`SELECT period_from::text, period_to::text FROM reports WHERE id = $1`, [id])
    .catch(() => ({ rows: [] }));
  return { ms: at - start, status: timedOut ? 'timed out' : value.status, sizes, period: rows[0] };
}

async function main() {
  const log = (line) => process.stdout.write(`${line}\n`);
  h.requireBuild();
  const loadBefore = os.loadavg();
  const { url, seedMs } = await database(log);
  const db = new Client({ connectionString: url });
  await db.connect();
  const port = await h.freePort();
  const smtp = await h.smtpSink();
  const prefix = `benchs${Date.now()}`;
  const env = {
    DATABASE_URL: url,
    PORT: String(port),
    QUEUE_PREFIX: prefix,
    SMTP_URL: smtp.url,
    STATISTICS_ROLLUP_INTERVAL: String(ROLLUP_INTERVAL_S),
  };
  const months = REBUILD ? await resetRollups(db) : null;
  const api = h.startApp('api', env);
  const worker = h.startApp('worker', env);
  const queues = h.queues(prefix);
  try {
    await h.waitFor(api, 'api listening', 120_000);
    await h.waitFor(worker, 'worker started', 120_000);
    const rollups = REBUILD ? await rollupsBuilt(db, months) : null;
    log(`rollups: ${JSON.stringify(rollups)}`);
    const base = `http://127.0.0.1:${port}`;
    const login = async (email) => {
      const res = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      });
      if (res.status !== 200) throw new Error(`login ${email} → ${res.status}`);
      return (await res.json()).accessToken;
    };
    const tokens = {
      analyst: await login('analyst@demo.test'),
      officer: await login('officer@demo.test'),
      public: null,
    };
    const one = async (sql, params = []) => (await db.query(sql, params)).rows[0];
    const ids = {
      unit: (await one(`SELECT organisation_id AS id FROM users WHERE email = 'officer@demo.test'`)).id,
      commune: (await one(`SELECT commune_code AS code FROM cases GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)).code,
    };
    const data = await describeStatisticsCases(db);
    const cohort = await one(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE handling_org_id = $3)::int AS unit
         FROM cases WHERE submitted_at >= $1 AND submitted_at < $2`,
      [`${FROM}T00:00:00+07:00`, `${YEAR + 1}-01-01T00:00:00+07:00`, ids.unit],
    );
    const list = endpointList(ids);
    const publicDims = publicBreakdowns();
    for (const e of list) if (e.actor === 'public') e.sql = publicDims.map((by) => [by, {}]);

    const rows = [];
    const started = { at: Date.now(), cpu: h.cpuSnapshot({ api: api.pid, worker: worker.pid }) };
    for (const endpoint of list) {
      const statements = endpoint.sql.flatMap(([by, filters]) => baseSql(by, filters));
      const get = () => request(base, endpoint.path, tokens[endpoint.actor]);
      await timeSequential(WARM_UP, get);
      let size = 0;
      const http = await timeSequential(REQUESTS, async () => {
        size = (await get()).body.length;
      });
      const raw = await timeSequential(RAW_REQUESTS, async () => {
        await db.query('SET jit = off');
        for (const s of statements) await db.query(s.text, s.values);
      });
      const plans = [];
      if (EXPLAIN) for (const s of statements.slice(0, 2)) plans.push(await explain(db, s));
      const row = { endpoint, size, http, raw, plans, load: os.loadavg()[0] };
      log(`${endpoint.actor} ${endpoint.path}: ${JSON.stringify({ http, raw, plans: plans.map((p) => p.ms) })}`);
      rows.push(row);
    }
    const cpu = h.cpuSince(started.cpu, h.cpuSnapshot({ api: api.pid, worker: worker.pid }));
    const others = Math.max(
      0,
      (cpu.machine - cpu.api - cpu.worker - cpu.postgres - cpu.bench) /
        (((Date.now() - started.at) / 1000) * os.cpus().length),
    );
    const report = await annualReport(base, tokens.analyst, db);
    log(`annual report: ${JSON.stringify(report)}`);
    const rss = { api: h.peakRssMiB(api.pid), worker: h.peakRssMiB(worker.pid) };
    const pg = await one(`SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS sb,
                                  current_setting('work_mem') AS wm, current_setting('max_parallel_workers_per_gather') AS par`);
    const loadAfter = os.loadavg();
    const markdown = resultSection({
      data,
      cohort,
      seedMs,
      rows,
      others,
      report,
      rss,
      pg,
      loadBefore,
      loadAfter,
      rollups,
    });
    await h.writeFormattedSection('stats', markdown);
    log(markdown);
  } finally {
    await queues.close().catch(() => {});
    await h.stop(api);
    await h.stop(worker);
    await smtp.close();
    await db.end();
    if (!KEEP) await h.dropDatabase(DATABASE);
  }
}

function resultSection({ data, cohort, seedMs, rows, others, report, rss, pg, loadBefore, loadAfter, rollups }) {
  const f = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
  const n = (v) => Number(v).toLocaleString('en');
  const worst = Math.max(...rows.map((r) => r.http.p99));
  const worstRaw = Math.max(...rows.map((r) => r.raw.p99));
  const stepRow = `| ${STEP} | ${new Date().toISOString().slice(0, 16)} | ${f(worst)} | ${f(worstRaw)} | ${(report.ms / 1000).toFixed(1)} s (${report.status}) | ${rss.worker} / ${rss.api} | ${loadBefore[0].toFixed(2)} |`;
  return [
    '## bench/stats',
    '',
    `Run ${new Date().toISOString()} (step "${STEP}") on ${h.machine()}, PostgreSQL ${pg.v} local`,
    `(shared_buffers ${pg.sb}, work_mem ${pg.wm}, ${pg.par} parallel workers per gather); the built api and worker`,
    'as processes, the bench client on the same machine. Load average before / after:',
    `${loadBefore.map((l) => l.toFixed(2)).join(' ')} / ${loadAfter.map((l) => l.toFixed(2)).join(' ')}; other processes (other`,
    `helpers' tests share the 2 cores) took ${Math.round(others * 100)} % of the machine's CPU during the timings.`,
    '',
    `Data: ${n(data.cases)} cases submitted ${new Date(data.first).toISOString().slice(0, 10)} – ${new Date(data.last).toISOString().slice(0, 10)}, ${n(data.closed)} closed,`,
    `${n(data.refused)} refused; ${n(data.parties)} parties (${n(data.vulnerable)} consumers in an Art 8 group); ${n(data.clocks)} legal clocks`,
    `(${n(data.breached)} breached); ${data.size} with indexes. Each call reads ${YEAR}: ${n(cohort.n)} cases received, ${n(cohort.unit)} of them`,
    "handled by the officer's unit (SCT).",
    seedMs === null
      ? 'The database was kept from an earlier run (BENCH_KEEP_DATABASE=1).'
      : `Generated in ${(seedMs / 1000).toFixed(0)} s (bench/lib/stats-fixtures.js).`,
    '',
    ...(rollups
      ? [
          `Rollups: the run emptied the month cells and marked every fact, then started the worker (rollup job every ${ROLLUP_INTERVAL_S} s):`,
          `it counted all ${rollups.months} months in ${(rollups.ms / 1000).toFixed(0)} s, into ${n(rollups.cells)} cells (${(rollups.bytes / 1048576).toFixed(0)} MB; the facts table ${(rollups.facts / 1048576).toFixed(0)} MB).`,
        ]
      : [
          'Rollups: kept from an earlier run (BENCH_REBUILD_ROLLUPS=0); the worker ran beside the timings (rollup job every ' +
            `${ROLLUP_INTERVAL_S} s).`,
        ]),
    "The timings below start after it: every whole month is read from its cells (the province's, or those of the one filter or unit), a query with two filters from the facts.",
    '',
    `Each endpoint: ${WARM_UP} warm-up requests, then ${REQUESTS} one after another (HTTP, token checked each time);`,
    `then the same aggregation straight through pg over the base tables (bench/lib/base-statistics-sql.js,`,
    `${RAW_REQUESTS} times, JIT off); "plan ms" is EXPLAIN ANALYZE of its figures and clocks statements${EXPLAIN ? '' : ' (not run: BENCH_EXPLAIN=0)'}. The public`,
    'endpoint runs five breakdowns; the export one monthly table.',
    '',
    '| caller | endpoint | bytes | HTTP p50 / p99 / max ms | raw SQL over base tables p50 / p99 ms | plan ms (figures, clocks) | load |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      ({ endpoint, size, http, raw, plans, load }) =>
        `| ${endpoint.actor} | ${endpoint.label} | ${n(size)} | ${f(http.p50)} / ${f(http.p99)} / ${f(http.max)} | ${f(raw.p50)} / ${f(raw.p99)} | ${plans.map((p) => f(p.ms)).join(', ') || '–'} | ${load.toFixed(2)} |`,
    ),
    '',
    `Worst HTTP p99: ${f(worst)} ms (target < ${TARGET_P99_MS} ms): ${worst < TARGET_P99_MS ? 'met' : 'NOT met'}.`,
    '',
    `Annual report ${YEAR + 1} (${report.period ? `${report.period.period_from} – ${report.period.period_to}` : 'default period'}), requested through the api, compiled by the worker: ${(report.ms / 1000).toFixed(1)} s`,
    `(${report.status}; target < 60 s), XLSX ${n(report.sizes.xlsx ?? 0)} bytes, PDF ${n(report.sizes.pdf ?? 0)} bytes. Peak RSS: worker ${rss.worker} MiB, api ${rss.api} MiB.`,
    "The generator writes no case events, so the report's mediation outcomes per organisation are empty here.",
    '',
    '### Steps',
    '',
    'One row per BENCH_STEP run (the latest of each kept).',
    '',
    '| step | run (UTC) | worst HTTP p99 ms | worst raw SQL p99 ms | annual report | peak RSS worker / api MiB | load before |',
    '|---|---|---|---|---|---|---|',
    ...h.keptStepRows('stats', STEP, stepRow),
  ].join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
