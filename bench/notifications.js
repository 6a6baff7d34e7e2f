// bench/notifications: emails/s through the product's whole path (notification rows → the built
// worker's drain of the outbox → SMTP) into a local sink, beside bare nodemailer loops into the same sink
// in the same run. Writes bench/RESULTS.md.
// Usage: npm run build && node bench/notifications.js
//   BENCH_NOTIFICATIONS (5000), BENCH_RUNS (3), BENCH_SEQUENTIAL_MESSAGES (500: the connection-per-message
//   loop is slow), BENCH_SMTP_CONNECTIONS (the product's default: the worker's SMTP_CONNECTIONS and the bare
//   pools' size), BENCH_IN_FLIGHT (twice the connections), BENCH_QUIET_WAIT_SECONDS (300: wait for others'
//   work to stop), BENCH_PROFILE_DIR (the worker under --cpu-prof, its profiles kept there)
const { fork } = require('node:child_process');
const { join } = require('node:path');
const { Client } = require('pg');
const h = require('./lib/harness');
const { pollUntil, spread } = require('./lib/stats');

const COUNT = Number(process.env.BENCH_NOTIFICATIONS ?? 5_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SEQUENTIAL = Math.min(COUNT, Number(process.env.BENCH_SEQUENTIAL_MESSAGES ?? 500));
const DATABASE = 'cc_bench_notifications';
const MAIL_FROM = 'Bảo vệ người tiêu dùng Thái Nguyên <no-reply@localhost>';
const QUIET_WAIT_MS = Number(process.env.BENCH_QUIET_WAIT_SECONDS ?? 300) * 1000;
const TARGET_PERCENT = 80; // issue 13 item 5

/** The product's SMTP pool (connections, messages per connection), which the bare pools copy. */
function smtpPool() {
  const { SMTP_MESSAGES_PER_CONNECTION } = h.built('libs/mail/src/smtp-mailer.js');
  const connections = h.workerSmtpConnections({ SMTP_CONNECTIONS: process.env.BENCH_SMTP_CONNECTIONS });
  // Twice the connections: each always has a message waiting when it finishes one.
  const inFlight = Number(process.env.BENCH_IN_FLIGHT ?? 2 * connections);
  return { connections, messagesPerConnection: SMTP_MESSAGES_PER_CONNECTION, inFlight };
}

/** One rendered message, as the product renders a staff message to a consumer. */
function message() {
  const { render } = h.built('libs/cases/src/notifications/templates/index.js');
  const trackingCode = 'TN-2026-000123';
  const rendered = render('message', 'vi', {
    trackingCode,
    body: 'Doanh nghiệp đã gửi phản hồi về yêu cầu hoàn tiền của bạn. Vui lòng xem và cho biết ý kiến trong 5 ngày làm việc.',
    link: `http://localhost:3000/complaints/${trackingCode}`,
  });
  return { from: MAIL_FROM, subject: rendered.subject, text: rendered.text, html: rendered.html };
}

/** N queued rows, written while no worker runs (the worker drains them from the table). */
async function queueNotifications(db, mail, batch) {
  await db.query(
    `INSERT INTO notifications (message_key, case_id, recipient_kind, recipient_email, language, template,
       subject, body_text, body_html)
     SELECT $5 || g, NULL, 'consumer', 'consumer' || g || '@example.vn', 'vi', 'message', $2, $3, $4
     FROM generate_series(1, $1) AS g`,
    [COUNT, mail.subject, mail.text, mail.html, `bench-${batch}:`],
  );
}

/** One bare loop in its own process; returns { ms, rate, cpuSeconds }. */
async function bareLoop(mode, count, smtp, mail, pool) {
  const child = fork(join(__dirname, 'lib/bare-mailer.js'), { stdio: 'inherit' });
  const received = smtp.received();
  const result = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('error', reject);
    child.send({ mode, smtpUrl: smtp.url, count, pool, message: mail });
  });
  await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()));
  if (result.error) throw new Error(result.error);
  if (smtp.received() - received !== count) throw new Error(`${mode}: the sink got ${smtp.received() - received}`);
  return { ...result, rate: (count / result.ms) * 1000 };
}

/** The built worker sends one batch of queued rows; returns when none is left queued. */
async function product(db, env, smtp, batch) {
  const received = smtp.received();
  // BENCH_PROFILE_DIR: the worker writes a CPU profile there (a what-if: the profiler costs CPU).
  const profile = process.env.BENCH_PROFILE_DIR;
  const transactions = await transactionCounter(db);
  const worker = h.startApp('worker', env, { nodeArgs: profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : [] });
  let result;
  try {
    await h.waitFor(worker, 'worker started');
    const up = Date.now();
    const sampler = h.cpuSampler({ pids: { worker: worker.pid }, database: DATABASE });
    const before = sampler.mark();
    const done = await pollUntil(
      async () =>
        Number((await transactions.query(`SELECT count(*) AS n FROM notifications WHERE status = 'queued'`)).rows[0].n),
      (n) => n === 0,
      { everyMs: 100, timeoutMs: 600_000 },
    );
    const cpu = h.cpuSince(before, sampler.mark());
    sampler.stop();
    const { rows } = await transactions.query(
      `SELECT count(*) FILTER (WHERE status = 'sent') AS sent, extract(epoch FROM max(sent_at)) * 1000 AS last
       FROM notifications WHERE message_key LIKE $1`,
      [`bench-${batch}:%`],
    );
    const ms = Number(rows[0].last) - up;
    result = {
      sent: Number(rows[0].sent),
      timedOut: done.timedOut,
      sink: smtp.received() - received,
      ms,
      rate: (Number(rows[0].sent) / ms) * 1000,
      cpu,
      rss: h.peakRssMiB(worker.pid),
    };
  } finally {
    await h.stop(worker);
  }
  // The worker's backends flush their statistics as they end.
  return { ...result, transactions: await transactions.ofOthers() };
}

/**
 * Transactions (commits and rollbacks) of this database's other sessions from now on, from
 * pg_stat_database less this client's own: a statement outside a transaction is one. Statements
 * of this client must go through `query` to be left out.
 */
async function transactionCounter(db) {
  let own = 0;
  const query = (...args) => {
    own += 1;
    return db.query(...args);
  };
  const read = async () => {
    await query('SELECT pg_stat_force_next_flush()');
    const { rows } = await db.query(
      `SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()`,
    );
    own += 1;
    return Number(rows[0].n);
  };
  const start = await read();
  own = 0;
  return {
    query,
    async ofOthers() {
      await pollUntil(
        async () =>
          Number(
            (
              await query(
                `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
              )
            ).rows[0].n,
          ),
        (n) => n === 0,
        { everyMs: 100, timeoutMs: 30_000 },
      );
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // a margin for the ended backends' last flush
      const between = own;
      // The end counts two of this client's statements besides those between: the start's read and
      // the end's own flush request (the start's flush request was counted in the start).
      return (await read()) - start - between - 2;
    },
  };
}

async function run(mail, pool) {
  const quiet = await h.waitForQuietMachine({ timeoutMs: QUIET_WAIT_MS });
  const databaseUrl = await h.freshDatabase(DATABASE);
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const prefix = `benchmail${Date.now()}`;
  const queues = h.queues(prefix);
  const smtp = await h.smtpSink();
  try {
    await queueNotifications(db, mail, 1);
    const sequential = await bareLoop('sequential', SEQUENTIAL, smtp, mail, pool);
    const pooled = await bareLoop('pooled', COUNT, smtp, mail, pool);
    const noDelay = await bareLoop('pooled-nodelay', COUNT, smtp, mail, pool);
    const env = {
      DATABASE_URL: databaseUrl,
      QUEUE_PREFIX: prefix,
      SMTP_URL: smtp.url,
      SMTP_CONNECTIONS: String(pool.connections),
      MAIL_FROM,
    };
    const asBuilt = await product(db, env, smtp, 1);
    return { quiet, sequential, pooled, noDelay, product: asBuilt };
  } finally {
    await smtp.close();
    await db.end();
    await queues.close();
    await h.dropDatabase(DATABASE);
  }
}

function report(runs, mail, pool, at = new Date()) {
  const size = Buffer.byteLength(mail.text) + Buffer.byteLength(mail.html) + Buffer.byteLength(mail.subject);
  const rate = (x) => Math.round(x.rate);
  const rates = runs.map(
    (r, i) =>
      `| ${i + 1} | ${rate(r.product)} | ${rate(r.sequential)} | ${rate(r.pooled)} | ` +
      `${rate(r.noDelay)} | ${(r.product.rate / r.sequential.rate).toFixed(1)} | ` +
      `${(r.product.rate / r.pooled.rate).toFixed(2)} | ${(r.product.rate / r.noDelay.rate).toFixed(2)} |`,
  );
  const resources = runs.flatMap((r, i) =>
    [[process.env.BENCH_PROFILE_DIR ? 'under --cpu-prof (what-if)' : 'as built', r.product]].map(([variant, p]) => {
      const cores = (seconds) => (seconds / (p.ms / 1000)).toFixed(2);
      const perEmail = (seconds) => ((seconds * 1000) / p.sent).toFixed(2);
      return (
        `| ${i + 1} | ${variant} | ${cores(p.cpu.worker)} | ${cores(p.cpu.postgres)} | ${cores(p.cpu.redis)} | ` +
        `${cores(p.cpu.bench)} | ${perEmail(p.cpu.worker)} | ${perEmail(p.cpu.postgres)} | ` +
        `${(p.transactions / p.sent).toFixed(2)} | ${p.rss} |`
      );
    }),
  );
  const baselines = {
    'the sequential loop': (r) => r.sequential.rate,
    [`the pool, ${pool.inFlight} in flight`]: (r) => r.pooled.rate,
    [`the pool with TCP_NODELAY, ${pool.inFlight} in flight`]: (r) => r.noDelay.rate,
  };
  const fastest = runs.map((r) => Object.entries(baselines).sort(([, a], [, b]) => b(r) - a(r))[0]);
  const ratio = runs.map((r, i) => (100 * r.product.rate) / fastest[i][1](r));
  return [
    '## bench/notifications',
    '',
    `Run ${at.toISOString()} on ${h.machine()}; ${runs.length} run(s), each on a fresh database with ${COUNT}`,
    `queued notification rows (${size} bytes of subject, text and HTML each: the product's "message" template),`,
    'written while no worker ran (the machine idle for 5 s first, when it got so). **Product**: the built worker',
    'starts, drains the outbox and sends them all to an in-process SMTP sink; emails/s = sent ÷ (last `sent_at` − worker up).',
    '**Bare**: in the same run and to the same sink, a separate Node process sends the same message with nodemailer:',
    `one non-pooled transport, one at a time (${SEQUENTIAL} messages, a connection each), then a pool like the`,
    `product's (${pool.connections} connections, the worker's SMTP_CONNECTIONS; ${pool.messagesPerConnection} messages each) with ${pool.inFlight} sends in flight (${COUNT} messages), with`,
    'Nagle\u2019s algorithm on (nodemailer\u2019s default) and off (TCP_NODELAY, as the product sets it). The product\u2019s',
    'sockets also send the writes of one event-loop turn together on plaintext SMTP, as here (libs/mail/src/smtp-socket.ts);',
    'the bare pools\u2019 do not.',
    '',
    `| run | product emails/s | bare sequential, not pooled | bare pooled, ${pool.inFlight} in flight | bare pooled + TCP_NODELAY | product ÷ sequential | product ÷ pooled | product ÷ pooled + TCP_NODELAY |`,
    '|---|---|---|---|---|---|---|---|',
    ...rates,
    '',
    'The product while sending, in cores (CPU seconds ÷ seconds) and CPU ms per email; PostgreSQL counts this',
    'database\u2019s backends and the server\u2019s own processes. PostgreSQL transactions: the worker\u2019s, from',
    'pg_stat_database (a statement outside a transaction is one; so is each connection\u2019s start).',
    '',
    '| run | worker | worker cores | PostgreSQL cores | Redis cores | bench + sink cores | worker CPU ms/email | PostgreSQL CPU ms/email | PostgreSQL transactions per email | worker peak RSS MiB |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...resources,
    '',
    `Target from the issue: the product ≥ ${TARGET_PERCENT} % of the fastest bare nodemailer loop; against the fastest`,
    `of the baselines in each run (${[...new Set(fastest.map(([name]) => name))].join('; ')}) the product reaches ${spread(ratio)} % of it: ` +
      `${Math.min(...ratio) >= TARGET_PERCENT ? 'met' : 'not met'} (every run must reach it).`,
  ].join('\n');
}

async function main() {
  h.requireBuild();
  const mail = message();
  const pool = smtpPool();
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    runs.push(await run(mail, pool));
    process.stdout.write(`run ${i + 1}: ${JSON.stringify(runs[i])}\n`);
    if (runs[i].product.timedOut || runs[i].product.sink !== COUNT)
      throw new Error('the product did not send them all');
  }
  const markdown = report(runs, mail, pool);
  await h.writeFormattedSection('notifications', markdown);
  process.stdout.write(`${markdown}\n`);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
}

module.exports = { message, report };
