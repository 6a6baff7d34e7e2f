import { staffSeesConfidential, type StaffPrincipal, toCaseState } from '@app/cases';
import { negotiationHiddenFrom } from '@app/domain';
import type { CaseEntity, EvidenceFileEntity } from '@app/persistence';

type FileFacts = Pick<EvidenceFileEntity, 'id' | 'uploadedBy'>;

// Signed record scans are staff files named in the case's lifecycle (mediation/records/signature-marks.ts).
function scanIds(c: CaseEntity, key: 'mediationRecordSignatures' | 'negotiationRecordSignatures'): Set<string> {
  const marks = (c.lifecycle ?? {})[key];
  if (!Array.isArray(marks)) return new Set();
  const ids = marks.map((m: unknown) => (m as { scanFileId?: unknown } | null)?.scanFileId);
  return new Set(ids.filter((id): id is string => typeof id === 'string'));
}

/**
 * Staff see the files of a case they see, except signed scans of a record they may not read: a
 * mediation record outside the mediation circle (Law 19 Art 62.2), a confidential negotiation's
 * record outside the staff handling it (Art 59.1).
 */
export function staffSeesFile(staff: StaffPrincipal, c: CaseEntity, file: FileFacts): boolean {
  if (!staffSeesConfidential(staff, c) && scanIds(c, 'mediationRecordSignatures').has(file.id)) return false;
  if (negotiationHiddenFrom(toCaseState(c), staff.role) && scanIds(c, 'negotiationRecordSignatures').has(file.id)) {
    return false;
  }
  return true;
}

/**
 * The parties: the consumer sees every file of their case (their evidence, and what the business
 * and staff shared with both parties); the business its own documents and staff's, not the
 * consumer's evidence (complaints/evidence/evidence.service.ts).
 */
export function partySeesFile(party: 'consumer' | 'business', file: FileFacts): boolean {
  return party === 'consumer' || file.uploadedBy !== 'consumer';
}
