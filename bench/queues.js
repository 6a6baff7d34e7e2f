// bench/queues: the mediation queues on a million cases. A generator writes three years of a
// province's complaints in SQL (bench/lib/queue-fixtures.js), the built api serves
// GET /api/v1/mediation/queues[/{view}] to a mediator and to their organisation's admin, and each
// endpoint is timed one request after another, beside the same SQL sent straight through pg, then
// under concurrent load with autocannon. Writes its section of bench/RESULTS.md.
// Usage: npm run bench:queues  (build included)
//   BENCH_CASES (1000000), BENCH_REQUESTS (500 sequential per endpoint), BENCH_CONNECTIONS (5),
//   BENCH_SECONDS (10 per autocannon run), BENCH_CHURN (open cases updated before the second pass; default all),
//   BENCH_KEEP_DATABASE=1 (keep the database and reuse it next run)
const autocannon = require('autocannon');
const os = require('node:os');
const { Client } = require('pg');
const h = require('./lib/harness');
const { describeCases, queueDatabase, MEDIATORS_PER_ORG } = require('./lib/queue-fixtures');
const { explain, getJson, timeSequential } = require('./lib/queue-timing');

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const KEEP = process.env.BENCH_KEEP_DATABASE === '1';
const DATABASE = 'cc_bench_queues';
const PASSWORD = 'bench-password'; // what harness.freshDatabase seeds the demo accounts with
const WARM_UP = 50;
const TARGET_P99_MS = 50;
const CHURN = Number(process.env.BENCH_CHURN ?? 1_000_000); // more than the open cases: every one of them

/** Updates `count` random open cases (as actions do), without vacuuming after; returns how many. */
async function churn(db, count) {
  const { rowCount } = await db.query(
    `UPDATE cases SET version = version + 1, updated_at = now()
     WHERE id IN (SELECT id FROM cases WHERE closed_at IS NULL ORDER BY random() LIMIT $1)`,
    [count],
  );
  return rowCount;
}

/** The endpoints measured for each actor, with what the api needs to rebuild their SQL. */
async function endpoints(base, tokens, ids) {
  const { decodeQueueCursor } = h.built('apps/api/src/common/paging/queue-cursor');
  const mediator = { kind: 'mediator', mediatorId: ids.mediator };
  const organisation = { kind: 'organisation', organisationId: ids.organisation };
  // A page deep in the queue: the cursor the api hands out after `pages` pages of 50.
  const deepCursor = async (token, view, pages) => {
    let cursor = null;
    for (let i = 0; i < pages; i += 1) {
      const page = await getJson(base, `/api/v1/mediation/queues/${view}${cursor ? `?cursor=${cursor}` : ''}`, token);
      cursor = page.nextCursor;
    }
    return cursor;
  };
  const mine3 = await deepCursor(tokens.mediator, 'mine', 3);
  const org20 = await deepCursor(tokens.admin, 'organisation', 20);
  const list = [
    ['mediator', 'counts', '', {}, null],
    ['mediator', 'mine', '', {}, null],
    ['mediator', 'mine', `cursor=${mine3}`, {}, decodeQueueCursor(mine3), 'page 4'],
    ['mediator', 'due_soon', '', {}, null],
    ['mediator', 'overdue', '', {}, null],
    ['mediator', 'mine', 'sector=ecommerce&priority=true', { sector: 'ecommerce', priority: true }, null],
    ['admin', 'counts', '', {}, null],
    ['admin', 'counts', `commune=${ids.rareCommune}&priority=true`, { commune: ids.rareCommune, priority: true }, null],
    ['admin', 'unassigned', '', {}, null],
    ['admin', 'organisation', '', {}, null],
    ['admin', 'organisation', `cursor=${org20}`, {}, decodeQueueCursor(org20), 'page 21'],
    ['admin', 'due_soon', '', {}, null],
    ['admin', 'overdue', '', {}, null],
    [
      'admin',
      'organisation',
      `commune=${ids.rareCommune}&priority=true`,
      { commune: ids.rareCommune, priority: true },
      null,
    ],
  ];
  return list.map(([actor, view, query, filters, after, page]) => ({
    actor,
    view,
    query,
    filters,
    after,
    label: `${view === 'counts' ? 'counts' : view}${after ? ` (${page}, by cursor)` : query ? `?${query}` : ''}`,
    token: tokens[actor],
    scope: actor === 'mediator' ? mediator : organisation,
    path: `/api/v1/mediation/queues${view === 'counts' ? '' : `/${view}`}${query ? `?${query}` : ''}`,
  }));
}

/** The SQL the api runs for an endpoint, built by the api's own module with the same clock rule. */
function sqlOf(endpoint) {
  const sql = h.built('apps/api/src/mediation/queues/queue-sql');
  const { WorkingDayCalendar, OFFICIAL_YEAR_TABLES } = h.built('libs/domain/src');
  const now = new Date();
  const clock = { now, dueSoonUntil: new WorkingDayCalendar(OFFICIAL_YEAR_TABLES).workingDaysDeadline(now, 3) };
  return endpoint.view === 'counts'
    ? sql.queueCountsSql(endpoint.scope, endpoint.filters, clock)
    : sql.queuePageSql(endpoint.view, endpoint.scope, endpoint.filters, clock, endpoint.after, 50);
}

async function loadTest(base, requests, pids) {
  const before = h.cpuSnapshot(pids);
  const result = await autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, requests });
  const cpu = h.cpuSince(before, h.cpuSnapshot(pids));
  const ok = Math.max(1, result['2xx']);
  const ours = cpu.api + cpu.postgres + cpu.bench;
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    other: result.non2xx + result.errors + result.timeouts,
    apiCpuMs: ((cpu.api * 1000) / ok).toFixed(2),
    dbCpuMs: ((cpu.postgres * 1000) / ok).toFixed(2),
    othersCpuShare: Math.max(0, (cpu.machine - ours) / (SECONDS * os.cpus().length)),
  };
}

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
    QUEUE_PREFIX: `benchq${Date.now()}`,
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
    const tokens = { mediator: await login('mediator@demo.test'), admin: await login('mediation_admin@demo.test') };
    const one = async (sql, params = []) => (await db.query(sql, params)).rows[0];
    const ids = {
      mediator: (await one(`SELECT id FROM users WHERE email = 'mediator@demo.test'`)).id,
      organisation: (await one(`SELECT id FROM organisations WHERE code = 'HBVNTD'`)).id,
      rareCommune: (
        await one(
          `SELECT commune_code AS code FROM cases WHERE closed_at IS NULL GROUP BY 1 ORDER BY count(*), 1 LIMIT 1`,
        )
      ).code,
    };
    const data = await describeCases(db);
    const scope = await one(
      `SELECT count(*) FILTER (WHERE mediator_id = $1 AND closed_at IS NULL) AS mine,
              count(*) FILTER (WHERE mediation_org_id = $2 AND closed_at IS NULL) AS organisation,
              count(*) FILTER (WHERE mediation_org_id = $2 AND status = 'mediation' AND mediator_id IS NULL) AS unassigned
       FROM cases`,
      [ids.mediator, ids.organisation],
    );
    const list = await endpoints(base, tokens, ids);

    const rows = [];
    const sequentialStart = { at: Date.now(), cpu: h.cpuSnapshot({ api: api.pid }) };
    const measure = async (endpoint) => {
      const sql = sqlOf(endpoint);
      const body = await getJson(base, endpoint.path, endpoint.token);
      const size = endpoint.view === 'counts' ? JSON.stringify(body.counts) : `${body.items.length} items`;
      await timeSequential(WARM_UP, () => getJson(base, endpoint.path, endpoint.token));
      const http = await timeSequential(REQUESTS, () => getJson(base, endpoint.path, endpoint.token));
      const direct = await timeSequential(REQUESTS, () => db.query(sql.text, sql.values));
      const plan = await explain(db, sql);
      log(`${endpoint.actor} ${endpoint.path}: ${JSON.stringify({ size, http, direct, plan })}`);
      return { endpoint, size, http, direct, plan };
    };
    for (const endpoint of list) rows.push(await measure(endpoint));

    const sequentialCpu = h.cpuSince(sequentialStart.cpu, h.cpuSnapshot({ api: api.pid }));
    const sequentialOthers =
      (sequentialCpu.machine - sequentialCpu.api - sequentialCpu.postgres - sequentialCpu.bench) /
      (((Date.now() - sequentialStart.at) / 1000) * os.cpus().length);
    // Open cases change all day and autovacuum comes by only after 20 % of the table has: pages whose
    // rows changed since are no longer all-visible, and index-only scans read those rows' heap pages.
    const churned = await churn(db, CHURN);
    const churnRows = [];
    for (const endpoint of list.filter((e) => !e.after && !e.query)) churnRows.push(await measure(endpoint));

    const pids = { api: api.pid };
    const request = (endpoint) => ({
      method: 'GET',
      path: endpoint.path,
      headers: { authorization: `Bearer ${endpoint.token}` },
    });
    const find = (actor, view, query = '') =>
      list.find((e) => e.actor === actor && e.view === view && e.query === query);
    const loads = [
      ['mediator: mine', [request(find('mediator', 'mine'))]],
      ['admin: counts', [request(find('admin', 'counts'))]],
      ['admin: due_soon', [request(find('admin', 'due_soon'))]],
      ['every endpoint above in turn', list.map(request)],
    ];
    const loadRows = [];
    for (const [name, requests] of loads) {
      const result = await loadTest(base, requests, pids);
      loadRows.push({ name, result });
      log(`autocannon ${name}: ${JSON.stringify(result)}`);
    }
    if (KEEP) await db.query(`VACUUM (ANALYZE) cases`);
    const rss = h.peakRssMiB(api.pid);
    const loadAfter = os.loadavg();
    const markdown = report({
      data,
      scope,
      seedMs,
      rows,
      sequentialOthers,
      churned,
      churnRows,
      loadRows,
      rss,
      loadBefore,
      loadAfter,
    });
    await h.writeFormattedSection('queues', markdown);
    log(markdown);
  } finally {
    await h.stop(api);
    await smtp.close();
    await db.end();
    if (!KEEP) await h.dropDatabase(DATABASE);
  }
}

function report({
  data,
  scope,
  seedMs,
  rows,
  sequentialOthers,
  churned,
  churnRows,
  loadRows,
  rss,
  loadBefore,
  loadAfter,
}) {
  const f = (ms) => ms.toFixed(1);
  const worstP99 = Math.max(...rows.map((r) => r.http.p99));
  const worstChurnedP99 = Math.max(...churnRows.map((r) => r.http.p99));
  const tableOf = (measured) =>
    measured.map(
      ({ endpoint, size, http, direct, plan }) =>
        `| ${endpoint.actor} | ${endpoint.label} | ${size} | ` +
        `${f(http.p50)} / ${f(http.p99)} / ${f(http.max)} | ${f(direct.p50)} / ${f(direct.p99)} | ${f(plan.ms)} | ${plan.scans.join('; ')} |`,
    );
  const loads = loadRows.map(
    ({ name, result: r }) =>
      `| ${name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.ok} | ${r.other} | ${r.apiCpuMs} | ${r.dbCpuMs} | ${Math.round(r.othersCpuShare * 100)} % |`,
  );
  return [
    '## bench/queues',
    '',
    `Run ${new Date().toISOString()} on ${h.machine()}; PostgreSQL local, the built api as a process, the bench`,
    `(client and autocannon) on the same machine. Load average before / after: ${loadBefore.map((l) => l.toFixed(2)).join(' ')} /`,
    `${loadAfter.map((l) => l.toFixed(2)).join(' ')} (other helpers' tests share the 2 cores).`,
    '',
    `Data: ${Number(data.total).toLocaleString('en')} cases (${data.size} with indexes) submitted ${data.first.toISOString().slice(0, 10)} – ${data.last.toISOString().slice(0, 10)},`,
    `${Number(data.open).toLocaleString('en')} open; ${Number(data.mediated).toLocaleString('en')} went to mediation, ${Number(data.in_mediation).toLocaleString('en')} are in it now`,
    `(${Number(data.unassigned).toLocaleString('en')} without a mediator), over ${MEDIATORS_PER_ORG.length} organisations and ${MEDIATORS_PER_ORG.reduce((a, b) => a + b)} mediators.`,
    `The demo mediator has ${scope.mine} open cases; their organisation (HBVNTD) ${scope.organisation}, ${scope.unassigned} unassigned`,
    '— far more than a real mediator or office holds, on purpose.',
    seedMs === null
      ? 'The database was kept from an earlier run (BENCH_KEEP_DATABASE=1).'
      : `Generated in ${(seedMs / 1000).toFixed(0)} s (migrations, INSERT … SELECT generate_series in batches of 100,000, indexes rebuilt, VACUUM ANALYZE).`,
    '',
    `Each endpoint: ${WARM_UP} warm-up requests, then ${REQUESTS} one after another (HTTP with keep-alive, token checked`,
    `on each), then the same SQL ${REQUESTS} times straight through pg, then EXPLAIN ANALYZE. Pages hold 50 cases.`,
    `Other processes took ${Math.round(Math.max(0, sequentialOthers) * 100)} % of the machine's CPU meanwhile.`,
    '',
    '| caller | endpoint | answer | HTTP p50 / p99 / max ms | SQL p50 / p99 ms | plan ms | access paths |',
    '|---|---|---|---|---|---|---|',
    ...tableOf(rows),
    '',
    `After ${churned.toLocaleString('en')} open cases were updated once each (${churned >= Number(data.open) ? 'all of them' : 'a sample'}), with no vacuum since: their pages lose the`,
    'all-visible bit and index-only scans read those heap pages too. Autovacuum comes by once a fifth of the table has',
    'changed, so on a large table most open cases are in this state most of the time: this is the expected case.',
    '',
    '| caller | endpoint | answer | HTTP p50 / p99 / max ms | SQL p50 / p99 ms | plan ms | access paths |',
    '|---|---|---|---|---|---|---|',
    ...tableOf(churnRows),
    '',
    `Under load (after the updates): autocannon, ${CONNECTIONS} connections for ${SECONDS} s each.`,
    '',
    '| requests | req/s | p50 ms | p99 ms | 2xx | other | api CPU ms/req | PostgreSQL CPU ms/req | CPU taken by other processes |',
    '|---|---|---|---|---|---|---|---|---|',
    ...loads,
    '',
    `Peak RSS of the api: ${rss} MiB. Worst sequential HTTP p99: ${f(worstP99)} ms, ${f(worstChurnedP99)} ms after the`,
    `updates (target < ${TARGET_P99_MS} ms: ${Math.max(worstP99, worstChurnedP99) < TARGET_P99_MS ? 'met' : 'NOT met'}).`,
    'Under concurrency, p99 includes queueing for the two cores.',
  ].join('\n');
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
