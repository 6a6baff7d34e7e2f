import type { EntityManager } from 'typeorm';
import { consentDueAt } from '@app/cases';
import type { CaseState } from '@app/domain';
import { type CaseEntity, OrganisationEntity } from '@app/persistence';
import type { BusinessMediationDto } from './dto/business-mediation.dto';

/** What the business decides on: which organisation would mediate, and until when it may answer (Art 61). */
export async function businessMediationView(
  m: EntityManager,
  c: CaseEntity,
  state: CaseState,
): Promise<BusinessMediationDto | null> {
  const request = state.mediation;
  if (!request || c.status !== 'mediation') return null;
  const organisation = await m.findOneBy(OrganisationEntity, { id: request.organisationId });
  return {
    organisation: organisation?.name ?? '',
    requestedAt: request.requestedAt,
    businessConsentAt: request.businessConsentAt ?? null,
    consentDueAt: request.businessConsentAt ? null : ((await consentDueAt(m, c.id)) ?? null),
  };
}
