/**
 * How long each kind of personal data is kept (issue 12 item 12). Law 91/2025/QH15 Art 3 (storage
 * limitation): personal data is kept only as long as the purpose of processing needs it. The case
 * file itself is confidential (Law 19/2023/QH15 Art 55.2) and kept for its record; what is erased is
 * the personal data in it, replaced by tombstones, while the anonymous facts statistics need stay.
 *
 * The policy is data: a period per kind, each counted from the event that ends the purpose.
 */
export const RETENTION_KINDS = [
  // Parties' contact and sensitive data, free text on the case: anonymised N years after closure.
  'case_personal_data',
  // Evidence files (bytes and rows): deleted M years after closure.
  'evidence_files',
  // Bodies and recipient addresses of emails sent or finally failed: cleared after their use.
  'notification_contents',
  // The staff's views of contact data (who, when, which case): deleted after the accountability period.
  'contact_access_log',
  // The consumer's own words in data-subject requests: cleared once the request has been closed long enough.
  'data_request_texts',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export type RetentionUnit = 'days' | 'years';

export interface RetentionPeriod {
  readonly amount: number;
  readonly unit: RetentionUnit;
}

export type RetentionPolicy = Readonly<Record<RetentionKind, RetentionPeriod>>;

/** What each period runs from, and why it is this long (shown in the admin report and the README). */
export const RETENTION_BASIS: Readonly<Record<RetentionKind, { from: string; basis: string }>> = {
  case_personal_data: {
    from: 'case closed',
    basis: 'Law 91/2025/QH15 Art 3 (storage limitation); the anonymous case record stays (Law 19/2023/QH15 Art 55.2)',
  },
  evidence_files: { from: 'case closed', basis: 'Law 91/2025/QH15 Art 3 (storage limitation)' },
  notification_contents: { from: 'email sent or finally failed', basis: 'Law 91/2025/QH15 Art 3 (storage limitation)' },
  contact_access_log: {
    from: 'view recorded',
    basis: 'Law 91/2025/QH15 Art 3 (accountability, then storage limitation)',
  },
  data_request_texts: { from: 'request closed', basis: 'Law 91/2025/QH15 Arts 3 and 4' },
};

/**
 * Defaults (policy, configurable with RETENTION): a closed case's personal data 5 years after
 * closure (time enough for a reopening, a court case or an audit of the file); evidence 3 years;
 * the content of emails once sent 90 days (time to answer a "did you get it?"); the access log 2
 * years; request texts 3 years.
 */
export const DEFAULT_RETENTION_POLICY: RetentionPolicy = {
  case_personal_data: { amount: 5, unit: 'years' },
  evidence_files: { amount: 3, unit: 'years' },
  notification_contents: { amount: 90, unit: 'days' },
  contact_access_log: { amount: 2, unit: 'years' },
  data_request_texts: { amount: 3, unit: 'years' },
};

export function isRetentionKind(value: string): value is RetentionKind {
  return (RETENTION_KINDS as readonly string[]).includes(value);
}

/**
 * The policy with overrides `kind=<n>y|<n>d`, separated by commas (e.g. `case_personal_data=10y,
 * notification_contents=30d`). Throws with a readable message on anything else.
 */
export function parseRetentionPolicy(value: string | undefined): RetentionPolicy {
  const policy: Record<RetentionKind, RetentionPeriod> = { ...DEFAULT_RETENTION_POLICY };
  for (const part of (value ?? '').split(',').map((p) => p.trim())) {
    if (!part) continue;
    const match = /^([a-z_]+)=(\d{1,4})([yd])$/.exec(part);
    if (!match) throw new Error(`"${part}" is not kind=<number>y or kind=<number>d`);
    const [, kind, amount, unit] = match;
    if (!isRetentionKind(kind)) throw new Error(`"${kind}" is not one of ${RETENTION_KINDS.join(', ')}`);
    const n = Number(amount);
    if (n < 1) throw new Error(`"${part}": the period must be at least 1`);
    policy[kind] = { amount: n, unit: unit === 'y' ? 'years' : 'days' };
  }
  return policy;
}

/** Anything whose period started before this instant is due under `kind`. */
export function retentionCutoff(policy: RetentionPolicy, kind: RetentionKind, now: Date): Date {
  const { amount, unit } = policy[kind];
  const cutoff = new Date(now.getTime());
  if (unit === 'years') cutoff.setUTCFullYear(cutoff.getUTCFullYear() - amount);
  else cutoff.setUTCDate(cutoff.getUTCDate() - amount);
  return cutoff;
}

/** Why a case's personal data is erased: the data subject's accepted request, or the retention policy. */
export type ErasureReason = 'request' | 'retention';

export interface CaseRetentionFacts {
  /** Whether the case is in a final status (closed). */
  readonly closed: boolean;
  readonly closedAt: Date | null;
  /** An accepted erasure request (Law 91/2025 Art 4), waiting for the file to close. */
  readonly erasureRequestedAt: Date | null;
  readonly personalDataErasedAt: Date | null;
  /** How many evidence files the case still holds. */
  readonly evidenceFiles: number;
}

export interface CaseRetentionDue {
  readonly erase: ErasureReason | null;
  readonly deleteEvidence: boolean;
}

/**
 * What the policy asks of one case now. Nothing while the case is open (the file is in use; an
 * accepted request waits for closure). Once closed: erased at once when the data subject asked
 * (Law 91/2025 Art 4), otherwise after the case_personal_data period; the evidence after its own
 * period (and with the erasure, which deletes the files too). Never twice.
 */
export function whatIsDue(facts: CaseRetentionFacts, policy: RetentionPolicy, now: Date): CaseRetentionDue {
  const closedAt = facts.closedAt;
  if (!facts.closed || closedAt === null) return { erase: null, deleteEvidence: false };
  const closedBefore = (kind: RetentionKind) => closedAt.getTime() < retentionCutoff(policy, kind, now).getTime();
  let erase: ErasureReason | null = null;
  if (facts.personalDataErasedAt === null) {
    if (facts.erasureRequestedAt !== null) erase = 'request';
    else if (closedBefore('case_personal_data')) erase = 'retention';
  }
  const deleteEvidence = facts.evidenceFiles > 0 && (erase !== null || closedBefore('evidence_files'));
  return { erase, deleteEvidence };
}

/** Whether a case may be reopened: not once its personal data is erased (there is no one to handle it for). */
export function reopenRefusedAfterErasure(personalDataErasedAt: Date | null): boolean {
  return personalDataErasedAt !== null;
}

/** What an erased consumer's name becomes: the row stays (the case keeps its parties), the person goes. */
export const ERASED_NAME = '[erased]';
/** What erased free text becomes when the column may not be empty. */
export const ERASED_TEXT = '[erased]';
