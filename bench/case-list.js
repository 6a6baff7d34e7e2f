// bench/case-list: the staff case list (GET /api/v1/cases) on a million cases, for the callers who
// see the whole province (association, analyst, admin) and for an officer's unit, with and without
// filters. The data is bench/queues' (bench/lib/queue-fixtures.js, the same database, kept with
// BENCH_KEEP_DATABASE=1). Each endpoint is timed one request after another, beside the same SQL
// (the page's ids and the capped counts, built by the api's own module) sent straight through pg.
// Writes its section of bench/RESULTS.md.
// Usage: npm run bench:case-list  (build included)
//   BENCH_CASES (1000000), BENCH_REQUESTS (300 sequential per endpoint), BENCH_KEEP_DATABASE=1
const os = require('node:os');
const { Client } = require('pg');
const h = require('./lib/harness');
const { describeCases, queueDatabase } = require('./lib/queue-fixtures');
const { explain, getJson, timeSequential } = require('./lib/queue-timing');

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const KEEP = process.env.BENCH_KEEP_DATABASE === '1';
const DATABASE = 'cc_bench_queues'; // bench/queues' data: both benches can share one kept database
const PASSWORD = 'bench-password'; // what harness.freshDatabase seeds the demo accounts with
const WARM_UP = 30;
const TARGET_P99_MS = 50;

async function main() {
  const log = (line) => process.stdout.write(`${line}\n`);
  h.requireBuild();
  const loadBefore = os.loadavg();
  const { url, seedMs } = await queueDatabase(h, { name: DATABASE, cases: CASES, keep: KEEP, log });
  const db = new Client({ connectionString: url });
  await db.connect();
  const port = await h.freePort();
  const smtp = await h.smtpSink();
  const api = h.startApp('api', {
    DATABASE_URL: url,
    PORT: String(port),
    QUEUE_PREFIX: `benchl${Date.now()}`,
    SMTP_URL: smtp.url,
  });
  try {
    await h.waitFor(api, 'api listening');
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
    const one = async (sql, params = []) => (await db.query(sql, params)).rows[0];
    const user = async (email) => one(`SELECT id, role, organisation_id FROM users WHERE email = $1`, [email]);
    const callers = {};
    for (const role of ['association', 'analyst', 'admin', 'officer']) {
      const email = `${role}@demo.test`;
      const row = await user(email);
      callers[role] = {
        token: await login(email),
        staff: { userId: row.id, role: row.role, organisationId: row.organisation_id, supervisor: false },
      };
    }
    const sct = (await one(`SELECT id FROM organisations WHERE code = 'SCT'`)).id;
    const rareCommune = (await one(`SELECT commune_code AS code FROM cases GROUP BY 1 ORDER BY count(*), 1 LIMIT 1`))
      .code;
    const data = await describeCases(db);
    const scopeSize = await one(`SELECT count(*) AS unit FROM cases WHERE handling_org_id = $1`, [sct]);

    const { caseListPageSql, caseListCountsSql } = h.built('apps/api/src/cases/case-list-sql');
    const { decodeQueueCursor } = h.built('apps/api/src/common/paging/queue-cursor');
    const deepCursor = async (token, pages) => {
      let cursor = null;
      for (let i = 0; i < pages; i += 1)
        cursor = (await getJson(base, `/api/v1/cases${cursor ? `?cursor=${cursor}` : ''}`, token)).nextCursor;
      return cursor;
    };
    const page20 = await deepCursor(callers.association.token, 20);
    const endpoints = [
      ['association', '', {}],
      ['association', `cursor=${page20}`, {}, decodeQueueCursor(page20), 'page 21, by cursor'],
      ['association', 'status=submitted', { status: 'submitted' }],
      ['association', 'overdue=true', { overdue: true }],
      ['association', `commune=${rareCommune}&priority=true`, { commune: rareCommune, priority: true }],
      ['analyst', 'sector=ecommerce', { sector: 'ecommerce' }],
      ['admin', '', {}],
      ['admin', `unit=${sct}`, { unit: sct }, null, 'unit=SCT'],
      ['officer', '', {}],
      ['officer', 'overdue=false&priority=true', { overdue: false, priority: true }],
      ['officer', 'assignee=me', { assignee: callers.officer.staff.userId }],
    ].map(([actor, query, filters, after = null, label]) => ({
      actor,
      query,
      filters,
      after,
      label: label ?? (query || '(no filter)'),
      path: `/api/v1/cases${query ? `?${query}` : ''}`,
    }));

    const rows = [];
    const start = { at: Date.now(), cpu: h.cpuSnapshot({ api: api.pid }) };
    for (const endpoint of endpoints) {
      const caller = callers[endpoint.actor];
      const now = new Date();
      const pageSql = caseListPageSql(caller.staff, endpoint.filters, now, endpoint.after, 50);
      const countsSql = caseListCountsSql(caller.staff, endpoint.filters, now);
      const body = await getJson(base, endpoint.path, caller.token);
      const counts = `${body.items.length} items; total ${body.counts.total}${body.counts.atLeast.includes('total') ? '+' : ''}`;
      await timeSequential(WARM_UP, () => getJson(base, endpoint.path, caller.token));
      const http = await timeSequential(REQUESTS, () => getJson(base, endpoint.path, caller.token));
      const page = await timeSequential(REQUESTS, () => db.query(pageSql.text, pageSql.values));
      const count = await timeSequential(REQUESTS, () => db.query(countsSql.text, countsSql.values));
      const pagePlan = await explain(db, pageSql);
      const countPlan = await explain(db, countsSql);
      const row = { endpoint, counts, http, page, count, pagePlan, countPlan };
      log(`${endpoint.actor} ${endpoint.path}: ${JSON.stringify({ counts, http, page, count })}`);
      rows.push(row);
    }
    const cpu = h.cpuSince(start.cpu, h.cpuSnapshot({ api: api.pid }));
    const others =
      (cpu.machine - cpu.api - cpu.postgres - cpu.bench) / (((Date.now() - start.at) / 1000) * os.cpus().length);
    const rss = h.peakRssMiB(api.pid);
    const markdown = report({ data, scopeSize, seedMs, rows, others, rss, loadBefore, loadAfter: os.loadavg() });
    await h.writeFormattedSection('case-list', markdown);
    log(markdown);
  } finally {
    await h.stop(api);
    await smtp.close();
    await db.end();
    if (!KEEP) await h.dropDatabase(DATABASE);
  }
}

function report({ data, scopeSize, seedMs, rows, others, rss, loadBefore, loadAfter }) {
  const f = (ms) => ms.toFixed(1);
  const worst = Math.max(...rows.map((r) => r.http.p99));
  const table = rows.map(
    ({ endpoint, counts, http, page, count, pagePlan, countPlan }) =>
      `| ${endpoint.actor} | ${endpoint.label} | ${counts} | ${f(http.p50)} / ${f(http.p99)} / ${f(http.max)} | ` +
      `${f(page.p50)} / ${f(page.p99)} | ${f(count.p50)} / ${f(count.p99)} | ${pagePlan.scans.join('; ')} | ${countPlan.scans.join('; ')} |`,
  );
  return [
    '## bench/case-list',
    '',
    `Run ${new Date().toISOString()} on ${h.machine()}; PostgreSQL local, the built api as a process, the bench on the`,
    `same machine. Load average before / after: ${loadBefore.map((l) => l.toFixed(2)).join(' ')} / ${loadAfter.map((l) => l.toFixed(2)).join(' ')}.`,
    '',
    `Data: bench/queues' ${Number(data.total).toLocaleString('en')} cases (${data.size} with indexes), ${Number(data.open).toLocaleString('en')} open;`,
    `the officer's unit (SCT) handles ${Number(scopeSize.unit).toLocaleString('en')} of them: an officer's scope is the whole province here, the worst case.`,
    seedMs === null
      ? 'The database was kept from an earlier run (BENCH_KEEP_DATABASE=1).'
      : `Generated in ${(seedMs / 1000).toFixed(0)} s.`,
    '',
    `Each endpoint: ${WARM_UP} warm-up requests, then ${REQUESTS} one after another (HTTP with keep-alive, token checked on`,
    `each), then each of its two statements ${REQUESTS} times straight through pg: the page's ids and the counts (each`,
    'stopping at 10,001 rows). The api runs them side by side, then reads the 50 rows by id. Pages hold 50 cases.',
    `Other processes took ${Math.round(Math.max(0, others) * 100)} % of the machine's CPU meanwhile; the api's peak RSS was ${rss} MiB.`,
    '',
    '| caller | query | answer | HTTP p50 / p99 / max ms | page SQL p50 / p99 ms | counts SQL p50 / p99 ms | page access paths | counts access paths |',
    '|---|---|---|---|---|---|---|---|',
    ...table,
    '',
    `Worst HTTP p99: ${f(worst)} ms (target ${TARGET_P99_MS} ms: ${worst < TARGET_P99_MS ? 'met' : 'not met'}).`,
    '',
  ].join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
