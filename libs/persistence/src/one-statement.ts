import { EntityManager } from 'typeorm';
import { prepared } from './prepared-statements';

/** One part of a statement made of data-modifying CTEs: its SQL with $1… placeholders, and their values. */
export interface StatementPart {
  name: string;
  sql: string;
  parameters: unknown[];
}

export function statementPart(name: string, [sql, parameters]: [string, unknown[]]): StatementPart {
  return { name, sql, parameters };
}

/** Most renumbered part texts kept (a few shapes of a few kilobytes each repeat; the bound is for safety). */
const RENUMBERED_KEPT = 200;
/** Part texts renumbered after an offset, by offset, then by the text as the part wrote it. */
const renumberedTexts = new Map<number, Map<string, string>>();
let renumberedCount = 0;

/**
 * `sql` with each `$n` made `$(n + offset)`. The parts of one shape of statement come back with the
 * same texts, so each is renumbered once and looked up after that: a regular expression over every
 * part of every intake cost about 40 µs a complaint, a lookup about 6.
 */
function renumbered(sql: string, offset: number): string {
  if (offset === 0) return sql;
  const known = renumberedTexts.get(offset)?.get(sql);
  if (known !== undefined) return known;
  if (renumberedCount >= RENUMBERED_KEPT) {
    renumberedTexts.clear();
    renumberedCount = 0;
  }
  const text = sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
  let texts = renumberedTexts.get(offset);
  if (texts === undefined) renumberedTexts.set(offset, (texts = new Map<string, string>()));
  texts.set(sql, text);
  renumberedCount += 1;
  return text;
}

/**
 * Runs several writes as ONE statement (`WITH a AS (INSERT …), b AS (INSERT …) SELECT …`): atomic
 * without BEGIN/COMMIT round trips, and foreign keys between the parts are checked at its end.
 * Each part's placeholders are renumbered after the previous parts'. It runs as a named statement:
 * its text is the same for every call of the same shape, and is parsed and planned once per connection.
 */
export async function runAsOneStatement<T>(
  manager: EntityManager,
  parts: StatementPart[],
  finalSelect: string,
): Promise<T[]> {
  const parameters: unknown[] = [];
  const ctes = parts.map((part) => {
    const offset = parameters.length;
    parameters.push(...part.parameters);
    return `"${part.name}" AS (${renumbered(part.sql, offset)})`;
  });
  return manager.query<T[]>(prepared(`WITH ${ctes.join(', ')} ${finalSelect}`), parameters);
}
