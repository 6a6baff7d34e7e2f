import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { GuardedClient } from './guarded-client';
import { MIGRATIONS } from './migrations';
import { DEFAULT_POOL_SIZE } from './pool-size';

export interface PoolOptions {
  /** Most connections open at once (DATABASE_POOL_SIZE for the api and the worker). */
  poolSize?: number;
}

/** The one set of DataSource options used by the api, the worker, the CLI scripts and the tests. */
export function dataSourceOptions(
  databaseUrl: string,
  { poolSize = DEFAULT_POOL_SIZE }: PoolOptions = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // A null or undefined value in a find's where-object is an error, not a condition dropped: by
    // default TypeORM leaves it out and the find matches every row (it once told every supervisor
    // of the province about a case of no unit). IsNull() says "is null" where that is meant.
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Failed queries are not logged here: TypeORM would print their parameters (personal data).
    // The error still reaches the caller, and Nest logs its message.
    logging: false,
    // Fail fast at start-up rather than hang when the server is unreachable.
    connectTimeoutMS: 5_000,
    // GuardedClient: a connection lost while no one listens is logged, not an uncaught exception.
    extra: { max: poolSize, application_name: 'consumer-complaints', Client: GuardedClient },
  };
}
