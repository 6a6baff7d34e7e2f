import { toLocalDate } from '../calendar/vn-time';
import { FINAL_STATUSES, type FinalStatus } from '../cases/case-status';
import { isTaxCode } from '../intake/intake-rules';

/**
 * Open data (issue 11 "Open data"): closed complaints whose consumer consented to publication, with
 * personal data removed (PDPL 91/2025: processing for state tasks needs no consent, publishing does;
 * domain.md §6). Only coarse facts leave: months instead of days, codes instead of free text.
 */
export const OPEN_DATA_PAGE_MAX = 200;
export const OPEN_DATA_PAGE_DEFAULT = 50;

export interface OpenDataCaseFacts {
  readonly status: string;
  readonly closedAt: Date | null;
  readonly publicationConsent: boolean;
}

/** A case is published only when it is closed and its consumer agreed to publication. */
export function isOpenDataCase(c: OpenDataCaseFacts): boolean {
  return (
    c.publicationConsent === true && c.closedAt !== null && (FINAL_STATUSES as readonly string[]).includes(c.status)
  );
}

export const OPEN_DATA_STATUSES: readonly FinalStatus[] = FINAL_STATUSES;

/** The month (YYYY-MM, Asia/Ho_Chi_Minh) of an instant: receipt and closure are published to the month. */
export function localMonth(instant: Date): string {
  return toLocalDate(instant).slice(0, 7);
}

// Hộ kinh doanh (household business) is run by a natural person and usually named after them.
const HOUSEHOLD_BUSINESS = /^\s*(?:hộ\s+kinh\s+doanh|ho\s+kinh\s+doanh|hkd)\b/i;

/**
 * The business as published, or null: businesses are not natural persons, but one without a tax
 * code (a private seller on a social network) or a household business (hộ kinh doanh, named after
 * its owner) may be one, so it is left out.
 */
export function publishableBusiness(
  name: string | null | undefined,
  taxCode: string | null | undefined,
): { name: string; taxCode: string } | null {
  if (!name || !taxCode || !isTaxCode(taxCode)) return null;
  if (HOUSEHOLD_BUSINESS.test(name.normalize('NFC'))) return null;
  return { name, taxCode };
}
