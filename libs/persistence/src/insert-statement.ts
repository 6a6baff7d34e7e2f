import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

interface Shape {
  table: string;
  columns: ColumnMetadata[];
  columnList: string;
}

const shapes = new WeakMap<EntityMetadata, Shape>();

/** The columns TypeORM's InsertQueryBuilder writes for PostgreSQL, in its order. */
function shapeOf(dataSource: DataSource, metadata: EntityMetadata): Shape {
  let shape = shapes.get(metadata);
  if (shape === undefined) {
    const { driver } = dataSource;
    const columns = metadata.columns.filter(
      (column) => column.isInsert && !(column.isGenerated && column.generationStrategy === 'increment'),
    );
    if (columns.some((column) => driver.spatialTypes.includes(column.type)))
      throw new Error(`insertStatement: ${metadata.name} has a spatial column`);
    shape = {
      table: driver.escape(metadata.tablePath),
      columns,
      columnList: columns.map((column) => driver.escape(column.databaseName)).join(', '),
    };
    shapes.set(metadata, shape);
  }
  return shape;
}

/**
 * `INSERT INTO … VALUES …` for rows of an entity, with $n placeholders and their values: the
 * statement TypeORM's query builder writes for PostgreSQL (the same columns in the same order,
 * DEFAULT for an undefined value, `1` for a new version, a function's result as raw SQL, and every
 * value through the driver and the column's transformer, e.g. encryption at rest), made from the
 * entity's metadata without the builder's parameter machinery, which took an eighth of the api's
 * CPU per complaint (bench/intake). test/integration/persistence/insert-statement.spec.ts holds
 * it to the builder's output for every entity.
 */
export function insertStatement<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  rows: readonly object[],
  returning?: string,
): [string, unknown[]] {
  const metadata = dataSource.getMetadata(entity);
  const { table, columns, columnList } = shapeOf(dataSource, metadata);
  const { driver } = dataSource;
  const parameters: unknown[] = [];
  const placeholder = (value: unknown) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  const valueSql = (row: object, column: ColumnMetadata): string => {
    const raw: unknown = column.getEntityValue(row);
    const value: unknown = typeof raw === 'function' ? raw : driver.preparePersistentValue(raw, column);
    if (column.isVersion && value === undefined) return '1';
    if (column.isDiscriminator) return placeholder(metadata.discriminatorValue);
    if (value === undefined) return 'DEFAULT';
    if (typeof value === 'function') return String((value as () => unknown)());
    return placeholder(value);
  };
  const tuples = rows.map((row) => `(${columns.map((column) => valueSql(row, column)).join(', ')})`);
  const sql = `INSERT INTO ${table}(${columnList}) VALUES ${tuples.join(', ')}`;
  return [returning === undefined ? sql : `${sql} RETURNING ${returning}`, parameters];
}
