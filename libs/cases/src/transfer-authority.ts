import { EntityManager } from 'typeorm';
import { OrganisationEntity } from '@app/persistence';
import { isUuid } from './ids';

/** Recorded on the transfer's timeline event (staff detail): whether the authority could be emailed. */
export type AuthorityNotice = 'emailed' | 'no_address_known';

/**
 * The transfer's input as the domain rule reads it: the receiving organisation's kind and name come
 * from the organisations table, never from the caller (no kind: no such active organisation), and
 * the consumer is told by email when the transfer commits (Art 11.3).
 */
export async function withTransferAuthority(
  m: EntityManager,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const id = input.authorityId;
  const authority = isUuid(id) ? await m.findOneBy(OrganisationEntity, { id, active: true }) : null;
  const notice: AuthorityNotice | undefined = authority
    ? authority.email?.trim()
      ? 'emailed'
      : 'no_address_known'
    : undefined;
  return {
    ...input,
    consumerNotified: true,
    authorityKind: authority?.kind,
    authorityName: authority?.name,
    authorityNotice: notice,
  };
}
