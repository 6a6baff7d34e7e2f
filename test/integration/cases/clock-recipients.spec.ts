import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { resolveAudiences } from '@app/cases/clocks/clock-recipients';
import { CaseEntity, UserEntity } from '@app/persistence';
import { createCase, orgId } from '../../support/case-factory';
import { createTestDatabase, TestDatabase } from '../../support/test-database';

// Who a clock's step tells (Decree 55/2024 Art 56.3 for a business's breach told to the consumer;
// the ladder of the deadline policies: the person responsible, their unit's supervisors, then the
// Department of Industry and Trade). Real PostgreSQL, read with the statements the worker runs.

describe('the people behind a clock step’s audiences', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let sct: string;
  let association: string;
  const tag = randomBytes(3).toString('hex');
  const email = (who: string) => `${who}-${tag}@example.vn`;

  const user = async (who: string, organisationId: string, fields: Partial<UserEntity> = {}) =>
    (
      await dataSource.getRepository(UserEntity).save({
        email: email(who),
        fullName: who,
        role: 'officer',
        organisationId,
        language: 'vi',
        ...fields,
      })
    ).id;

  const caseWith = async (overrides: Parameters<typeof createCase>[1]) => {
    const { id } = await createCase(dataSource, overrides);
    return dataSource.getRepository(CaseEntity).findOneByOrFail({ id });
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await db.dataSource();
    sct = await orgId(dataSource, 'SCT');
    association = await orgId(dataSource, 'HBVNTD');
    await user('sct-head', sct, { isSupervisor: true, language: 'en' });
    await user('sct-former-head', sct, { isSupervisor: true, active: false });
    await user('sct-officer', sct);
    await user('association-head', association, { isSupervisor: true });
  });
  afterAll(() => db?.drop());

  const emailsOf = (recipients: { audience: string; email?: string | null }[]) =>
    recipients.filter((r) => r.email?.endsWith(`-${tag}@example.vn`)).map((r) => `${r.audience}:${r.email}`);

  it('the advisor is the assignee; without one, the unit’s active supervisors answer for the case', async () => {
    const assignee = await user('assigned-officer', sct);
    const assigned = await caseWith({ assigneeId: assignee, handlingOrgId: sct });
    expect(emailsOf(await resolveAudiences(dataSource.manager, assigned, ['advisor']))).toEqual([
      `advisor:${email('assigned-officer')}`,
    ]);

    const unassigned = await caseWith({ handlingOrgId: sct });
    const recipients = await resolveAudiences(dataSource.manager, unassigned, ['advisor']);
    expect(emailsOf(recipients)).toEqual([`advisor:${email('sct-head')}`]);
    expect(recipients.find((r) => r.email === email('sct-head'))).toMatchObject({ kind: 'staff', language: 'en' });
  });

  it('each person is told once, under the first audience that names them', async () => {
    const c = await caseWith({ handlingOrgId: sct });
    expect(emailsOf(await resolveAudiences(dataSource.manager, c, ['advisor', 'unit_supervisors']))).toEqual([
      `advisor:${email('sct-head')}`,
    ]);
  });

  it('a case with no handling unit has no unit supervisors (not every supervisor of the province)', async () => {
    const c = await caseWith({ handlingOrgId: null });
    expect(emailsOf(await resolveAudiences(dataSource.manager, c, ['unit_supervisors', 'advisor']))).toEqual([]);
  });

  it('the department is the active supervisors of the Department of Industry and Trade only', async () => {
    const c = await caseWith({ handlingOrgId: association });
    expect(emailsOf(await resolveAudiences(dataSource.manager, c, ['department']))).toEqual([
      `department:${email('sct-head')}`,
    ]);
  });

  it('consumer and business are the case’s parties, in their languages; a party without an email is left out', async () => {
    const c = await caseWith({ language: 'en' });
    await dataSource.query(`UPDATE case_parties SET email = NULL WHERE case_id = $1 AND role = 'business'`, [c.id]);
    const recipients = await resolveAudiences(dataSource.manager, c, ['consumer', 'business']);
    expect(recipients).toEqual([
      expect.objectContaining({ audience: 'consumer', kind: 'consumer', key: 'consumer', language: 'en' }),
    ]);
    expect(recipients[0].email).toMatch(/^consumer-.*@example\.org$/);
  });
});
