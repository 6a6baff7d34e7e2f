import { EntityManager, In } from 'typeorm';
import { OPEN_STATUSES } from '@app/domain';
import { CaseEntity, MediatorProfileEntity, SectorEntity, UserEntity } from '@app/persistence';

/** A mediator's account, profile (null until first saved) and the open cases they hold. */
export interface MediatorRecord {
  user: UserEntity;
  profile: MediatorProfileEntity | null;
  openCases: number;
}

/** The mediators (role mediator) of an organisation, by name. */
export async function findMediatorsOfOrganisation(m: EntityManager, organisationId: string): Promise<MediatorRecord[]> {
  const users = await m.find(UserEntity, { where: { organisationId, role: 'mediator' }, order: { fullName: 'ASC' } });
  return withProfiles(m, users);
}

/** One mediator; with `lock`, their account row is locked so that edits and verification take turns. */
export async function findMediator(m: EntityManager, userId: string, lock = false): Promise<MediatorRecord | null> {
  const user = await m.findOne(UserEntity, {
    where: { id: userId, role: 'mediator' },
    ...(lock && { lock: { mode: 'pessimistic_write' as const } }),
  });
  return user ? (await withProfiles(m, [user]))[0] : null;
}

async function withProfiles(m: EntityManager, users: UserEntity[]): Promise<MediatorRecord[]> {
  if (users.length === 0) return [];
  const ids = users.map((u) => u.id);
  const profiles = await m.findBy(MediatorProfileEntity, { userId: In(ids) });
  const counts = await openCaseCounts(m, ids);
  return users.map((user) => ({
    user,
    profile: profiles.find((p) => p.userId === user.id) ?? null,
    openCases: counts.get(user.id) ?? 0,
  }));
}

/** Cases not yet closed that each mediator holds. */
async function openCaseCounts(m: EntityManager, mediatorIds: string[]): Promise<Map<string, number>> {
  const rows = await m
    .createQueryBuilder(CaseEntity, 'c')
    .select('c.mediator_id', 'mediatorId')
    .addSelect('count(*)::int', 'open')
    .where('c.mediator_id IN (:...ids)', { ids: mediatorIds })
    .andWhere('c.status IN (:...open)', { open: OPEN_STATUSES })
    .groupBy('c.mediator_id')
    .getRawMany<{ mediatorId: string; open: number }>();
  return new Map(rows.map((r) => [r.mediatorId, Number(r.open)]));
}

/** The sector codes among `codes` that the sectors reference table does not hold. */
export async function unknownSectors(m: EntityManager, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const known = await m.findBy(SectorEntity, { code: In([...codes]) });
  return codes.filter((code) => !known.some((s) => s.code === code));
}
