/**
 * What a business's secure link is for now: the negotiation (Law 19 Art 57), then, once it ended,
 * only the report of its result (Art 57.5); or the mediation the business is a party to (Art 62.2),
 * then, once a result was recorded, only its record (Art 65: the parties get the record).
 */
export const BUSINESS_LINK_PURPOSES = ['negotiation', 'result_report', 'mediation', 'mediation_record'] as const;
export type BusinessLinkPurpose = (typeof BUSINESS_LINK_PURPOSES)[number];

/** What the business does through its link. */
export const BUSINESS_LINK_USES = ['view', 'respond', 'documents', 'sessions', 'records', 'result_report'] as const;
export type BusinessLinkUse = (typeof BUSINESS_LINK_USES)[number];

/**
 * The uses each purpose allows. A negotiation link narrowed to the result report shows the case,
 * takes the report and still gives the negotiation's record (Art 60: the business signs it), nothing
 * else; the report itself is for a negotiation that has ended.
 */
export const LINK_USES: Readonly<Record<BusinessLinkPurpose, readonly BusinessLinkUse[]>> = {
  negotiation: ['view', 'respond', 'documents', 'sessions', 'records'],
  result_report: ['view', 'result_report', 'records'],
  mediation: ['view', 'respond', 'documents', 'sessions', 'records'],
  mediation_record: ['view', 'records'],
};

export function linkAllows(purpose: BusinessLinkPurpose, use: BusinessLinkUse): boolean {
  return LINK_USES[purpose].includes(use);
}

export function isBusinessLinkPurpose(value: unknown): value is BusinessLinkPurpose {
  return typeof value === 'string' && (BUSINESS_LINK_PURPOSES as readonly string[]).includes(value);
}
