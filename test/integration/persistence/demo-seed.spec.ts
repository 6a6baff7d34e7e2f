import { DataSource } from 'typeorm';
import { CaseEntity, CasePartyEntity, DEMO_ACCOUNTS, seedDemoData, UserEntity } from '@app/persistence';
import { STAFF_ROLES } from '@app/domain';
import { createTestDatabase, TestDatabase } from '../../support/test-database';

describe(seedDemoData.name, () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await db.dataSource();
  });
  afterAll(() => db.drop());

  it('creates a demo account for every staff role and a handful of cases, once', async () => {
    const first = await seedDemoData(dataSource, 'demo-password-2026');
    const second = await seedDemoData(dataSource, 'demo-password-2026');
    expect(second).toEqual(first);
    const roles = new Set((await dataSource.getRepository(UserEntity).find()).map((u) => u.role));
    expect([...roles].sort()).toEqual([...STAFF_ROLES].sort());
    expect(await dataSource.getRepository(UserEntity).count()).toBe(DEMO_ACCOUNTS.length);
    expect(first.cases).toEqual([
      'TN-2026-000001',
      'TN-2026-000002',
      'TN-2026-000003',
      'TN-2026-000004',
      'TN-2026-000005',
    ]);
    expect(await dataSource.getRepository(CaseEntity).count()).toBe(5);
  });

  it('records an online purchase with the platform as a co-respondent', async () => {
    const parties = await dataSource.getRepository(CasePartyEntity).find({ where: { role: 'platform' } });
    expect(parties).toHaveLength(1);
  });
});
