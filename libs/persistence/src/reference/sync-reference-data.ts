import { DataSource, EntityManager } from 'typeorm';
import { communeCommitteeSeed, PLAN_ORGANISATIONS, SECTORS, THAI_NGUYEN_PROVINCE_CODE } from '@app/domain';
import { CommuneEntity, OrganisationEntity, SectorEntity } from '../entities';
import { communesOfProvince } from './communes.source';

export interface ReferenceCounts {
  communes: number;
  sectors: number;
  organisations: number;
}

/**
 * Upserts the reference data (communes, sectors, the plan's organisations and one People's
 * Committee per commune). Idempotent: it runs after every migration.
 */
export async function syncReferenceData(dataSource: DataSource): Promise<ReferenceCounts> {
  return dataSource.transaction(async (manager) => {
    const communes = communesOfProvince();
    await manager.upsert(
      CommuneEntity,
      communes.map((c) => ({ ...c, provinceCode: THAI_NGUYEN_PROVINCE_CODE })),
      ['code'],
    );
    await manager.upsert(
      SectorEntity,
      SECTORS.map((s, index) => ({ ...s, sortOrder: index + 1 })),
      ['code'],
    );
    const organisations = [
      ...PLAN_ORGANISATIONS.map((o) => ({ ...o, communeCode: null })),
      ...communes.map((c) => ({ ...communeCommitteeSeed(c), communeCode: c.code })),
    ];
    await manager.upsert(OrganisationEntity, organisations, ['code']);
    return counts(manager);
  });
}

async function counts(manager: EntityManager): Promise<ReferenceCounts> {
  // One connection in a transaction: one query at a time.
  const communes = await manager.count(CommuneEntity);
  const sectors = await manager.count(SectorEntity);
  const organisations = await manager.count(OrganisationEntity);
  return { communes, sectors, organisations };
}
