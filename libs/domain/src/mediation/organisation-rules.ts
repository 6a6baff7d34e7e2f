import type { OrganisationKind } from '../reference/organisations';

/**
 * Mediation organisations (Law 19 Art 63.1): (a) social organisations that protect consumers,
 * (b) commercial, grassroots and court mediation bodies, (c) other organisations lawfully mediating.
 */
export const MEDIATION_TYPES = ['a', 'b', 'c'] as const;
export type MediationType = (typeof MEDIATION_TYPES)[number];

export type MediationTypeRule = 'art_63_1_type_required' | 'art_63_1_association_is_type_a';

/**
 * What is wrong with an organisation's mediation type, or null: a mediation organisation says
 * which kind of Art 63.1 it is; the consumer association, a social organisation protecting
 * consumers, can only be type (a).
 */
export function mediationTypeRule(
  kind: OrganisationKind,
  mediationType: MediationType | null,
): MediationTypeRule | null {
  if (kind === 'mediation_organisation' && mediationType === null) return 'art_63_1_type_required';
  if (kind === 'consumer_association' && mediationType !== null && mediationType !== 'a')
    return 'art_63_1_association_is_type_a';
  return null;
}

/**
 * Whether an organisation mediates consumer disputes and so appears on the public list (Art 63.2):
 * a mediation organisation, or the consumer association once recorded as type (a).
 */
export function mediatesConsumerDisputes(org: {
  kind: OrganisationKind;
  mediationType: MediationType | null;
}): boolean {
  return (
    (org.kind === 'mediation_organisation' && org.mediationType !== null) ||
    (org.kind === 'consumer_association' && org.mediationType === 'a')
  );
}
