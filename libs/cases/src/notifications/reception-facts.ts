import { EntityManager, In } from 'typeorm';
import type { CaseAction } from '@app/domain';
import {
  CaseDeadlineEntity,
  CaseEntity,
  CasePartyEntity,
  CommuneEntity,
  OrganisationEntity,
  SectorEntity,
} from '@app/persistence';
import type { CaseSummary } from './templates';

/** What the reception emails name besides the case: the units, the next clock, the case summary. */
export interface ReceptionFacts {
  /** accept, transfer: the unit that handles the case. */
  handlingUnitName?: string;
  /** accept: when forwarding the request to the business is due (Law 19 Art 57.4). */
  forwardingDueAt?: Date;
  /** transfer: the receiving organisation; no email when its address is not known. */
  authority?: { name: string; kind: string; email: string | null };
  /** transfer: what the receiving organisation is told of the case. */
  summary?: CaseSummary;
}

/**
 * The case as the receiving authority reads it. The consumer's name and contact details go only
 * with their consent to share them (`contactShared`, given at intake); sensitive data never goes.
 */
export function transferSummary(
  c: CaseEntity,
  parties: readonly CasePartyEntity[],
  names: { sector?: string; commune?: string },
): CaseSummary {
  const consumer = parties.find((p) => p.role === 'consumer');
  const business = parties.find((p) => p.role === 'business');
  return {
    product: c.product,
    description: c.description,
    sector: names.sector,
    commune: names.commune,
    purchaseDate: c.purchaseDate,
    amountVnd: c.amountVnd,
    business: { name: business?.name ?? '', taxCode: business?.taxCode },
    consumer:
      consumer?.contactShared === true
        ? { name: consumer.name, email: consumer.email, phone: consumer.phone, address: consumer.address }
        : null,
  };
}

/** Looks up what `lifecycleNotices` needs for accept and transfer; nothing for other actions. */
export async function receptionFacts(
  m: EntityManager,
  c: CaseEntity,
  action: CaseAction,
  authorityId: unknown,
  parties: readonly CasePartyEntity[],
): Promise<ReceptionFacts> {
  if (action !== 'accept' && action !== 'transfer') return {};
  const unit = c.handlingOrgId ? await m.findOneBy(OrganisationEntity, { id: c.handlingOrgId }) : null;
  const handlingUnitName = unit?.name;
  if (action === 'accept') {
    const forwarding = await m.findOneBy(CaseDeadlineEntity, {
      caseId: c.id,
      kind: 'forwarding',
      status: In(['pending', 'paused']),
    });
    return { handlingUnitName, forwardingDueAt: forwarding?.dueAt };
  }
  // The transfer rule has checked the id against the organisations table in this transaction.
  const authority = await m.findOneBy(OrganisationEntity, { id: String(authorityId) });
  const sector = await m.findOneBy(SectorEntity, { code: c.sectorCode });
  const commune = await m.findOneBy(CommuneEntity, { code: c.communeCode });
  return {
    handlingUnitName,
    authority: authority ? { name: authority.name, kind: authority.kind, email: authority.email } : undefined,
    summary: transferSummary(c, parties, { sector: sector?.nameVi, commune: commune?.name }),
  };
}
