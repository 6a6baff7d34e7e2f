import { connect, type Socket } from 'node:net';

interface Endpoint {
  host?: string;
  port?: number;
  secure?: boolean;
}

type SocketCallback = (error: Error | null, socketOptions?: { connection: Socket }) => void;

/**
 * Opens the TCP connection for nodemailer's pool: Nagle's algorithm off, and on plaintext SMTP the
 * writes of one turn of the event loop sent together.
 *
 * nodemailer writes a message in small pieces (its headers, each part, the closing dot). With Nagle
 * on, the last piece waits for the server's delayed ACK (about 40 ms a message, see
 * bench/RESULTS.md); with Nagle off and nothing else, each piece is a send (a system call and a TCP
 * segment) of its own, about a dozen per message. Gathering the writes of one turn sends a message's
 * body in one or two. It sets no timer: what is written waits at most for the rest of the current
 * turn.
 *
 * Plaintext only: over TLS (smtps, or STARTTLS, which nodemailer starts whenever the server offers
 * it) nodemailer writes to its TLS socket, which sends its records past this one's `write`; those
 * connections get Nagle off and nothing more.
 *
 * The socket is handed over while it still connects: nodemailer then sees a refused or broken
 * connection as an error of that pooled connection, which leaves the pool. (An error passed to the
 * callback instead would leave a dead connection in the pool and its messages waiting for ever.)
 */
export function smtpSocket(options: Endpoint, callback: SocketCallback): void {
  const socket = connect({ host: options.host ?? 'localhost', port: options.port ?? (options.secure ? 465 : 587) });
  socket.setNoDelay(true);
  callback(null, { connection: gatherWritesPerTurn(socket) });
}

/**
 * Holds what is written to `socket` until the current turn of the event loop ends (setImmediate),
 * then hands it to the kernel at once (one writev). While held, `write` answers false past the
 * high-water mark and 'drain' follows the sending, so a piped attachment waits as it should.
 * `end()` sends what is held first; `destroy()` in the same turn drops it, as it drops anything not
 * yet sent (nodemailer destroys a connection only before it has written to it, or after an error).
 */
function gatherWritesPerTurn(socket: Socket): Socket {
  const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
  let gathering = false;
  const release = (): void => {
    gathering = false;
    socket.uncork();
  };
  socket.write = (...args: unknown[]): boolean => {
    if (!gathering) {
      gathering = true;
      socket.cork();
      setImmediate(release);
    }
    return write(...args);
  };
  return socket;
}
