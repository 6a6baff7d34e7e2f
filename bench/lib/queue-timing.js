// bench/queues' measurements: requests one after another (latency without queueing), the same SQL
// straight through pg, and what PostgreSQL's plan does for it.
const { percentile } = require('./stats');

/** Runs `once` `count` times in a row; returns { p50, p99, max } in ms. */
async function timeSequential(count, once) {
  const ms = [];
  for (let i = 0; i < count; i += 1) {
    const start = process.hrtime.bigint();
    await once();
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { p50: percentile(ms, 50), p99: percentile(ms, 99), max: Math.max(...ms) };
}

/** GET `path` with `token`; fails loudly on anything but 200, so a broken bench never reports fast errors. */
async function getJson(base, path, token) {
  const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`GET ${path} → ${res.status} ${JSON.stringify(body)}`);
  return body;
}

/** The access paths of a plan (scan nodes and the indexes they use), its execution time and buffers. */
async function explain(db, sql) {
  const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql.text}`, sql.values);
  const [plan] = rows[0]['QUERY PLAN'];
  const scans = [];
  const walk = (node) => {
    if (/Scan/.test(node['Node Type'])) {
      const index = node['Index Name'] ? ` ${node['Index Name']}` : ` ${node['Relation Name'] ?? ''}`;
      const fetches = node['Heap Fetches'] === undefined ? '' : `, ${node['Heap Fetches']} heap fetches`;
      scans.push(`${node['Node Type']}${index} (${node['Actual Rows'] * node['Actual Loops']} rows${fetches})`);
    }
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan.Plan);
  return { scans: [...new Set(scans)], ms: plan['Execution Time'], buffers: plan.Plan['Shared Hit Blocks'] };
}

module.exports = { timeSequential, getJson, explain };
