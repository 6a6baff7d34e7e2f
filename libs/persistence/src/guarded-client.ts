import { Logger } from '@nestjs/common';
import { Client, type ClientConfig } from 'pg';
import { statementName } from './prepared-statements';

const logger = new Logger('PostgreSQL');

/**
 * The pg client of every data source.
 *
 * It never takes the process down when its server connection ends (a restart, a failover,
 * pg_terminate_backend). pg reports that as an 'error' event on the client, and an 'error' event
 * nobody listens to is an uncaught exception; pg-pool stops listening while a client is checked
 * out, leaving it to the holder, and not every holder listens at every moment. The query in flight
 * rejects on its own and the pool drops a client that is no longer queryable, so this listener only
 * logs (the error's code: a server message can quote a value).
 *
 * It runs a statement marked `prepared(sql)` as a named statement (see prepared-statements.ts).
 */
export class GuardedClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', (error: Error & { code?: string }) =>
      logger.warn({ code: error.code ?? error.message.slice(0, 80) }, 'PostgreSQL connection lost'),
    );
  }

  // pg's query() has many overloads (TypeORM calls query(text, values)): this one takes them all.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(config: unknown, values?: unknown, callback?: unknown): any {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called on this client just below
    const run = Client.prototype.query as (this: Client, ...args: unknown[]) => unknown;
    const name = typeof config === 'string' && Array.isArray(values) ? statementName(config) : undefined;
    return name === undefined
      ? run.call(this, config, values, callback)
      : run.call(this, { name, text: config, values }, callback);
  }
}
