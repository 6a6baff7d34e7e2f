// The bare baseline of bench/notifications, run as its own process (so that it does not share an
// event loop with the SMTP sink): nodemailer sends `count` copies of one message to the sink and
// reports the time taken and its own CPU. Modes:
//   sequential      one non-pooled transport (a connection per message), one send at a time
//   pooled          a pool as the product's (SMTPPool, `pool.connections` connections, `pool.messagesPerConnection`
//                   messages each), `pool.inFlight` sends at once
//   pooled-nodelay  the same pool with TCP_NODELAY on its sockets (as the product sets it, libs/mail)
const { connect } = require('node:net');
const nodemailer = require('nodemailer');
const SMTPPool = require('nodemailer/lib/smtp-pool');

function transport(mode, smtpUrl, { connections, messagesPerConnection }) {
  if (mode === 'sequential') return nodemailer.createTransport(smtpUrl);
  const options = { url: smtpUrl, pool: true, maxConnections: connections, maxMessages: messagesPerConnection };
  if (mode === 'pooled-nodelay') {
    // An open socket handed to nodemailer (its proxy hook): the only way to set the option.
    options.getSocket = (target, callback) => {
      const socket = connect(target.port, target.host);
      socket.setNoDelay(true);
      socket.once('error', callback);
      socket.once('connect', () => {
        socket.removeListener('error', callback);
        callback(null, { connection: socket });
      });
    };
  }
  return nodemailer.createTransport(new SMTPPool(options));
}

async function sendAll({ mode, smtpUrl, count, pool, message }) {
  const mailer = transport(mode, smtpUrl, pool);
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  let next = 0;
  const sender = async () => {
    while (next < count) {
      const i = next++;
      await mailer.sendMail({
        ...message,
        to: `bare${i}@example.vn`,
        headers: { 'X-Message-Key': `bare-${i}` },
      });
    }
  };
  await Promise.all(Array.from({ length: mode === 'sequential' ? 1 : pool.inFlight }, sender));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  mailer.close();
  return { mode, count, ms, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

process.once('message', (task) => {
  sendAll(task).then(
    (result) => process.send(result, () => process.exit(0)),
    (error) => process.send({ error: String(error.stack ?? error) }, () => process.exit(1)),
  );
});
