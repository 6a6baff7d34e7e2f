import { connect, type Socket } from 'node:net';

interface Endpoint {
  host?: string;
  port?: number;
  secure?: boolean;
}

type SocketCallback = (error: Error | null, socketOptions?: { connection: Socket }) => void;

/**
 * Opens the TCP connection for nodemailer's pool: Nagle's algorithm off, and the writes of one turn
 * of the event loop sent together.
 *
 * nodemailer writes a message in small pieces (its headers, each part, the closing dot). With Nagle
 * on, the last piece waits for the server's delayed ACK (about 40 ms a message, see
 * bench/RESULTS.md); with Nagle off and nothing else, each piece is a system call and a TCP segment
 * of its own, about a dozen per message. Gathering the writes of one turn sends a message's body
 * in one or two, and costs no waiting: they leave before the event loop next waits for I/O.
 *
 * The socket is handed over while it still connects: nodemailer then sees a refused or broken
 * connection as an error of that pooled connection, which leaves the pool. (An error passed to the
 * callback instead would leave a dead connection in the pool and its messages waiting for ever.)
 * TLS (smtps, STARTTLS) is still negotiated by nodemailer over this socket; once it is, TLS writes
 * its records to the connection itself, past the gathering.
 */
export function smtpSocket(options: Endpoint, callback: SocketCallback): void {
  const socket = connect({ host: options.host ?? 'localhost', port: options.port ?? (options.secure ? 465 : 587) });
  socket.setNoDelay(true);
  callback(null, { connection: gatherWritesPerTurn(socket) });
}

/**
 * Holds what is written to `socket` until the current turn of the event loop ends (setImmediate),
 * then sends it in one system call. Back-pressure is unchanged: `write` still answers false past the
 * high-water mark, and 'drain' follows the sending.
 */
export function gatherWritesPerTurn(socket: Socket): Socket {
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
