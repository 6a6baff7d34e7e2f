import { isSensitiveGroup } from '@app/domain';
import type { CasePartyEntity } from './case-party.entity';

type GroupColumns = Pick<CasePartyEntity, 'vulnerableGroups' | 'sensitiveGroups' | 'hasSensitiveGroup'>;

/**
 * The one mapping between a party's Law 19 Art 8 groups and its columns: the groups that are not
 * sensitive stay plain (statistics per group), the sensitive ones (ethnicity, health; PDPL 91/2025)
 * are encrypted, with one plain flag saying whether there is any (statistics count them together).
 */
export function groupColumns(groups: readonly string[] | null | undefined): GroupColumns {
  const plain = (groups ?? []).filter((group) => !isSensitiveGroup(group));
  const sensitive = (groups ?? []).filter(isSensitiveGroup);
  return {
    vulnerableGroups: plain.length > 0 ? plain : null,
    sensitiveGroups: sensitive.length > 0 ? sensitive : null,
    hasSensitiveGroup: sensitive.length > 0,
  };
}

/** Every group of the party, as recorded: the plain ones first, then the sensitive ones. */
export function partyGroups(party: Partial<GroupColumns> | null | undefined): string[] {
  return [...(party?.vulnerableGroups ?? []), ...(party?.sensitiveGroups ?? [])];
}
