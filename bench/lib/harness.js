// Shared by the benchmarks: a fresh database, the built api and worker as real processes,
// their peak memory, and a results file. Benchmarks measure; they never assert.
const { spawn } = require('node:child_process');
const { readFileSync, writeFileSync, existsSync } = require('node:fs');
const { createServer } = require('node:net');
const { join } = require('node:path');

const ROOT = join(__dirname, '..', '..');
const SERVER = process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';

function requireBuild() {
  for (const app of ['api', 'worker']) {
    if (!existsSync(join(ROOT, `dist/apps/${app}/src/main.js`))) throw new Error('run `npm run build` first');
  }
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
  const { migrateDatabase, seedDemoData, dataSourceOptions } = require(join(ROOT, 'dist/libs/persistence/src'));
  await migrateDatabase(url);
  const { DataSource } = require('typeorm');
  const ds = await new DataSource(dataSourceOptions(url)).initialize();
  await seedDemoData(ds, 'bench-password');
  await ds.destroy();
  return url;
}

function startApp(app, env) {
  const child = spawn(process.execPath, [join(ROOT, `dist/apps/${app}/src/main.js`)], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
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

/** CPU seconds used by every PostgreSQL server process (the database's share of the run). */
function postgresCpuSeconds() {
  const { readdirSync } = require('node:fs');
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') total += cpuSeconds(pid);
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
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

async function stop(child) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.on('exit', resolve));
}

/** Replaces the section between `<!-- name -->` markers in bench/RESULTS.md (or appends it). */
function writeSection(name, markdown) {
  const file = join(ROOT, 'bench/RESULTS.md');
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const block = `${begin}\n${markdown.trim()}\n${end}`;
  const pattern = new RegExp(`${begin}[\\s\\S]*?${end}`);
  writeFileSync(file, pattern.test(current) ? current.replace(pattern, block) : `${current.trimEnd()}\n\n${block}\n`);
}

function machine() {
  const os = require('node:os');
  return `${os.cpus().length} cores (${os.cpus()[0].model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

module.exports = {
  requireBuild,
  freePort,
  freshDatabase,
  startApp,
  waitFor,
  peakRssMiB,
  cpuSeconds,
  postgresCpuSeconds,
  smtpSink,
  stop,
  writeSection,
  machine,
};
