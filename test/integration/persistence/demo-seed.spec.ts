import { DataSource } from 'typeorm';
import {
  CaseEntity,
  CasePartyEntity,
  DEMO_ACCOUNTS,
  MediatorProfileEntity,
  OrganisationEntity,
  seedDemoData,
  syncReferenceData,
  UserEntity,
} from '@app/persistence';
import { qualificationGaps, STAFF_ROLES } from '@app/domain';
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

  describe('mediation (Law 19 Arts 63–64)', () => {
    const org = (code: string) => dataSource.getRepository(OrganisationEntity).findOneByOrFail({ code });
    const mediatorsOf = async (code: string) => {
      const users = await dataSource
        .getRepository(UserEntity)
        .findBy({ organisationId: (await org(code)).id, role: 'mediator' });
      const profiles = await dataSource.getRepository(MediatorProfileEntity).find();
      return users.map((user) => ({ user, profile: profiles.find((p) => p.userId === user.id) }));
    };

    it('makes the association a type (a) mediation organisation with a seal and contact details (Art 63.1)', async () => {
      const hbv = await org('HBVNTD');
      expect(hbv).toMatchObject({ kind: 'consumer_association', mediationType: 'a', hasSeal: true, active: true });
      expect(hbv.address && hbv.email && hbv.phone && hbv.website).toBeTruthy();
      // The reference-data sync, which runs after every migration, leaves them alone.
      await syncReferenceData(dataSource);
      expect(await org('HBVNTD')).toMatchObject({ mediationType: 'a', hasSeal: true, email: hbv.email });
    });

    it('adds a type (b) mediation centre with its own mediation admin', async () => {
      const centre = await org('TTHGTM-TN');
      expect(centre).toMatchObject({ kind: 'mediation_organisation', mediationType: 'b', active: true });
      expect(centre.communeCode).toMatch(/^\d{5}$/);
      const admin = await dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'mediation_admin2@demo.test' });
      expect(admin).toMatchObject({ role: 'mediation_admin', organisationId: centre.id });
    });

    it.each(['HBVNTD', 'TTHGTM-TN'])(
      'gives %s several mediators, each complete and verified (Art 64.2)',
      async (code) => {
        const mediators = await mediatorsOf(code);
        expect(mediators.length).toBeGreaterThanOrEqual(3);
        for (const { user, profile } of mediators) {
          expect({ email: user.email, gaps: profile && qualificationGaps(profile) }).toEqual({
            email: user.email,
            gaps: [],
          });
          expect(profile?.verifiedAt).toBeInstanceOf(Date);
          expect(profile?.verifiedById).toEqual(expect.any(String));
          expect(profile?.sectors.length).toBeGreaterThan(0);
        }
      },
    );

    it('keeps mediator@demo.test a verified HBVNTD mediator', async () => {
      const [found] = (await mediatorsOf('HBVNTD')).filter((m) => m.user.email === 'mediator@demo.test');
      expect(found?.profile?.verifiedAt).toBeInstanceOf(Date);
    });

    it('covers the languages Art 64.3 asks for: Tày, Nùng or Dao, and English; one mediator declares a tie', async () => {
      const profiles = await dataSource.getRepository(MediatorProfileEntity).find();
      const speak = (code: string) => profiles.some((p) => p.languages.includes(code));
      expect(speak('tay')).toBe(true);
      expect(speak('nung') || speak('dao')).toBe(true);
      expect(speak('en')).toBe(true);
      const businessTaxCodes = (await dataSource.getRepository(CasePartyEntity).findBy({ role: 'business' })).map(
        (p) => p.taxCode,
      );
      const tied = profiles.filter((p) => p.ties.some((t) => businessTaxCodes.includes(t.taxCode ?? null)));
      expect(tied).toHaveLength(1);
    });

    it('re-seeding keeps one profile per mediator and the first verification', async () => {
      const before = await dataSource.getRepository(MediatorProfileEntity).find({ order: { userId: 'ASC' } });
      await seedDemoData(dataSource, 'demo-password-2026');
      const after = await dataSource.getRepository(MediatorProfileEntity).find({ order: { userId: 'ASC' } });
      expect(after.map((p) => [p.userId, p.verifiedAt?.toISOString()])).toEqual(
        before.map((p) => [p.userId, p.verifiedAt?.toISOString()]),
      );
      expect(after).toHaveLength(DEMO_ACCOUNTS.filter((a) => a.role === 'mediator').length);
      expect(await dataSource.getRepository(OrganisationEntity).countBy({ code: 'TTHGTM-TN' })).toBe(1);
    });
  });
});
