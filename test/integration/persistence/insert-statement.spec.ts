import { randomUUID } from 'node:crypto';
import { DataSource, type EntityMetadata } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { CaseEntity, ENCRYPTED_FIELDS, insertStatement } from '@app/persistence';
import { dataKeys, decryptField, isEncrypted } from '@app/persistence/crypto';
import { createTestDatabase, TestDatabase } from '../../support/test-database';

// insertStatement writes the intake's INSERTs without TypeORM's query builder (its parameter
// machinery was an eighth of the api's CPU per complaint). It must write exactly what the builder
// writes: the same text and the same values, for every entity, with values, nulls, undefined
// (DEFAULT), raw SQL and the encrypted columns' transformers.

const PURPOSES = ENCRYPTED_FIELDS.map(({ table, column }) => `${table}.${column}`);

/** An encrypted value (random IV: never twice the same) as its plain text, for comparison. */
function readable(value: unknown): unknown {
  if (typeof value !== 'string' || !isEncrypted(value)) return value;
  for (const purpose of PURPOSES) {
    try {
      return { decrypted: decryptField(dataKeys(), value, purpose), purpose };
    } catch {
      // another purpose
    }
  }
  throw new Error('a value no purpose decrypts');
}

function sample(column: ColumnMetadata, i: number): unknown {
  if (column.enum?.length) return column.enum[i % column.enum.length];
  const type = typeof column.type === 'function' ? column.type.name.toLowerCase() : String(column.type);
  const one = (() => {
    if (type === 'uuid') return randomUUID();
    if (['timestamptz', 'date'].includes(type)) return new Date(Date.UTC(2026, 11, 6, 9, i));
    if (['integer', 'int', 'smallint', 'bigint', 'number'].includes(type)) return i + 1;
    if (type === 'boolean') return i % 2 === 0;
    if (type === 'jsonb') return { sample: i, list: ['a', 'ư'] };
    if (type === 'bytea') return Buffer.from([i, 1, 2]);
    return `giá trị ${i}`;
  })();
  return column.isArray ? [one, one] : one;
}

/** Rows that take each column through a value, null, undefined and (once) raw SQL. */
function rowsFor(metadata: EntityMetadata): Record<string, unknown>[] {
  const columns = metadata.columns.filter((column) => column.isInsert && !column.relationMetadata);
  return [0, 1, 2].map((i) => {
    const row: Record<string, unknown> = {};
    columns.forEach((column, j) => {
      const pick = (i + j) % 3;
      const value = pick === 0 ? sample(column, i) : pick === 1 && column.isNullable ? null : undefined;
      if (value !== undefined) column.setEntityValue(row, value);
    });
    for (const relation of metadata.manyToOneRelations)
      for (const join of relation.joinColumns) join.setEntityValue(row, i === 1 ? null : randomUUID());
    return row;
  });
}

describe(insertStatement.name, () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await db.dataSource();
  });
  afterAll(() => db?.drop());

  const builder = (entity: EntityMetadata['target'], rows: object[]) =>
    dataSource.createQueryBuilder().insert().into(entity).values(rows).updateEntity(false);

  it('writes what the query builder writes, for every entity', () => {
    expect(dataSource.entityMetadatas.length).toBeGreaterThan(20);
    for (const metadata of dataSource.entityMetadatas) {
      const rows = rowsFor(metadata);
      const [sql, parameters] = insertStatement(dataSource, metadata.target, rows);
      const [expectedSql, expectedParameters] = builder(metadata.target, rows).getQueryAndParameters();
      expect({ entity: metadata.name, sql }).toEqual({ entity: metadata.name, sql: expectedSql });
      expect(parameters.map(readable)).toEqual(expectedParameters.map(readable));
    }
  });

  it('covers the encrypted columns', () => {
    const metadata = dataSource.getMetadata(CaseEntity);
    const [, parameters] = insertStatement(dataSource, CaseEntity, rowsFor(metadata));
    expect(parameters.filter((value) => typeof value === 'string' && isEncrypted(value)).length).toBeGreaterThan(0);
  });

  // That PostgreSQL runs it and the rows read back: every intake test (test/e2e/complaints-intake.spec.ts).
  it('puts raw SQL in place and a RETURNING clause last, as the builder does', () => {
    const metadata = dataSource.getMetadata(CaseEntity);
    const [row] = rowsFor(metadata);
    const withSql = { ...row, trackingCode: () => `'TN-' || 1` };
    const [sql, parameters] = insertStatement(dataSource, CaseEntity, [withSql], '"tracking_code"');
    const expected = builder(CaseEntity, [withSql]).returning('"tracking_code"').getQueryAndParameters();
    expect(sql).toBe(expected[0]);
    expect(sql).toContain(`'TN-' || 1`);
    expect(sql.endsWith(' RETURNING "tracking_code"')).toBe(true);
    expect(parameters.map(readable)).toEqual(expected[1].map(readable));
  });
});
