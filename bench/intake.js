// bench/intake: the raw-SQL floor of a complaint intake and the api against it, in one run.
// 1. The api files a few complaints with its pg statements recorded (bench/lib/pg-capture.js);
// 2. autocannon on POST /api/v1/complaints (beside GET /health) against the built api and worker;
// 3. pgbench replays the captured statements, fresh ids per transaction, on the same database.
// Writes bench/RESULTS.md. Usage: npm run build && node bench/intake.js
// (BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_PGBENCH_CLIENTS, BENCH_QUIET_WAIT_SECONDS;
// BENCH_PROFILE=1 runs the api and the worker under --cpu-prof (the worker's profile in worker/) and lists the api's top functions by self time;
// BENCH_PROFILE_DIR keeps the profiles there; BENCH_API_NODE_ARGS adds node options to the api's, for a what-if;
// BENCH_STEP names this run's row in the table of steps, which keeps the latest run of every step).
const autocannon = require('autocannon');
const { randomUUID } = require('node:crypto');
const { mkdtempSync, rmSync } = require('node:fs');
const os = require('node:os');
const { join } = require('node:path');
const h = require('./lib/harness');
const floor = require('./lib/pgbench-floor');
const { nowMicros, topSelfTime } = require('./lib/cpu-profile');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const PGBENCH_CLIENTS = Number(process.env.BENCH_PGBENCH_CLIENTS ?? 10);
const PGBENCH_THREADS = 2;
const PROFILE = process.env.BENCH_PROFILE === '1';
const EXTRA_API_ARGS = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
const QUIET_WAIT_MS = Number(process.env.BENCH_QUIET_WAIT_SECONDS ?? 300) * 1000;
const STEP = process.env.BENCH_STEP ?? 'current';
const DATABASE = 'cc_bench_intake';
const TARGET = { ratio: 0.5, p99Ms: 150, apiRssMB: 300 };

function complaint() {
  const n = randomUUID();
  return JSON.stringify({
    consumer: {
      fullName: 'Nguyễn Văn Thử',
      email: `bench-${n}@example.vn`,
      communeCode: '05443',
      address: 'Số 1 đường Hoàng Văn Thụ',
      language: 'vi',
    },
    business: { name: `Cửa hàng ${n.slice(0, 8)}`, taxCode: '4600000001', platformName: 'Sàn Ví Dụ', orderId: n },
    purchase: {
      sectorCode: 'ecommerce',
      product: 'Tai nghe không dây',
      purchaseDate: '2026-10-01',
      amountVnd: 1290000,
      channel: 'ecommerce_platform',
    },
    description: 'Sản phẩm không hoạt động sau hai ngày sử dụng, người bán không trả lời tin nhắn.',
    desiredResolutions: ['refund'],
    businessContacted: { contacted: true, date: '2026-10-05', answer: 'Không trả lời' },
    consents: { dataProcessing: true, textVersion: '2026-01' },
  });
}

const INTAKE = {
  method: 'POST',
  path: '/api/v1/complaints',
  headers: { 'content-type': 'application/json' },
  setupRequest: (req) => ({ ...req, body: complaint() }),
};

/** The statements the api sends for one complaint, recorded from a capturing api process. */
async function captureIntake(env, dir) {
  const file = join(dir, 'statements.jsonl');
  const capture = floor.captureOptions(file);
  const port = await h.freePort();
  const api = h.startApp('api', { ...env, ...capture.env, PORT: String(port) }, { nodeArgs: capture.nodeArgs });
  try {
    await h.waitFor(api, 'api listening');
    return await floor.captureRequest(file, async () => {
      const response = await fetch(`http://127.0.0.1:${port}${INTAKE.path}`, {
        method: 'POST',
        headers: INTAKE.headers,
        body: complaint(),
      });
      if (response.status !== 201) throw new Error(`intake answered ${response.status}: ${await response.text()}`);
    });
  } finally {
    await h.stop(api);
  }
}

async function load(url, request, sampler) {
  const before = sampler.mark();
  const started = Date.now();
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests: [request] });
  const cpu = h.cpuSince(before, sampler.mark());
  const wallSeconds = (Date.now() - started) / 1000;
  const ok = Math.max(1, result['2xx']);
  const perRequestMs = (seconds) => (seconds * 1000) / ok;
  const counted = cpu.api + cpu.worker + cpu['postgres.api'] + cpu['postgres.worker'] + cpu.redis + cpu.bench;
  return {
    rps: result['2xx'] / (result.duration ?? SECONDS),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    other: result.non2xx + result.errors + result.timeouts,
    cpu: {
      api: perRequestMs(cpu.api),
      worker: perRequestMs(cpu.worker),
      db: perRequestMs(cpu['postgres.api']),
      workerDb: perRequestMs(cpu['postgres.worker']),
      redis: perRequestMs(cpu.redis),
      bench: perRequestMs(cpu.bench),
    },
    // The processes of the row's columns, so that cores busy and CPU per complaint count the same.
    cpuMsPerRequest: perRequestMs(counted),
    coresBusy: counted / wallSeconds,
  };
}

/** The api and worker under autocannon: GET /health, then the intake. */
async function apiRun(env, dir) {
  const port = await h.freePort();
  const profileDir = process.env.BENCH_PROFILE_DIR ?? join(dir, 'profile');
  const nodeArgs = [...EXTRA_API_ARGS, ...(PROFILE ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [])];
  const api = h.startApp('api', { ...env, PORT: String(port) }, { nodeArgs });
  const worker = h.startApp('worker', env, {
    nodeArgs: PROFILE ? ['--cpu-prof', '--cpu-prof-dir', join(profileDir, 'worker')] : [],
  });
  let sampler;
  try {
    await h.waitFor(api, 'api listening');
    await h.waitFor(worker, 'worker started');
    sampler = h.cpuSampler({ pids: { api: api.pid, worker: worker.pid }, database: DATABASE, backendsOnly: true });
    const base = `http://127.0.0.1:${port}`;
    const health = await load(`${base}/health`, { method: 'GET', path: '/health' }, sampler);
    const window = { from: nowMicros() };
    const intake = await load(base, INTAKE, sampler);
    window.to = nowMicros();
    const rss = { api: h.peakRssMiB(api.pid), worker: h.peakRssMiB(worker.pid) };
    return { health, intake, rss, window };
  } finally {
    sampler?.stop();
    await h.stop(api);
    await h.stop(worker);
  }
}

const fixed = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const met = (ok) => (ok ? 'met' : 'not met');

function section({ started, load, settings, script, capture, api, pgbench, emails, profile }) {
  const ratio = api.intake.rps / pgbench.tps;
  const apiRssMB = Math.round(api.rss.api * 1.048576);
  const row = (name, r, cpu) =>
    `| ${name} | ${fixed(r.rps)} | ${fixed(r.p50)} | ${fixed(r.p99)} | ${r.ok} | ${r.other} | ${cpu.api} | ${cpu.worker} | ${cpu.db} | ${cpu.workerDb} | ${cpu.redis} | ${cpu.bench} | ${fixed(r.coresBusy, 2)} |`;
  const apiCpu = ({ cpu }) => ({
    api: fixed(cpu.api, 2),
    worker: fixed(cpu.worker, 2),
    db: fixed(cpu.db, 2),
    workerDb: fixed(cpu.workerDb, 2),
    redis: fixed(cpu.redis, 2),
    bench: fixed(cpu.bench, 2),
  });
  const lines = [
    '## bench/intake',
    '',
    `Run ${started} (step "${STEP}") on ${h.machine()}. Load average (1 min) ${fixed(load.before, 2)} before, ${fixed(load.after, 2)} after;`,
    `the machine ${load.quiet.quiet ? 'was' : 'was not'} quiet (≤ 0.3 cores busy for 5 s) after waiting ${fixed(load.quiet.waitedMs / 1000, 0)} s.`,
    `api${settings.profile ? ' (under --cpu-prof)' : ''} and worker as built processes, started as their start scripts start them`,
    `(api node options: ${settings.apiNodeArgs.join(' ') || 'none'}; ${settings.connections} autocannon connections, ${settings.seconds} s each); pgbench`,
    `${settings.clients} clients, ${settings.threads} threads, ${settings.seconds} s on the same database. PostgreSQL CPU counts this`,
    'database’s backends only, sampled from /proc: those serving the requests (the api’s or pgbench’s connections) and the worker’s.',
    `The worker sends over up to ${settings.smtpConnections} SMTP connections (its pool opens them as needed). Redis counts every redis-server process on the machine; the bench process holds autocannon, the SMTP sink and the /proc sampler;`,
    `in the floor's row the load is pgbench's process and the bench process (its /proc sampler). Cores busy: the CPU of every process counted in the row ÷ the run's seconds, of the machine's ${os.cpus().length}.`,
    '',
    '| run | req/s | p50 ms | p99 ms | done | other | api CPU ms/req | worker CPU ms/req | PostgreSQL CPU ms/req, requests’ connections | PostgreSQL CPU ms/req, worker’s connections | Redis CPU ms/req | load CPU ms/req (autocannon, SMTP sink, /proc sampler; or pgbench) | cores busy |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    row('GET /health (baseline)', api.health, apiCpu(api.health)),
    row('POST /api/v1/complaints', api.intake, apiCpu(api.intake)),
    row(
      'pgbench, the same SQL (floor)',
      { rps: pgbench.tps, ...pgbench, other: 0, ok: pgbench.transactions },
      {
        api: '–',
        worker: '–',
        db: fixed(pgbench.postgresCpuMsPerTx, 2),
        workerDb: '–',
        redis: fixed(pgbench.redisCpuMsPerTx, 2),
        bench: fixed(pgbench.loadCpuMsPerTx, 2),
      },
    ),
    '',
    '| target (issue 13) | measured | |',
    '|---|---|---|',
    `| api / pgbench complaints/s ≥ ${TARGET.ratio} | ${fixed(ratio, 2)} | ${met(ratio >= TARGET.ratio)} |`,
    `| p99 < ${TARGET.p99Ms} ms at ${settings.connections} connections | ${fixed(api.intake.p99)} ms | ${met(api.intake.p99 < TARGET.p99Ms)} |`,
    `| api peak RSS < ${TARGET.apiRssMB} MB | ${apiRssMB} MB | ${met(apiRssMB < TARGET.apiRssMB)} |`,
    '',
    '### Steps',
    '',
    'One row per BENCH_STEP (the latest run of each kept); CPU in ms per complaint, of the api run. Rows from',
    'different machines do not compare: only steps run on one machine, one after the other, show what a change did.',
    '',
    '| step | run (UTC) | machine | complaints/s | floor/s (pgbench -M) | ratio | p50 / p99 ms | CPU api / worker / PostgreSQL | api peak RSS MB | load before |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...h.keptStepRows(
      'intake',
      STEP,
      `| ${STEP} | ${started.slice(0, 16)} | ${h.cpuName()} | ${fixed(api.intake.rps)} | ${fixed(pgbench.tps)} (${script.protocol}) | ${fixed(ratio, 2)} | ${fixed(api.intake.p50)} / ${fixed(api.intake.p99)} | ${fixed(api.intake.cpu.api, 2)} / ${fixed(api.intake.cpu.worker, 2)} / ${fixed(api.intake.cpu.db + api.intake.cpu.workerDb, 2)} | ${apiRssMB} | ${fixed(load.before, 2)} |`,
    ),
  ];
  if (profile) {
    lines.push(
      '',
      `api CPU profile (--cpu-prof) during the intake run, top ${profile.length} functions by self time (share of non-idle samples):`,
      '',
    );
    lines.push('| function | where | self ms | share |', '|---|---|---|---|');
    for (const f of profile) lines.push(`| ${f.name} | ${f.where} | ${fixed(f.ms, 0)} | ${fixed(f.share * 100)} % |`);
  }
  // A paragraph last: a table right before the section's end marker is not how Prettier leaves it.
  lines.push(
    '',
    `The floor replays the ${script.statements} statements the api sent for one complaint (captured from the api process, ${script.parameters} parameters`,
    `as bind parameters, ${script.varying} of them holding fresh ids or digests rebuilt per transaction) as the api sends them: without a transaction around them,`,
    script.protocol === 'prepared'
      ? 'as named statements, parsed and planned once per connection (pgbench -M prepared).'
      : 'each parsed and planned anew (pgbench -M extended).',
    `${capture.others} of the ${capture.requests} captured complaints sent other statements besides these; the floor leaves those out.`,
    `CPU per complaint of every process counted: api run ${fixed(api.intake.cpuMsPerRequest, 2)} ms (cores busy ${fixed(api.intake.coresBusy, 2)}), floor ${fixed(pgbench.cpuMsPerTx, 2)} ms (cores busy ${fixed(pgbench.coresBusy, 2)}).`,
    pgbench.backends.length === 0
      ? "pgbench's backends were not sampled (the sampler could not connect)."
      : `pgbench's backends, sampled every 100 ms during the floor (pg_stat_activity state and wait event, share of all the backends' samples): ${pgbench.backends
          .slice(0, 5)
          .map(({ state, share }) => `${state} ${fixed(share * 100, 0)} %`)
          .join(', ')}.`,
    `Peak RSS: api ${api.rss.api} MiB, worker ${api.rss.worker} MiB. The worker had sent ${emails} access-key emails to an in-process SMTP sink when the api run ended.`,
  );
  return lines.join('\n');
}

async function main() {
  h.requireBuild();
  const quiet = await h.waitForQuietMachine({ timeoutMs: QUIET_WAIT_MS });
  const started = new Date().toISOString();
  const dir = mkdtempSync(join(os.tmpdir(), 'bench-intake-'));
  const databaseUrl = await h.freshDatabase(DATABASE);
  const smtp = await h.smtpSink();
  const env = { DATABASE_URL: databaseUrl, QUEUE_PREFIX: `bench${Date.now()}`, SMTP_URL: smtp.url };
  try {
    const loadBefore = os.loadavg()[0];
    const capture = await captureIntake(env, dir);
    const script = await floor.floorScript(databaseUrl, capture, dir);
    // The api first: the worker's drain of the outbox would otherwise send pgbench's notifications too.
    const api = await apiRun(env, dir);
    const emails = smtp.received();
    const pgbench = await floor.runFloor({
      databaseUrl,
      database: DATABASE,
      script,
      dir,
      clients: PGBENCH_CLIENTS,
      threads: PGBENCH_THREADS,
      seconds: SECONDS,
    });
    const markdown = section({
      started,
      load: { before: loadBefore, after: os.loadavg()[0], quiet },
      settings: {
        connections: CONNECTIONS,
        seconds: SECONDS,
        clients: PGBENCH_CLIENTS,
        threads: PGBENCH_THREADS,
        profile: PROFILE,
        apiNodeArgs: [...h.startOptions('api'), ...EXTRA_API_ARGS],
        smtpConnections: h.workerSmtpConnections({ ...process.env, ...env }),
      },
      script,
      capture,
      api,
      pgbench,
      emails,
      profile: PROFILE ? topSelfTime(process.env.BENCH_PROFILE_DIR ?? join(dir, 'profile'), api.window) : null,
    });
    await h.writeFormattedSection('intake', markdown);
    process.stdout.write(`${markdown}\n`);
  } finally {
    await h.queues(env.QUEUE_PREFIX).close();
    await smtp.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
