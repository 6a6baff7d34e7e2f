import { addDays, isWarningPublic, toLocalDate, warningKindLabel } from '@app/domain';
import type { BusinessWarningEntity } from '@app/persistence';
import type { Language } from '../../common/validation/messages';
import type { PublicWarningDto, WarningCountsDto, WarningDto, WarningKindDto } from './dto/warning.dto';

const kindOf = (w: BusinessWarningEntity, language: Language): WarningKindDto => ({
  code: w.kind,
  label: warningKindLabel(w.kind, language),
});

const countsOf = (w: BusinessWarningEntity): WarningCountsDto => ({
  substantiatedComplaints: w.substantiatedCount,
  resolved: w.resolvedCount,
  unresolved: w.unresolvedCount,
});

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

/** The public view: built field by field, so that nothing internal (case ids, staff) can slip in. */
export function toPublicWarning(w: BusinessWarningEntity, language: Language): PublicWarningDto {
  const publishedAt = w.publishedAt as Date;
  const expiresAt = w.expiresAt as Date;
  return {
    id: w.id,
    businessName: w.businessName,
    taxCode: w.taxCode,
    kind: kindOf(w, language),
    summary: w.summary,
    counts: countsOf(w),
    publishedAt: publishedAt.toISOString(),
    publishedOn: toLocalDate(publishedAt),
    expiresAt: expiresAt.toISOString(),
    // expiresAt is 24:00 of the last day, i.e. the start of the next one.
    lastDayOn: addDays(toLocalDate(expiresAt), -1),
  };
}

export function toStaffWarning(w: BusinessWarningEntity, language: Language, now: Date): WarningDto {
  return {
    id: w.id,
    status: w.status,
    businessName: w.businessName,
    taxCode: w.taxCode,
    kind: kindOf(w, language),
    summary: w.summary,
    counts: countsOf(w),
    caseIds: w.caseIds,
    proposedBy: w.proposedBy,
    proposedAt: w.createdAt.toISOString(),
    decidedBy: w.decidedBy,
    decidedAt: iso(w.decidedAt),
    reason: w.reason,
    publishedAt: iso(w.publishedAt),
    expiresAt: iso(w.expiresAt),
    archivedAt: iso(w.archivedAt),
    public: isWarningPublic(w, now),
  };
}
