import { createHash } from 'node:crypto';

/**
 * Named (prepared) statements for the hottest queries. A statement marked with `prepared(sql)` is
 * parsed and planned by PostgreSQL once per connection and afterwards only bound and executed: the
 * intake's one statement is several kilobytes of SQL, which would otherwise travel and be parsed
 * and planned for every complaint (bench/intake). The mark is a leading comment, so the statement
 * still goes through TypeORM (`manager.query`, its errors and transactions); `GuardedClient` gives
 * it a name made of a digest of its text.
 */
export const PREPARED_MARK = '/* prepared */ ';

export function prepared(sql: string): string {
  return PREPARED_MARK + sql;
}

/**
 * At most this many distinct texts are named per process; later ones run unnamed. Each name holds
 * a plan on every connection that used it, so a statement built with a varying shape cannot make
 * the server's memory grow without bound.
 */
export const MAX_NAMED_STATEMENTS = 64;

const names = new Map<string, string>();

/** The statement's name, or undefined when it is not marked or the process has named enough texts. */
export function statementName(text: string): string | undefined {
  if (!text.startsWith(PREPARED_MARK)) return undefined;
  const known = names.get(text);
  if (known !== undefined || names.size >= MAX_NAMED_STATEMENTS) return known;
  const name = `cc_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
  names.set(text, name);
  return name;
}
