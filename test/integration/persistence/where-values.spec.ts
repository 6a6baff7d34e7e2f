import { DataSource, IsNull, Not } from 'typeorm';
import { CommuneEntity } from '@app/persistence';
import { createTestDatabase, TestDatabase } from '../../support/test-database';

// TypeORM's default drops a null or undefined value from a find's where-object: the find then
// matches every row (a case of no unit once told every supervisor of the province). The app's
// DataSource options make such a find fail instead; IsNull() is how "is null" is asked.

describe('a null or undefined value in a where-object', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await db.dataSource();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const communes = () => dataSource.getRepository(CommuneEntity);

  it('is refused in a read, instead of matching every row', async () => {
    expect(await communes().count()).toBeGreaterThan(1);
    await expect(communes().findBy({ population: null as unknown as number })).rejects.toThrow(/null value/i);
    await expect(communes().findOneBy({ code: undefined })).rejects.toThrow(/undefined value/i);
    await expect(communes().countBy({ provinceCode: undefined })).rejects.toThrow(/undefined value/i);
  });

  it('is refused in each of several where-objects (an OR)', async () => {
    const [{ code }] = await communes().find({ take: 1 });
    await expect(communes().findBy([{ code }, { code: undefined }])).rejects.toThrow(/undefined value/i);
  });

  it('is refused in a write, instead of matching nothing or everything', async () => {
    const all = await communes().count();
    await expect(communes().update({ code: undefined }, { population: 1, populationYear: 2025 })).rejects.toThrow(
      /undefined value/i,
    );
    await expect(communes().delete({ population: null as unknown as number })).rejects.toThrow(/null value/i);
    expect(await communes().count()).toBe(all);
    expect(await communes().countBy({ population: Not(IsNull()) })).toBe(0);
  });

  it('still asks "is null" with IsNull() and leaves an absent key out', async () => {
    const all = await communes().count();
    const [{ code }] = await communes().find({ take: 1 });
    await communes().update({ code }, { population: 12_345, populationYear: 2025 });
    expect(await communes().countBy({ population: IsNull() })).toBe(all - 1);
    expect(await communes().findBy({ population: Not(IsNull()) })).toEqual([
      expect.objectContaining({ code, population: 12_345 }),
    ]);
    expect(await communes().countBy({})).toBe(all);
  });
});
