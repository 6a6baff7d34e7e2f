import { Client } from 'pg';

// A pg client runs one statement at a time: a query() sent while another runs waits in the client's
// own queue, which pg deprecates ("will be removed in pg@9.0") with a warning only from the third at
// once. Code that sends two statements at once on one client (Promise.all over a transaction's
// EntityManager) fails the test file that runs it, with the stack of the second call. TypeORM's schema
// builder reads the catalog that way itself (only the schema drift check runs it): not ours to change.
const NOT_OURS = /RdbmsSchemaBuilder/;

interface ClientState {
  _activeQuery?: unknown;
  _queryQueue: unknown[];
}

const overlapping: string[] = [];
// eslint-disable-next-line @typescript-eslint/unbound-method -- called on the client just below
const query = Client.prototype.query as (this: Client, ...args: unknown[]) => unknown;

beforeAll(() => {
  Client.prototype.query = function (this: Client & ClientState, ...args: unknown[]) {
    if (this._activeQuery || this._queryQueue.length > 0) {
      const stack = new Error('a query sent while this client ran another').stack ?? '';
      if (!NOT_OURS.test(stack)) overlapping.push(stack);
    }
    return query.apply(this, args);
  } as typeof Client.prototype.query;
});

afterAll(() => {
  Client.prototype.query = query as typeof Client.prototype.query;
  if (overlapping.length > 0)
    throw new Error(`${overlapping.length} query(ies) sent to a pg client already running one:\n${overlapping[0]}`);
});
