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
    return `"${part.name}" AS (${part.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)})`;
  });
  return manager.query<T[]>(prepared(`WITH ${ctes.join(', ')} ${finalSelect}`), parameters);
}
