import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrganisationEntity, RoutingRuleEntity, UserEntity } from '@app/persistence';
import { CaseActionError } from './case-action.error';
import { isUuid } from './ids';

/** Bodies that receive and handle complaints (mediation organisations and authorities do not). */
const HANDLING_KINDS: string[] = ['state_agency', 'commune_committee', 'consumer_association'];

/** The department receives what no rule routes elsewhere. */
export const DEFAULT_HANDLING_ORG_CODE = 'SCT';

// Rules change rarely; other api instances see an admin's change within this time.
const RULES_TTL_MS = 30_000;

interface RoutingTable {
  rules: RoutingRuleEntity[];
  fallbackId: string;
  at: number;
}

/** Routes a new complaint to a handling unit, and picks an advisor in it. */
@Injectable()
export class RoutingService {
  private table?: RoutingTable;

  /** The most specific active rule wins: commune and sector, then sector, then commune. */
  async handlingUnitFor(manager: EntityManager, communeCode: string, sectorCode: string): Promise<string> {
    const { rules, fallbackId } = await this.routingTable(manager);
    const score = (r: RoutingRuleEntity) => (r.communeCode ? 1 : 0) + (r.sectorCode ? 2 : 0);
    const best = rules
      .filter((r) => (r.communeCode ?? communeCode) === communeCode && (r.sectorCode ?? sectorCode) === sectorCode)
      .sort((a, b) => score(b) - score(a) || a.createdAt.getTime() - b.createdAt.getTime())[0];
    return best?.organisationId ?? fallbackId;
  }

  // A unit that handles complaints, and an active officer of it; otherwise a rule violation
  // (422) naming the field, never a database error.
  async assertHandlingUnit(manager: EntityManager, unitId: string): Promise<void> {
    const unit = isUuid(unitId) ? await manager.findOneBy(OrganisationEntity, { id: unitId }) : null;
    if (!unit || !HANDLING_KINDS.includes(unit.kind)) {
      throw new CaseActionError('rule_violated', [{ field: 'handlingUnitId', rule: 'not_a_handling_unit' }]);
    }
  }

  async assertAdvisor(manager: EntityManager, unitId: string, advisorId: string): Promise<void> {
    const advisor = isUuid(advisorId)
      ? await manager.findOneBy(UserEntity, { id: advisorId, organisationId: unitId, role: 'officer', active: true })
      : null;
    if (!advisor)
      throw new CaseActionError('rule_violated', [{ field: 'advisorId', rule: 'not_an_officer_of_the_unit' }]);
  }

  /** Called when an admin changes the rules, so that this instance applies them at once. */
  invalidate(): void {
    this.table = undefined;
  }

  private async routingTable(manager: EntityManager): Promise<RoutingTable> {
    if (this.table && Date.now() - this.table.at < RULES_TTL_MS) return this.table;
    const rules = await manager.findBy(RoutingRuleEntity, { active: true });
    const fallback = await manager.findOneByOrFail(OrganisationEntity, { code: DEFAULT_HANDLING_ORG_CODE });
    this.table = { rules: rules.filter((r) => r.communeCode || r.sectorCode), fallbackId: fallback.id, at: Date.now() };
    return this.table;
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
