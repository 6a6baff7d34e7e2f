import { DataSource } from 'typeorm';
import {
  formatTrackingCode,
  NEXT_TRACKING_VALUE_SQL,
  runAsOneStatement,
  trackingCodeFromSequenceSql,
} from '@app/persistence';
import { createTestDatabase, TestDatabase } from '../../support/test-database';

describe(runAsOneStatement.name, () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await db.dataSource();
  });
  afterAll(() => db.drop());

  const numberOnce = (prefix: string, extra: { name: string; sql: string; parameters: unknown[] }[] = []) =>
    runAsOneStatement<{ code: string }>(
      dataSource.manager,
      [{ name: 'seq', sql: NEXT_TRACKING_VALUE_SQL, parameters: [prefix, 2026] }, ...extra],
      `SELECT ${trackingCodeFromSequenceSql(prefix, 2026, 'seq')} AS code`,
    );

  it('numbers in SQL exactly as formatTrackingCode does, one after another', async () => {
    expect(await numberOnce('TQ')).toEqual([{ code: formatTrackingCode('TQ', 2026, 1) }]);
    expect(await numberOnce('TQ')).toEqual([{ code: 'TQ-2026-000002' }]);
  });

  it('renumbers each part’s placeholders, and a failing part writes nothing (the number is given back)', async () => {
    const failing = {
      name: 'bad',
      sql: 'INSERT INTO tracking_sequences (prefix, year, last_value) VALUES ($1, $2, $3)',
      parameters: ['TQ', 2026, 9],
    };
    await expect(numberOnce('TQ', [failing])).rejects.toThrow(/duplicate key/);
    expect(await numberOnce('TQ')).toEqual([{ code: 'TQ-2026-000003' }]);
  });

  it('refuses a prefix or year that could not be written into SQL safely', () => {
    expect(() => trackingCodeFromSequenceSql("TN'; DROP TABLE cases; --", 2026, 'seq')).toThrow(/invalid/);
    expect(() => trackingCodeFromSequenceSql('TN', 2026.5, 'seq')).toThrow(/invalid/);
  });
});
