import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import {
  dataSourceOptions,
  ENTITIES,
  migrateDatabase,
  pendingSchemaChanges,
  TrackingSequenceEntity,
} from '@app/persistence';
import { createTestDatabase, TestDatabase } from '../../support/test-database';
import { TEST_SERVER_URL, uniqueName } from '../../support/test-env';

// The tracking_sequences table as a developer might change it without writing a migration.
@Entity({ name: 'tracking_sequences' })
class SequenceWithUnmigratedColumn {
  @PrimaryColumn({ type: 'varchar', length: 10 }) prefix: string;
  @PrimaryColumn({ type: 'smallint' }) year: number;
  @Column({ name: 'last_value', type: 'integer' }) lastValue: number;
  @Column({ name: 'reset_at', type: 'timestamptz', nullable: true }) resetAt: Date | null;
}

describe(pendingSchemaChanges.name, () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('finds nothing to generate: the migrations match the entities', async () => {
    const sut = await db.dataSource();
    expect(await pendingSchemaChanges(sut)).toEqual([]);
  });

  it('fails when an entity changes without a migration', async () => {
    const options = dataSourceOptions(db.url);
    const changed = ENTITIES.map((entity) =>
      entity === TrackingSequenceEntity ? SequenceWithUnmigratedColumn : entity,
    );
    const sut = await new DataSource({ ...options, entities: changed }).initialize();
    try {
      const pending = await pendingSchemaChanges(sut);
      expect(pending).toEqual([expect.stringContaining('ALTER TABLE "tracking_sequences" ADD "reset_at"')]);
    } finally {
      await sut.destroy();
    }
  });
});

describe(migrateDatabase.name, () => {
  it('creates a missing database, migrates it, and is a no-op the second time', async () => {
    const url = `${TEST_SERVER_URL}/${uniqueName('cc_t')}`;
    const first = await migrateDatabase(url);
    expect(first.databaseCreated).toBe(true);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(first.reference).toEqual({ communes: 92, sectors: 14, organisations: 16 + 92 });
    const second = await migrateDatabase(url);
    expect(second).toEqual({ databaseCreated: false, applied: [], reference: first.reference });
    const cleanup = await new DataSource({ type: 'postgres', url: `${TEST_SERVER_URL}/postgres` }).initialize();
    await cleanup.query(`DROP DATABASE "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
    await cleanup.destroy();
  });
});
