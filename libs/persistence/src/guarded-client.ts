import { Logger } from '@nestjs/common';
import { Client, type ClientConfig } from 'pg';

const logger = new Logger('PostgreSQL');

/**
 * A pg client that never takes the process down when its server connection ends (a restart, a
 * failover, pg_terminate_backend). pg reports that as an 'error' event on the client, and an 'error'
 * event nobody listens to is an uncaught exception; pg-pool stops listening while a client is
 * checked out, leaving it to the holder, and not every holder listens at every moment. The query in
 * flight rejects on its own and the pool drops a client that is no longer queryable, so this
 * listener only logs (the error's code: a server message can quote a value).
 */
export class GuardedClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', (error: Error & { code?: string }) =>
      logger.warn({ code: error.code ?? error.message.slice(0, 80) }, 'PostgreSQL connection lost'),
    );
  }
}
