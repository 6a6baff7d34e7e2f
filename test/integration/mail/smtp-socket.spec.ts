import { createHash, randomBytes } from 'node:crypto';
import { createServer, Socket, type AddressInfo, type Server } from 'node:net';
import { Readable } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import { SmtpMailer } from '@app/mail';
import { smtpSocket } from '@app/mail/smtp-socket';
import { SmtpSink } from '../../support/smtp-sink';
import { testConfig } from '../../support/test-env';
import { waitFor } from '../../support/wait';

// The worker's SMTP connections send what nodemailer writes in one turn of the event loop together:
// with Nagle's algorithm off, each of its small writes was otherwise a send (a system call and a TCP
// segment) of its own. Counted here at the socket's own sending methods (_write for one chunk,
// _writev for several, with the chunks it carries), which the stream calls once per send.

/** Counts, per socket, the sends it made and the chunks written that they carried. */
function countSends(): {
  sends: (socket: Socket) => number;
  chunks: (socket: Socket) => number;
  sockets: () => Socket[];
  restore: () => void;
} {
  const proto = Socket.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const one = jest.spyOn(proto, '_write');
  const many = jest.spyOn(proto, '_writev');
  const calls = (spy: jest.SpyInstance, socket: Socket) =>
    spy.mock.calls.filter((_, i) => spy.mock.contexts[i] === socket) as unknown[][];
  return {
    sends: (socket) => calls(one, socket).length + calls(many, socket).length,
    chunks: (socket) =>
      calls(one, socket).length + calls(many, socket).reduce((sum, [chunks]) => sum + (chunks as unknown[]).length, 0),
    sockets: () => [...new Set([...one.mock.contexts, ...many.mock.contexts] as Socket[])],
    restore: () => [one, many].forEach((spy) => spy.mockRestore()),
  };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('smtpSocket', () => {
  let server: Server | undefined;
  let received = '';
  let counter: ReturnType<typeof countSends> | undefined;
  const sockets: Socket[] = [];

  afterEach(async () => {
    counter?.restore();
    counter = undefined;
    sockets.splice(0).forEach((socket) => socket.destroy());
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  /** A socket from smtpSocket to a plain TCP server; `onPeer` may take over the server's side. */
  async function connectedSocket(onPeer?: (peer: Socket) => void): Promise<Socket> {
    received = '';
    server = createServer((peer) => {
      sockets.push(peer);
      if (onPeer) return onPeer(peer);
      peer.setEncoding('utf8');
      peer.on('data', (data: string) => (received += data));
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const socket = await new Promise<Socket>((resolve, reject) =>
      smtpSocket({ host: '127.0.0.1', port }, (error, options) =>
        error || !options ? reject(error ?? new Error('no socket')) : resolve(options.connection),
      ),
    );
    sockets.push(socket);
    await new Promise((resolve) => socket.once('connect', resolve));
    return socket;
  }

  it('sends ten writes of one turn in one send (one writev)', async () => {
    const socket = await connectedSocket();
    counter = countSends();
    const lines = Array.from({ length: 10 }, (_, i) => `dòng ${i}\r\n`);
    for (const line of lines) socket.write(line);

    await waitFor('all ten lines at the server', () => received === lines.join(''));
    expect(counter.chunks(socket)).toBe(10);
    expect(counter.sends(socket)).toBe(1);
    expect(socket.writableCorked).toBe(0);
  });

  it('sends each turn’s writes at the end of that turn, without waiting for more', async () => {
    const socket = await connectedSocket();
    counter = countSends();
    socket.write('MAIL FROM:<a@example.vn>\r\n');
    socket.write('RCPT TO:<b@example.vn>\r\n');
    await nextTurn();
    // Already sent: the turn that wrote them has ended, whatever comes next.
    expect(counter.sends(socket)).toBe(1);
    await waitFor('the first turn’s lines', () => received.endsWith('RCPT TO:<b@example.vn>\r\n'));

    socket.write('DATA\r\n');
    await waitFor('the second turn’s line', () => received.endsWith('DATA\r\n'));
    expect(counter.sends(socket)).toBe(2);
  });

  it('pipes 8 MB to a slow reader whole and in order, waiting for drain as it goes', async () => {
    const digest = createHash('sha256');
    let bytes = 0;
    const socket = await connectedSocket((peer) => {
      // The server reads a little at a time, so that the sender's buffers fill up.
      peer.on('data', (data: Buffer) => {
        digest.update(data);
        bytes += data.length;
        peer.pause();
        setTimeout(() => peer.resume(), 1);
      });
    });
    const chunks = Array.from({ length: 128 }, () => randomBytes(64 * 1024));
    const sent = createHash('sha256');
    chunks.forEach((chunk) => sent.update(chunk));
    let drains = 0;
    socket.on('drain', () => (drains += 1));
    await new Promise<void>((resolve, reject) => {
      Readable.from(chunks)
        .on('error', reject)
        .pipe(socket, { end: false })
        .on('unpipe', () => resolve());
    });

    await waitFor('8 MB at the server', () => bytes === 128 * 64 * 1024, { timeoutMs: 120_000 });
    expect(digest.digest('hex')).toBe(sent.digest('hex'));
    expect(drains).toBeGreaterThan(0);
  });
});

describe('SmtpMailer over smtpSocket', () => {
  let sink: SmtpSink | undefined;
  let tlsServer: SMTPServer | undefined;
  let mailer: SmtpMailer | undefined;
  let counter: ReturnType<typeof countSends> | undefined;

  afterEach(async () => {
    counter?.restore();
    counter = undefined;
    mailer?.onApplicationShutdown();
    mailer = undefined;
    await sink?.stop();
    sink = undefined;
    await new Promise((resolve) => (tlsServer ? tlsServer.close(() => resolve(undefined)) : resolve(undefined)));
    tlsServer = undefined;
  });

  const text = 'Khiếu nại của bạn đã được tiếp nhận. Mã tra cứu: TN-2026-000123.';
  const html = `<p>${text}</p>`;

  it('delivers a message whole in fewer sends than nodemailer’s writes', async () => {
    sink = await new SmtpSink().start();
    mailer = new SmtpMailer(testConfig({ SMTP_URL: sink.url }));
    const port = Number(new URL(sink.url).port);
    // The first message opens the connection; the second is counted alone.
    await mailer.send({ to: 'nguoi-0@example.vn', subject: 'Đã tiếp nhận', text, html });
    counter = countSends();
    await mailer.send({ to: 'nguoi-1@example.vn', subject: 'Đã tiếp nhận', text, html, messageKey: 'n-1' });

    const toSink = (count: 'chunks' | 'sends') =>
      (counter?.sockets() ?? [])
        .filter((socket) => socket.remotePort === port)
        .reduce((sum, socket) => sum + (counter?.[count](socket) ?? 0), 0);
    await waitFor('both messages at the sink', () => sink?.messages.length === 2);
    const [, message] = sink.messages;
    expect(message.text?.trim()).toBe(text);
    expect(message.html).toContain(html);
    expect(message.headers.get('x-message-key')).toBe('n-1');
    // MAIL FROM, RCPT TO and DATA each wait for the server's reply; the body does not.
    expect(toSink('sends')).toBeLessThan(toSink('chunks'));
  });

  // Over TLS nodemailer writes to its own TLS socket, past the gathering: the message still goes.
  it.each([
    ['STARTTLS', false, 'smtp'],
    ['smtps', true, 'smtps'],
  ])('still delivers over %s', async (_name, secure, scheme) => {
    const bodies: string[] = [];
    let secured = false;
    tlsServer = new SMTPServer({
      secure,
      authOptional: true,
      logger: false,
      onData: (stream, session, callback) => {
        secured = session.secure;
        let body = '';
        stream.setEncoding('utf8');
        stream.on('data', (data: string) => (body += data));
        stream.on('end', () => {
          bodies.push(body);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => tlsServer?.listen(0, '127.0.0.1', resolve));
    const { port } = tlsServer.server.address() as AddressInfo;
    // smtp-server's own certificate is self-signed (for localhost).
    const url = `${scheme}://127.0.0.1:${port}/?tls.rejectUnauthorized=false`;
    mailer = new SmtpMailer(testConfig({ SMTP_URL: url }));
    await mailer.send({ to: 'nguoi@example.vn', subject: 'Đã tiếp nhận', text, html, messageKey: 'tls-1' });

    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toContain('X-Message-Key: tls-1');
    expect(secured).toBe(true);
  });
});
