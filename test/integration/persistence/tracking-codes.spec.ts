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

  it('numbers a part by where it stands, however often the same text came before at other places', async () => {
    const part = (name: string, value: string) => ({ name, sql: 'SELECT $1::text AS v', parameters: [value] });
    const pad = { name: 'pad', sql: 'SELECT $1::int AS n, $2::int AS m', parameters: [1, 2] };
    const run = (parts: { name: string; sql: string; parameters: unknown[] }[]) =>
      runAsOneStatement<{ v: string }>(dataSource.manager, parts, "SELECT a.v || '/' || b.v AS v FROM a, b");
    for (let round = 0; round < 2; round += 1) {
      expect(await run([part('a', 'first'), part('b', 'second')])).toEqual([{ v: 'first/second' }]);
      expect(await run([part('b', 'second'), part('a', 'first')])).toEqual([{ v: 'first/second' }]);
      expect(await run([pad, part('a', 'third'), part('b', 'fourth')])).toEqual([{ v: 'third/fourth' }]);
      expect(await run([part('a', 'fifth'), pad, part('b', 'sixth')])).toEqual([{ v: 'fifth/sixth' }]);
    }
  });

  it('refuses a prefix or year that could not be written into SQL safely', () => {
    expect(() => trackingCodeFromSequenceSql("TN'; DROP TABLE cases; --", 2026, 'seq')).toThrow(/invalid/);
    expect(() => trackingCodeFromSequenceSql('TN', 2026.5, 'seq')).toThrow(/invalid/);
  });
});
