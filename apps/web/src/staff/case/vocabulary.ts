// The words of the case workflow the staff pages offer as choices (libs/domain holds the same lists;
// the web app cannot import it, a unit test keeps them in step).

export const CASE_STATUSES = [
  'submitted',
  'needs_info',
  'consultation',
  'negotiation',
  'mediation',
  'resolved',
  'unresolved',
  'transferred',
  'refused',
  'withdrawn',
] as const;

/** Law 19 Art 58: the only grounds for refusing support. */
export const REFUSAL_GROUNDS = ['a', 'b', 'c', 'd', 'e'] as const;
/** Which refusal outcome codes go with which ground. */
export const REFUSAL_OUTCOME_GROUNDS: Readonly<Record<string, readonly string[]>> = {
  refused: REFUSAL_GROUNDS,
  business_not_found: ['c'],
  duplicate: ['e'],
};
/** Law 19 Art 56.3. */
export const ART_56_3_BASES = ['business_silent', 'business_refused_without_reason'] as const;
/** Law 19 Art 54.2. */
export const ART_54_2_REASONS = ['public_interest', 'illegal_or_unethical', 'many_unknown_consumers'] as const;
export const RESOLVED_OUTCOMES = ['monetary_relief', 'non_monetary_relief', 'explained'] as const;
export const NEGOTIATION_PARTIES = ['consumer', 'business'] as const;
/** Where a case may be transferred (Law 19 Art 11.3). */
export const TRANSFER_AUTHORITY_KINDS = ['competent_authority', 'commune_committee', 'court'] as const;
/** How a complaint reached the body when staff register it. */
export const STAFF_INTAKE_CHANNELS = ['phone', 'email', 'in_person', 'post', 'hotline_referral'] as const;
