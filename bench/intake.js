// bench/intake: autocannon on POST /api/v1/complaints for 20 s at fixed concurrency, beside
// GET /health in the same run, against the built api and worker. Writes bench/RESULTS.md.
// Usage: npm run build && node bench/intake.js  (BENCH_SECONDS, BENCH_CONNECTIONS to change)
const autocannon = require('autocannon');
const { randomUUID } = require('node:crypto');
const h = require('./lib/harness');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

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

async function run(url, request, pids) {
  const before = { api: h.cpuSeconds(pids.api), worker: h.cpuSeconds(pids.worker), db: h.postgresCpuSeconds() };
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests: [request] });
  const requests = Math.max(1, result['2xx']);
  const perRequestMs = (seconds) => ((seconds * 1000) / requests).toFixed(2);
  return {
    cpu: {
      api: perRequestMs(h.cpuSeconds(pids.api) - before.api),
      worker: perRequestMs(h.cpuSeconds(pids.worker) - before.worker),
      db: perRequestMs(h.postgresCpuSeconds() - before.db),
    },
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    other: result.non2xx + result.errors + result.timeouts,
  };
}

async function main() {
  h.requireBuild();
  const databaseUrl = await h.freshDatabase('cc_bench_intake');
  const port = await h.freePort();
  const smtp = await h.smtpSink();
  const env = { DATABASE_URL: databaseUrl, PORT: String(port), QUEUE_PREFIX: `bench${Date.now()}`, SMTP_URL: smtp.url };
  const api = h.startApp('api', env);
  const worker = h.startApp('worker', env);
  try {
    await h.waitFor(api, 'api listening');
    await h.waitFor(worker, 'worker started');
    const base = `http://127.0.0.1:${port}`;
    const pids = { api: api.pid, worker: worker.pid };
    const health = await run(`${base}/health`, { method: 'GET', path: '/health' }, pids);
    const intake = await run(
      base,
      {
        method: 'POST',
        path: '/api/v1/complaints',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: complaint() }),
      },
      pids,
    );
    const rss = { api: h.peakRssMiB(api.pid), worker: h.peakRssMiB(worker.pid) };
    const row = (name, r) =>
      `| ${name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.ok} | ${r.other} | ${r.cpu.api} | ${r.cpu.worker} | ${r.cpu.db} |`;
    const markdown = [
      '## bench/intake',
      '',
      `Run ${new Date().toISOString()} on ${h.machine()}; ${CONNECTIONS} connections, ${SECONDS} s each, api and worker`,
      'as built processes, PostgreSQL and Redis local, autocannon in the same machine (it takes CPU too).',
      '',
      '| endpoint | req/s | p50 ms | p99 ms | 2xx | other | api CPU ms/req | worker CPU ms/req | PostgreSQL CPU ms/req |',
      '|---|---|---|---|---|---|---|---|---|',
      row('GET /health (baseline)', health),
      row('POST /api/v1/complaints', intake),
      '',
      `Intake throughput is ${(intake.rps / health.rps).toFixed(2)}× the health baseline. Peak RSS: api ${rss.api} MiB, worker ${rss.worker} MiB.`,
      `The worker sent ${smtp.received()} access-key emails to an in-process SMTP sink during the run.`,
      'Target from the issue: ≥ 300 complaints/s at p99 < 150 ms on 2 cores.',
    ].join('\n');
    h.writeSection('intake', markdown);
    process.stdout.write(`${markdown}\n`);
  } finally {
    await h.stop(api);
    await h.stop(worker);
    await smtp.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
