// Shared by the benchmarks: a fresh database, the built api and worker as real processes,
// their peak memory, and a results file. Benchmarks measure; they never assert.
const { spawn } = require('node:child_process');
const { readFileSync, writeFileSync, existsSync } = require('node:fs');
const { createServer } = require('node:net');
const { join } = require('node:path');

const ROOT = join(__dirname, '..', '..');
const SERVER = process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// The build the benchmarks run: dist/ (npm run build), or BENCH_DIST, a build made elsewhere
// (tsc --outDir; its packages resolve from here through NODE_PATH).
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
if (process.env.BENCH_DIST) {
  process.env.NODE_PATH = join(ROOT, 'node_modules');
  require('node:module').Module._initPaths(); // for this process too, which loads the build's modules
}

function requireBuild() {
  for (const app of ['api', 'worker']) {
    if (!existsSync(join(DIST, `apps/${app}/src/main.js`))) throw new Error('run `npm run build` first');
  }
  // tsc never deletes: a module left from a renamed source (a.js beside a/index.js) shadows the new one.
  const shadowing = staleBuildOutputs().filter((file) => existsSync(join(ROOT, file.replace(/\.js$/, '/index.js'))));
  if (shadowing.length > 0) {
    throw new Error(
      `dist/ holds old modules that shadow new ones (a clean build removes them): ${shadowing.join(', ')}`,
    );
  }
}

/** Compiled files under dist/apps and dist/libs whose TypeScript source no longer exists. */
function staleBuildOutputs() {
  const { readdirSync } = require('node:fs');
  const stale = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(DIST, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.js') && !existsSync(join(ROOT, path.replace(/\.js$/, '.ts'))))
        stale.push(`dist/${path}`);
    }
  };
  for (const dir of ['apps', 'libs']) if (existsSync(join(DIST, dir))) walk(dir);
  return stale;
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A new database, migrated, with reference and demo data. */
async function freshDatabase(name) {
  const { Client } = require('pg');
  const admin = new Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  const url = `${SERVER}/${name}`;
  const { migrateDatabase, seedDemoData, dataSourceOptions, installDataKeys } = require(
    join(DIST, 'libs/persistence/src'),
  );
  // The demo cases' sensitive fields are encrypted with the keys the api and worker will use.
  const { loadConfig } = require(join(DIST, 'libs/config/src'));
  installDataKeys(loadConfig({ ...process.env, DATABASE_URL: url }).dataEncryption);
  await migrateDatabase(url);
  const { DataSource } = require('typeorm');
  const ds = await new DataSource(dataSourceOptions(url)).initialize();
  await seedDemoData(ds, 'bench-password');
  await ds.destroy();
  return url;
}

// A load test raises the abuse limits through their configuration, as an operator would.
function benchRateLimits() {
  const { RATE_LIMIT_NAMES } = require(join(DIST, 'libs/config/src'));
  return RATE_LIMIT_NAMES.map((name) => `${name}=100000000/1`).join(',');
}

/** The options `npm run start:<app>` gives node (package.json), so that a bench runs the app as it is deployed. */
function startOptions(app) {
  const script = require(join(ROOT, 'package.json')).scripts[`start:${app}`];
  const [, options = ''] = script.match(/^node\s+(.*?)\s*dist\//) ?? [];
  return options.split(/\s+/).filter(Boolean);
}

/**
 * Starts a built app with the options of its start script (`nodeArgs`: more options for node, e.g.
 * `-r` a preload or `--cpu-prof`).
 */
function startApp(app, env, { nodeArgs = [] } = {}) {
  const args = [...startOptions(app), ...nodeArgs, join(DIST, `apps/${app}/src/main.js`)];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, LOG_LEVEL: 'warn', RATE_LIMITS: benchRateLimits(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.output = '';
  child.stdout.on('data', (d) => (child.output += d));
  child.stderr.on('data', (d) => (child.output += d));
  return child;
}

async function waitFor(child, text, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!child.output.includes(text)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`no "${text}": ${child.output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** CPU seconds a process has used so far (user + system, Linux /proc). */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds used by every process named `comm` (user + system, Linux /proc). */
function commCpuSeconds(comm) {
  const { readdirSync } = require('node:fs');
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === comm) total += cpuSeconds(pid);
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/** CPU seconds used by every PostgreSQL server process (the database's share of the run). */
function postgresCpuSeconds() {
  return commCpuSeconds('postgres');
}

/** CPU seconds the whole machine was busy (all cores, every process), from /proc/stat. */
function machineBusySeconds() {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (user + nice + system + irq + softirq + steal) / 100;
}

/**
 * CPU seconds used so far by the given child processes, PostgreSQL, Redis, this process (the SMTP
 * sink runs here) and the whole machine; `cpuSince` turns two of them into the run's share.
 */
function cpuSnapshot(pids) {
  const own = process.cpuUsage();
  const snapshot = {
    postgres: postgresCpuSeconds(),
    redis: commCpuSeconds('redis-server'),
    bench: (own.user + own.system) / 1e6,
    machine: machineBusySeconds(),
  };
  for (const [name, pid] of Object.entries(pids)) snapshot[name] = cpuSeconds(pid);
  return snapshot;
}

function cpuSince(before, after = cpuSnapshot({})) {
  return Object.fromEntries(Object.keys(before).map((name) => [name, (after[name] ?? NaN) - before[name]]));
}

/**
 * Waits until the machine has been nearly idle (others' tests, builds) for `quietMs`, at most
 * `timeoutMs`, so that a run is not measured beside someone else's work. Says whether it got quiet.
 */
async function waitForQuietMachine({ maxCores = 0.3, quietMs = 5_000, timeoutMs = 600_000 } = {}) {
  const started = Date.now();
  let quietSince = started;
  let before = machineBusySeconds();
  while (Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const now = machineBusySeconds();
    if (now - before > maxCores) quietSince = Date.now();
    before = now;
    if (Date.now() - quietSince >= quietMs) return { quiet: true, waitedMs: Date.now() - started };
  }
  return { quiet: false, waitedMs: Date.now() - started };
}

/**
 * A PostgreSQL process that works for `database`, or for the whole server (not another database's
 * backend); with `backendsOnly`, only the database's backends. Undefined while a new backend has not
 * yet titled itself (its title still the postmaster's command line): ask again later.
 */
function servesDatabase(pid, database, backendsOnly = false) {
  const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  if (!title.startsWith('postgres: ')) return undefined;
  if (title.includes(` ${database} `)) return true;
  return !backendsOnly && !/\(\d+\)|\[local\]|autovacuum worker|parallel worker/.test(title);
}

/** Local ports of a process's TCP connections to the PostgreSQL server (Linux /proc). */
function clientPorts(pid) {
  const { readdirSync, readlinkSync } = require('node:fs');
  const serverPort = Number(new URL(SERVER).port || 5432);
  const sockets = new Set();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const inode = readlinkSync(`/proc/${pid}/fd/${fd}`).match(/^socket:\[(\d+)\]$/)?.[1];
      if (inode) sockets.add(inode);
    } catch {
      // closed meanwhile
    }
  }
  const ports = new Set();
  for (const table of ['tcp', 'tcp6']) {
    for (const line of readFileSync(`/proc/${pid}/net/${table}`, 'utf8').trim().split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const port = (address) => parseInt(address.split(':').pop(), 16);
      if (port(fields[2]) === serverPort && sockets.has(fields[9])) ports.add(port(fields[1]));
    }
  }
  return ports;
}

/**
 * CPU seconds by group, sampled from /proc every `everyMs` so that processes which come and go
 * (PostgreSQL backends) are counted: each named child pid, PostgreSQL (this database's backends
 * and the server's own processes, not other databases' backends; with `backendsOnly` the
 * database's backends alone; `postgres.<name>` the backends serving a named pid), Redis, this process (the bench
 * and its SMTP sink) and the whole machine. `mark()` gives the totals so far; subtract two marks
 * (`cpuSince`) for a phase.
 */
function cpuSampler({ pids = {}, database, backendsOnly = false, everyMs = 500 }) {
  const { readdirSync } = require('node:fs');
  const named = new Map(Object.entries(pids).map(([name, pid]) => [String(pid), name]));
  const groups = new Map();
  const last = new Map();
  const owners = Object.keys(pids).map((name) => `postgres.${name}`);
  const totals = Object.fromEntries([...named.values(), ...owners, 'postgres', 'redis'].map((name) => [name, 0]));
  // A backend whose client is one of the named processes counts as `postgres.<name>` too.
  const ownerOf = (pid) => {
    const port = readFileSync(`/proc/${pid}/cmdline`, 'utf8').match(/\((\d+)\)/)?.[1];
    const found = Object.entries(pids).find(([, client]) => port && clientPorts(client).has(Number(port)));
    return found ? `postgres.${found[0]}` : 'postgres';
  };
  let baseline = true;
  const groupOf = (pid) => {
    if (!groups.has(pid)) {
      const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      let group = named.get(pid) ?? null;
      if (!group && comm === 'redis-server') group = 'redis';
      if (!group && comm === 'postgres') {
        const serves = servesDatabase(pid, database, backendsOnly);
        if (serves === undefined) return null;
        if (serves) group = owners.length > 0 ? ownerOf(pid) : 'postgres';
      }
      groups.set(pid, group);
    }
    return groups.get(pid);
  };
  const sample = () => {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const group = groupOf(pid);
        if (!group) continue;
        const cpu = cpuSeconds(pid);
        // Counted from the first sample; a process born later is counted from its start.
        totals[group] += cpu - (last.get(pid) ?? (baseline ? cpu : 0));
        last.set(pid, cpu);
      } catch {
        // the process ended meanwhile
      }
    }
    baseline = false;
  };
  sample();
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    mark() {
      sample();
      const own = process.cpuUsage();
      const postgres = owners.reduce((sum, owner) => sum + totals[owner], totals.postgres);
      return { ...totals, postgres, bench: (own.user + own.system) / 1e6, machine: machineBusySeconds() };
    },
    stop: () => clearInterval(timer),
  };
}

/** An SMTP server that accepts and drops every message, so that the worker's sends succeed. */
async function smtpSink() {
  const { SMTPServer } = require('smtp-server');
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      stream.on('end', () => {
        received += 1;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    received: () => received,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Peak resident memory of a process so far, in MiB (Linux VmHWM). */
function peakRssMiB(pid) {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/);
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

/**
 * A benchmark's generated database: with `keep`, one kept from an earlier run is reused when
 * `isComplete(client)` says it holds what this run needs (then migrated to this build's schema);
 * otherwise it is made afresh and filled by `generate(client, startedAt)`. Returns
 * { url, seedMs } (seedMs null when reused).
 */
async function generatedDatabase({ name, keep, isComplete, generate, log }) {
  const { Client } = require('pg');
  const url = `${SERVER}/${name}`;
  if (keep) {
    const db = new Client({ connectionString: url });
    try {
      await db.connect();
      if (await isComplete(db)) {
        log(`reusing ${name}`);
        const { migrateDatabase } = built('libs/persistence/src');
        await migrateDatabase(url);
        return { url, seedMs: null };
      }
    } catch {
      // no such database yet
    } finally {
      await db.end().catch(() => {});
    }
  }
  const start = Date.now();
  await freshDatabase(name);
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await generate(db, start);
  } finally {
    await db.end();
  }
  return { url, seedMs: Date.now() - start };
}

/** Drops a benchmark's database (at the end of a run). */
async function dropDatabase(name) {
  const { Client } = require('pg');
  const admin = new Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}

/** BullMQ queues under a benchmark's own prefix, as the api opens them; `close` removes every key. */
function queues(prefix) {
  const { Queue } = require('bullmq');
  const IORedis = require('ioredis');
  const connection = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
  const open = new Map();
  return {
    queue(name) {
      if (!open.has(name)) open.set(name, new Queue(name, { connection, prefix }));
      return open.get(name);
    },
    /** Closes the queues and deletes every key under the prefix. */
    async close() {
      await Promise.all([...open.values()].map((queue) => queue.close()));
      let cursor = '0';
      do {
        const [next, keys] = await connection.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        if (keys.length > 0) await connection.unlink(...keys);
        cursor = next;
      } while (cursor !== '0');
      await connection.quit();
    },
  };
}

/** The product's built modules (job options, templates…), loaded from dist/. */
function built(path) {
  return require(join(DIST, path));
}

/**
 * The SMTP connections a built worker opens with SMTP_CONNECTIONS of `env` (which the benches pass
 * on), as the build's own configuration reads it. A build from before the setting existed is refused.
 */
function workerSmtpConnections(env = process.env) {
  const { loadConfig } = built('libs/config/src');
  const { connections } = loadConfig({ SMTP_CONNECTIONS: env.SMTP_CONNECTIONS }).mail;
  if (connections === undefined) throw new Error(`${DIST} has no SMTP_CONNECTIONS setting (built before it)`);
  return connections;
}

async function stop(child) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.on('exit', resolve));
}

/**
 * A section's table of steps (under its "### Steps" heading): the rows kept from earlier runs of
 * other steps, then this run's `row` (a step's latest run replaces its earlier one).
 */
function keptStepRows(name, step, row) {
  let current = '';
  try {
    current = readFileSync(join(ROOT, 'bench/RESULTS.md'), 'utf8');
  } catch {
    // no results yet
  }
  const section = current.match(new RegExp(`<!-- ${name}:begin -->([\\s\\S]*?)<!-- ${name}:end -->`))?.[1] ?? '';
  const steps = section.match(/### Steps[\s\S]*?\n\n((?:\|.*\n)+)/)?.[1] ?? '';
  const kept = steps
    .split('\n')
    .filter((line) => /^\| [^-\s]/.test(line) && !line.startsWith('| step ') && !line.startsWith(`| ${step} `));
  return [...kept, row];
}

/** Replaces the section between `<!-- name -->` markers in bench/RESULTS.md (or appends it). */
function writeSection(name, markdown, separator = '\n') {
  const file = join(ROOT, 'bench/RESULTS.md');
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const block = `${begin}${separator}${markdown.trim()}\n${end}`;
  const pattern = new RegExp(`${begin}[\\s\\S]*?${end}`);
  writeFileSync(file, pattern.test(current) ? current.replace(pattern, block) : `${current.trimEnd()}\n\n${block}\n`);
}

/** writeSection, with the section laid out by Prettier (aligned tables) so that `prettier --check` passes. */
async function writeFormattedSection(name, markdown) {
  const prettier = require('prettier');
  const options = await prettier.resolveConfig(join(ROOT, 'bench/RESULTS.md'));
  writeSection(name, await prettier.format(markdown, { ...options, parser: 'markdown' }), '\n\n');
}

function machine() {
  const os = require('node:os');
  return `${os.cpus().length} cores (${os.cpus()[0].model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** The processor's model, short ("Intel Xeon", "AMD EPYC 7B13"): a step row says which machine it ran on. */
function cpuName() {
  const model = require('node:os').cpus()[0].model;
  return model
    .replace(/\((R|TM)\)|\b(Processor|CPU)\b|\d+-Core|@.*$/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

module.exports = {
  ROOT,
  requireBuild,
  staleBuildOutputs,
  freePort,
  freshDatabase,
  generatedDatabase,
  startApp,
  startOptions,
  workerSmtpConnections,
  waitFor,
  peakRssMiB,
  cpuSeconds,
  postgresCpuSeconds,
  commCpuSeconds,
  machineBusySeconds,
  cpuSnapshot,
  cpuSince,
  cpuSampler,
  waitForQuietMachine,
  dropDatabase,
  queues,
  built,
  smtpSink,
  stop,
  keptStepRows,
  writeSection,
  writeFormattedSection,
  machine,
  cpuName,
};
