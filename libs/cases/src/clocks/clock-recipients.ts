import { EntityManager, In } from 'typeorm';
import type { Audience } from '@app/domain';
import { type CaseEntity, CasePartyEntity, OrganisationEntity, UserEntity } from '@app/persistence';
import type { Recipient } from '../notifications/notification-request';

/** The organisation kind of the provincial Department of Industry and Trade (the top of the ladder). */
const DEPARTMENT_KIND = 'state_agency';

export interface AddressedRecipient extends Recipient {
  audience: Audience;
  /** Stable within a case: the message key's last part. */
  key: string;
}

const staff = (audience: Audience, user: UserEntity): AddressedRecipient => ({
  audience,
  key: `user:${user.id}`,
  kind: 'staff',
  email: user.email,
  language: user.language,
  userId: user.id,
});

/**
 * The people behind each audience of a clock step, each once (the first audience naming them wins).
 * The advisor is the case's assignee; with none, the unit's supervisors answer for the case.
 */
export async function resolveAudiences(
  m: EntityManager,
  c: CaseEntity,
  audiences: readonly Audience[],
): Promise<AddressedRecipient[]> {
  const found: AddressedRecipient[] = [];
  const users = (where: Record<string, unknown>) => m.findBy(UserEntity, { ...where, active: true });
  for (const audience of audiences) {
    switch (audience) {
      case 'consumer':
      case 'business': {
        const party = await m.findOneBy(CasePartyEntity, { caseId: c.id, role: audience });
        const language = audience === 'consumer' ? c.language : 'vi';
        found.push({ audience, key: audience, kind: audience, email: party?.email, language });
        break;
      }
      case 'advisor': {
        const advisor = c.assigneeId ? await m.findOneBy(UserEntity, { id: c.assigneeId, active: true }) : null;
        const people = advisor ? [advisor] : await users({ organisationId: c.handlingOrgId, isSupervisor: true });
        found.push(...people.map((u) => staff(audience, u)));
        break;
      }
      case 'unit_supervisors':
        found.push(
          ...(await users({ organisationId: c.handlingOrgId, isSupervisor: true })).map((u) => staff(audience, u)),
        );
        break;
      case 'mediator':
        if (c.mediatorId) found.push(...(await users({ id: c.mediatorId })).map((u) => staff(audience, u)));
        break;
      case 'mediation_admins':
        if (c.mediationOrgId) {
          const admins = await users({ organisationId: c.mediationOrgId, role: 'mediation_admin' });
          found.push(...admins.map((u) => staff(audience, u)));
        }
        break;
      case 'department': {
        const departments = await m.findBy(OrganisationEntity, { kind: DEPARTMENT_KIND });
        const ids = departments.map((d) => d.id);
        if (ids.length === 0) break;
        const heads = await users({ organisationId: In(ids), isSupervisor: true });
        found.push(...heads.map((u) => staff(audience, u)));
        break;
      }
    }
  }
  const seen = new Set<string>();
  return found.filter((r) => r.email && !seen.has(r.key) && seen.add(r.key));
}
