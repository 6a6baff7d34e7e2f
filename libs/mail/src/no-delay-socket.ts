import { connect, type Socket } from 'node:net';

interface Endpoint {
  host?: string;
  port?: number;
  secure?: boolean;
}

type SocketCallback = (error: Error | null, socketOptions?: { connection: Socket }) => void;

/**
 * Opens the TCP connection for nodemailer's pool with Nagle's algorithm off. nodemailer writes a
 * message in small pieces; with Nagle on, the last one waits for the server's delayed ACK (about
 * 40 ms a message, see bench/RESULTS.md). TLS (smtps, STARTTLS) is still negotiated by nodemailer
 * over this socket.
 *
 * The socket is handed over while it still connects: nodemailer then sees a refused or broken
 * connection as an error of that pooled connection, which leaves the pool. (An error passed to the
 * callback instead would leave a dead connection in the pool and its messages waiting for ever.)
 */
export function noDelaySocket(options: Endpoint, callback: SocketCallback): void {
  const socket = connect({ host: options.host ?? 'localhost', port: options.port ?? (options.secure ? 465 : 587) });
  socket.setNoDelay(true);
  callback(null, { connection: socket });
}
