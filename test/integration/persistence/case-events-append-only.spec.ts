import { DataSource } from 'typeorm';
import { seedDemoData } from '@app/persistence';
import { createTestDatabase, TestDatabase } from '../../support/test-database';

// Issue 3 §7: every action writes an event; no code path, and no SQL, may change or remove one.
describe('case_events is append-only', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await db.dataSource();
    await seedDemoData(dataSource, 'append-only-password');
  });
  afterAll(() => db.drop());

  it('accepts new events', async () => {
    const [{ count }] = await dataSource.query<{ count: string }[]>('SELECT count(*) FROM case_events');
    expect(Number(count)).toBe(5);
  });

  it.each([
    ['UPDATE', "UPDATE case_events SET action = 'tampered'"],
    ['DELETE', 'DELETE FROM case_events'],
    ['TRUNCATE', 'TRUNCATE case_events'],
  ])('the database refuses %s', async (operation, sql) => {
    await expect(dataSource.query(sql)).rejects.toThrow(`case_events is append-only: ${operation} refused`);
    const [{ count }] = await dataSource.query<{ count: string }[]>(
      "SELECT count(*) FROM case_events WHERE action = 'submit'",
    );
    expect(Number(count)).toBe(5);
  });
});
