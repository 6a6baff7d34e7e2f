import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrganisationEntity, RoutingRuleEntity, UserEntity } from '@app/persistence';

/** The department receives what no rule routes elsewhere. */
export const DEFAULT_HANDLING_ORG_CODE = 'SCT';

/** Routes a new complaint to a handling unit, and picks an advisor in it. */
@Injectable()
export class RoutingService {
  /** The most specific active rule wins: commune and sector, then sector, then commune. */
  async handlingUnitFor(manager: EntityManager, communeCode: string, sectorCode: string): Promise<string> {
    const rules = await manager
      .createQueryBuilder(RoutingRuleEntity, 'r')
      .where('r.active')
      .andWhere('(r.commune_code = :communeCode OR r.commune_code IS NULL)', { communeCode })
      .andWhere('(r.sector_code = :sectorCode OR r.sector_code IS NULL)', { sectorCode })
      .andWhere('(r.commune_code IS NOT NULL OR r.sector_code IS NOT NULL)')
      .getMany();
    const score = (r: RoutingRuleEntity) => (r.communeCode ? 1 : 0) + (r.sectorCode ? 2 : 0);
    const best = rules.sort((a, b) => score(b) - score(a) || a.createdAt.getTime() - b.createdAt.getTime())[0];
    if (best) return best.organisationId;
    const fallback = await manager.findOneByOrFail(OrganisationEntity, { code: DEFAULT_HANDLING_ORG_CODE });
    return fallback.id;
  }

  /** The caller when they belong to the unit; otherwise the unit's officer with the fewest open cases. */
  async advisorFor(manager: EntityManager, unitId: string, callerId: string | null): Promise<string | null> {
    if (callerId) {
      const caller = await manager.findOneBy(UserEntity, {
        id: callerId,
        organisationId: unitId,
        role: 'officer',
        active: true,
      });
      if (caller) return caller.id;
    }
    const rows: { id: string }[] = await manager.query(
      `SELECT u.id FROM users u
        LEFT JOIN cases c ON c.assignee_id = u.id AND c.closed_at IS NULL
        WHERE u.organisation_id = $1 AND u.role = 'officer' AND u.active
        GROUP BY u.id ORDER BY count(c.id), u.created_at LIMIT 1`,
      [unitId],
    );
    return rows[0]?.id ?? null;
  }
}
