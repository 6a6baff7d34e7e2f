/** A published warning about a business: GET /api/v1/public/warnings (only what may be published). */
export interface PublicWarning {
  id: string;
  businessName: string;
  taxCode: string;
  kind: { code: string; label: string };
  summary: string;
  counts: { substantiatedComplaints: number; resolved: number; unresolved: number };
  publishedAt: string;
  /** Local date of publication, YYYY-MM-DD. */
  publishedOn: string;
  expiresAt: string;
  /** Last local day it is published, YYYY-MM-DD. */
  lastDayOn: string;
}

/** The kinds the api may name (libs/domain warnings-kinds.ts), each explained on the page. */
export const WARNING_KINDS = [
  'refusing_warranty',
  'misleading_advertising',
  'unsafe_goods',
  'unfair_contract_terms',
  'not_delivering',
  'other',
] as const;
