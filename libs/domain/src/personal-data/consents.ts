import { isSensitiveGroup } from '../intake/intake-vocabulary';

/**
 * Consents the consumer gives per purpose at intake (Law 91/2025/QH15 Art 9: consent is explicit,
 * per purpose, and may be withdrawn; Art 4 the right to withdraw). Processing to handle the complaint
 * itself is not withdrawn alone: the consumer withdraws the complaint (Law 19/2023/QH15 Art 57).
 */
export const CONSENT_KINDS = ['data_processing', 'sensitive', 'publication', 'contact_shared'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const WITHDRAWABLE_CONSENTS = ['sensitive', 'publication', 'contact_shared'] as const;
export type WithdrawableConsent = (typeof WITHDRAWABLE_CONSENTS)[number];

export function isWithdrawableConsent(value: string): value is WithdrawableConsent {
  return (WITHDRAWABLE_CONSENTS as readonly string[]).includes(value);
}

/** What withdrawing each consent changes, as data: the answer and the web page say it. */
export const CONSENT_WITHDRAWAL_EFFECTS = {
  // Law 91/2025 Art 4 and its sensitive-data rules: without consent the data is not kept.
  sensitive: 'sensitive_data_removed',
  // Publication needs consent (domain.md §6): the case leaves the open data set.
  publication: 'removed_from_open_data',
  // The business no longer receives the consumer's email and phone.
  contact_shared: 'contact_hidden_from_business',
} as const satisfies Record<WithdrawableConsent, string>;
export type ConsentWithdrawalEffect = (typeof CONSENT_WITHDRAWAL_EFFECTS)[WithdrawableConsent];

/** The Art 8 groups left once sensitive consent is withdrawn: those revealing ethnicity or health go. */
export function groupsWithoutSensitive(groups: readonly string[] | null): string[] | null {
  if (groups === null) return null;
  return groups.filter((group) => !isSensitiveGroup(group));
}

/** Why processing consent cannot be withdrawn alone: the case runs (withdraw it) or the file is kept by law. */
export function dataProcessingWithdrawalRefusal(caseClosed: boolean): 'withdraw_complaint' | 'ask_erasure' {
  return caseClosed ? 'ask_erasure' : 'withdraw_complaint';
}
