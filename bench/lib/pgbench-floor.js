// The raw-SQL floor of a request: the statements the api sent for it (captured by the preload
// bench/lib/pg-capture.js), replayed by pgbench with the values that differ between two requests
// (ids, hashes) made anew in every transaction, so that unique indexes and lookups behave as in
// the api run. Used by bench/intake.js.
const { spawn } = require('node:child_process');
const { readFileSync, readdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const h = require('./harness');

const PRELOAD = join(__dirname, 'pg-capture.js');
// What one request's fresh values look like: a UUID, or a hex digest (32+ digits).
const ATOM = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32,}/g;

/** node arguments and environment that make a built app record its statements in `file`. */
function captureOptions(file) {
  return { nodeArgs: ['-r', PRELOAD], env: { BENCH_PG_CAPTURE: file } };
}

/**
 * The statements of one steady request: `send()` is called `requests` times in turn; the
 * statement sequence most of them sent (after the first) is the steady one; others (a periodic
 * settings check riding on a request) are left out. Returns the last two steady requests'
 * statements: the last one's, each value marked with whether it differed in the one before.
 */
async function captureRequest(file, send, requests = 8) {
  const windows = [];
  for (let i = 0; i < requests; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const start = performance.timeOrigin + performance.now();
    await send();
    windows.push({ start, end: performance.timeOrigin + performance.now() });
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  const lines = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const sent = windows.slice(1).map((w) => lines.filter((l) => l.at >= w.start && l.at <= w.end));
  const texts = (statements) => statements.map((s) => s.text).join('\n;\n');
  const counts = new Map();
  for (const statements of sent) counts.set(texts(statements), (counts.get(texts(statements)) ?? 0) + 1);
  const [steady, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (count < 2 || steady === '') throw new Error(`no two requests sent the same statements: ${[...counts.keys()]}`);
  const [before, last] = sent.filter((statements) => texts(statements) === steady).slice(-2);
  const fresh = new Set(
    last.flatMap((s) => s.values.flatMap((v) => (typeof v === 'string' ? (v.match(ATOM) ?? []) : []))),
  );
  const earlier = before.flatMap((s) => s.values.filter((v) => typeof v === 'string')).join('\n');
  for (const atom of fresh) if (earlier.includes(atom)) fresh.delete(atom);
  const statements = last.map((s, i) => ({
    text: s.text,
    protocol: s.protocol,
    values: s.values,
    differs: s.values.map((v, j) => v !== before[i].values[j]),
  }));
  return { statements, atoms: [...fresh], requests: sent.length, others: sent.length - count };
}

/** The parameter types PostgreSQL gives a statement (PREPARE, then pg_prepared_statements). */
async function parameterTypes(client, text, name) {
  await client.query(`PREPARE ${name} AS ${text}`);
  const { rows } = await client.query(
    'SELECT parameter_types::text[] AS types FROM pg_prepared_statements WHERE name = $1',
    [name],
  );
  await client.query(`DEALLOCATE ${name}`);
  return rows[0].types;
}

/**
 * A pgbench script (written into `dir`) and its -D definitions: each captured statement with its
 * parameters as pgbench variables (sent as bind parameters, as the api sends them: -M prepared when
 * the api sent every statement as a named, prepared one, else -M extended).
 * A parameter that differed between the two requests and holds that request's ids or digests is
 * rebuilt per transaction from a random number (the same id gets the same new value everywhere);
 * one that differed otherwise (times, ciphertexts) keeps the captured value; NULL stays NULL.
 */
async function floorScript(databaseUrl, { statements, atoms }, dir) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const slot = new Map(atoms.map((atom, i) => [atom, i]));
  const fresh = (atom) => {
    const hex = `encode(sha256((:r::text || '.${slot.get(atom)}')::bytea), 'hex')`;
    return atom.includes('-') ? `left(${hex}, 32)::uuid::text` : `left(${hex} || ${hex}, ${atom.length})`;
  };
  const defines = [];
  const lines = ['\\set r random(1, 1000000000000000)'];
  let varying = 0;
  let parameters = 0;
  try {
    for (const [i, statement] of statements.entries()) {
      const types = statement.values.length > 0 ? await parameterTypes(client, statement.text, `bench_floor_${i}`) : [];
      if (/(^|[^:]):[A-Za-z_]/.test(statement.text)) throw new Error(`a ":name" in a statement: ${statement.text}`);
      const text = statement.text.replace(/\$(\d+)\b/g, (_, n) => {
        const j = Number(n) - 1;
        const value = statement.values[j];
        // `character` alone is char(1): a value of the parameter's own length needs bpchar.
        const type = types[j].replace(/^character(?=\[|$)/, 'bpchar');
        if (value === null) return `NULL::${type}`;
        const inside = statement.differs[j] ? atoms.filter((atom) => value.includes(atom)) : [];
        defines.push('-D', `s${i}p${n}=${value}`);
        if (inside.length === 0) return `:s${i}p${n}`;
        varying += 1;
        if (inside.length === 1 && inside[0] === value) return `(${fresh(value)})::${type}`;
        const replaced = inside.reduce(
          (sql, atom) => `replace(${sql}, '${atom}', ${fresh(atom)})`,
          `:s${i}p${n}::text`,
        );
        return `(${replaced})::${type}`;
      });
      parameters += statement.values.length;
      lines.push(`${text.trim().replace(/;$/, '')};`);
    }
  } finally {
    await client.end();
  }
  const file = join(dir, 'floor.sql');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const protocol = statements.every((s) => s.protocol === 'prepared') ? 'prepared' : 'extended';
  return { file, defines, statements: statements.length, parameters, varying, protocol };
}

/**
 * What pgbench's backends were doing, sampled from pg_stat_activity every `everyMs` (from the server's
 * `postgres` database, so that the sampler's own backend is not counted as `database`'s): a share per
 * state, e.g. `active Lock:transactionid` (waiting for another transaction's row lock), of all the
 * backends' samples together; none if it could not connect.
 */
function backendStates(databaseUrl, database, everyMs = 100) {
  const { Client } = require('pg');
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString(), application_name: 'bench-wait-sampler' });
  const counts = new Map();
  let samples = 0;
  let timer;
  const sample = async () => {
    const { rows } = await client.query(
      `SELECT state, wait_event_type, wait_event FROM pg_stat_activity
        WHERE datname = $1 AND application_name = 'pgbench' AND backend_type = 'client backend'`,
      [database],
    );
    for (const row of rows) {
      const key = row.wait_event_type ? `${row.state} ${row.wait_event_type}:${row.wait_event}` : `${row.state}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      samples += 1;
    }
  };
  // A sampler that cannot connect samples nothing (the floor runs all the same).
  const started = client.connect().then(
    () => {
      timer = setInterval(() => void sample().catch(() => undefined), everyMs);
      return true;
    },
    () => false,
  );
  return {
    async stop() {
      if (!(await started)) return [];
      clearInterval(timer);
      await client.end().catch(() => undefined);
      return [...counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([state, n]) => ({ state, share: n / Math.max(1, samples) }));
    },
  };
}

function percentile(sorted, p) {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Runs the script with pgbench (-n -M as the api sent it, per-transaction log in `dir`) while sampling the
 * CPU of `database`'s backends and of pgbench. Returns transactions/s, p50/p99 latency (ms), CPU ms per
 * transaction of PostgreSQL, of the load (pgbench and this process's sampler) and of Redis, and the cores
 * all of them kept busy, and what pgbench's backends were doing (`backendStates`).
 */
async function runFloor({ databaseUrl, database, script, dir, clients, threads, seconds }) {
  const args = [
    '-n',
    '-M',
    script.protocol,
    '-c',
    clients,
    '-j',
    threads,
    '-T',
    seconds,
    '-l',
    '--log-prefix',
    join(dir, 'tx'),
  ];
  const started = Date.now();
  const child = spawn('pgbench', [...args.map(String), ...script.defines, '-f', script.file, databaseUrl], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // pgbench itself is sampled too: the floor's load generator, beside the api run's autocannon.
  const sampler = h.cpuSampler({ pids: { pgbench: child.pid }, database, backendsOnly: true, everyMs: 100 });
  const states = backendStates(databaseUrl, database);
  const before = sampler.mark();
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise((resolve) => child.on('exit', resolve));
  // pgbench's /proc entry is gone once it exits: its CPU counts to the last sample, at most 100 ms before.
  const cpu = h.cpuSince(before, sampler.mark());
  const wallSeconds = (Date.now() - started) / 1000;
  sampler.stop();
  const backends = await states.stop();
  const number = (pattern) => Number(output.match(pattern)?.[1] ?? NaN);
  const failed = number(/number of failed transactions: (\d+)/) || 0;
  if (code !== 0 || failed > 0 || /aborted/.test(output)) throw new Error(`pgbench failed (${code}):\n${output}`);
  const latencies = readdirSync(dir)
    .filter((name) => name.startsWith('tx.'))
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').trim().split('\n'))
    .map((line) => Number(line.split(' ')[2]) / 1000)
    .sort((a, b) => a - b);
  const transactions = number(/number of transactions actually processed: (\d+)/);
  const perTxMs = (seconds) => (seconds * 1000) / Math.max(1, transactions);
  const counted = cpu.postgres + cpu.pgbench + cpu.bench + cpu.redis;
  return {
    tps: number(/tps = ([\d.]+) \(without initial connection time\)/),
    transactions,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    postgresCpuMsPerTx: perTxMs(cpu.postgres),
    loadCpuMsPerTx: perTxMs(cpu.pgbench + cpu.bench),
    redisCpuMsPerTx: perTxMs(cpu.redis),
    cpuMsPerTx: perTxMs(counted),
    coresBusy: counted / wallSeconds,
    backends,
  };
}

module.exports = { captureOptions, captureRequest, floorScript, runFloor };
