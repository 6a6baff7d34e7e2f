import { MAX_NAMED_STATEMENTS, prepared, PREPARED_MARK } from '@app/persistence';
import { POSSIBLE_DUPLICATE_SQL } from '../../../apps/api/src/complaints/intake/possible-duplicate';

type Module = typeof import('../../../libs/persistence/src/prepared-statements');

/** A fresh copy of the module: the names it has given are kept per process. */
function freshModule(): Module {
  let loaded: Module | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<Module>('../../../libs/persistence/src/prepared-statements');
  });
  return loaded as Module;
}

describe('statementName', () => {
  it('names only marked statements, the same text always with the same name', () => {
    const { statementName } = freshModule();
    expect(statementName('SELECT 1')).toBeUndefined();
    const name = statementName(prepared('SELECT $1::int'));
    expect(name).toMatch(/^cc_[0-9a-f]{24}$/);
    expect(statementName(`${PREPARED_MARK}SELECT $1::int`)).toBe(name);
    expect(statementName(prepared('SELECT $1::bigint'))).not.toBe(name);
  });

  it(`names at most ${MAX_NAMED_STATEMENTS} texts per process, and keeps the names it gave`, () => {
    const { statementName } = freshModule();
    const names = Array.from({ length: MAX_NAMED_STATEMENTS }, (_, i) => statementName(prepared(`SELECT ${i}`)));
    expect(new Set(names).size).toBe(MAX_NAMED_STATEMENTS);
    expect(statementName(prepared('SELECT -1'))).toBeUndefined();
    expect(statementName(prepared('SELECT 0'))).toBe(names[0]);
  });

  it('is given to the duplicate check that every intake runs', () => {
    expect(POSSIBLE_DUPLICATE_SQL.startsWith(PREPARED_MARK)).toBe(true);
  });
});
