import { EntityManager } from 'typeorm';
import { type ComplaintIdentity, DUPLICATE_WINDOW_DAYS, isPossibleDuplicate } from '@app/domain';
import { complaintKeyHashes, prepared } from '@app/persistence';

const DAY_MS = 86_400_000;

/**
 * An earlier complaint by the same consumer (email or phone) against the same business within
 * DUPLICATE_WINDOW_DAYS. A shared key (complaint_keys) means the same consumer and business; the
 * domain rule then decides on the days. One index descent per key (at most four), each reading
 * only the newest row: the cost does not grow with the consumer's other complaints.
 */
export async function findPossibleDuplicate(
  manager: EntityManager,
  current: ComplaintIdentity,
): Promise<string | null> {
  const keys = complaintKeyHashes(current);
  if (keys.length === 0) return null;
  const since = new Date(current.submittedAt.getTime() - (DUPLICATE_WINDOW_DAYS + 1) * DAY_MS);
  const [newest]: { case_id: string; submitted_at: Date }[] = await manager.query(POSSIBLE_DUPLICATE_SQL, [
    keys,
    since,
  ]);
  if (!newest) return null;
  const earlier = { ...current, submittedAt: newest.submitted_at };
  return isPossibleDuplicate(earlier, current) ? newest.case_id : null;
}

export const POSSIBLE_DUPLICATE_SQL = prepared(`SELECT k.case_id, k.submitted_at
   FROM unnest($1::char(64)[]) AS wanted(key_hash)
  CROSS JOIN LATERAL (
        SELECT case_id, submitted_at FROM complaint_keys
         WHERE key_hash = wanted.key_hash AND submitted_at >= $2
         ORDER BY submitted_at DESC
         LIMIT 1) k
  ORDER BY k.submitted_at DESC
  LIMIT 1`);

/** The rows that make a new complaint findable by later ones. */
export function complaintKeyRows(caseId: string, identity: ComplaintIdentity) {
  return complaintKeyHashes(identity).map((keyHash) => ({ keyHash, caseId, submittedAt: identity.submittedAt }));
}
