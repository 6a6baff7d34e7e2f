import { EntityManager } from 'typeorm';
import { type ComplaintIdentity, DUPLICATE_WINDOW_DAYS, isPossibleDuplicate } from '@app/domain';

const DAY_MS = 86_400_000;

interface CandidateRow {
  id: string;
  submitted_at: Date;
  email: string | null;
  phone: string | null;
  name: string;
  tax_code: string | null;
}

/**
 * An earlier complaint by the same consumer (email or phone) against the same business within
 * DUPLICATE_WINDOW_DAYS: the database narrows by consumer and time, the domain rule decides.
 */
export async function findPossibleDuplicate(
  manager: EntityManager,
  current: ComplaintIdentity,
): Promise<string | null> {
  const { email, phone } = current.consumer;
  if (email === null && phone === null) return null;
  const since = new Date(current.submittedAt.getTime() - (DUPLICATE_WINDOW_DAYS + 1) * DAY_MS);
  const rows: CandidateRow[] = await manager.query(
    // Driven by the consumer's indexed e-mail / phone (ix_case_parties_consumer_*), then by time.
    `SELECT c.id, c.submitted_at, cp.email, cp.phone, bp.name, bp.tax_code
       FROM case_parties cp
       JOIN cases c ON c.id = cp.case_id
       JOIN case_parties bp ON bp.case_id = c.id AND bp.role = 'business'
      WHERE cp.role = 'consumer' AND (lower(cp.email) = lower($2) OR cp.phone = $3) AND c.submitted_at >= $1
      ORDER BY c.submitted_at DESC
      LIMIT 100`,
    [since, email, phone],
  );
  const match = rows.find((r) =>
    isPossibleDuplicate(
      {
        submittedAt: r.submitted_at,
        consumer: { email: r.email, phone: r.phone },
        business: { name: r.name, taxCode: r.tax_code },
      },
      current,
    ),
  );
  return match?.id ?? null;
}
