/** Complaint-case statuses (issue text; domain.md §2). Open statuses move on; final ones only `reopen`. */
export const OPEN_STATUSES = ['submitted', 'needs_info', 'consultation', 'negotiation', 'mediation'] as const;
export const FINAL_STATUSES = ['resolved', 'unresolved', 'transferred', 'refused', 'withdrawn'] as const;
export const CASE_STATUSES = [...OPEN_STATUSES, ...FINAL_STATUSES] as const;

export type OpenStatus = (typeof OPEN_STATUSES)[number];
export type FinalStatus = (typeof FINAL_STATUSES)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];
/** Statuses a request for information can interrupt; `provide_info` returns there. */
export type ResumableStatus = Exclude<OpenStatus, 'needs_info'>;

/** Every case starts here (and `validateMachine` measures reachability from here). */
export const INITIAL_STATUS: CaseStatus = 'submitted';

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}

export function isFinalStatus(status: CaseStatus): status is FinalStatus {
  return (FINAL_STATUSES as readonly string[]).includes(status);
}

export function isResumableStatus(status: CaseStatus): status is ResumableStatus {
  return status !== 'needs_info' && !isFinalStatus(status);
}
