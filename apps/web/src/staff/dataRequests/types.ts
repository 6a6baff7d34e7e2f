// GET /api/v1/data-requests (apps/api/src/data-rights/dto/data-request-view.dto.ts),
// /api/v1/admin/breaches (apps/api/src/admin/breaches/dto) and /api/v1/admin/access-log.

export type DataRequestKind = 'erasure' | 'restriction' | 'objection' | 'other';
export type DataRequestStatus = 'received' | 'answered' | 'completed' | 'refused';
export type DataRequestDecision = 'answered' | 'completed' | 'refused';

export interface StaffDataRequest {
  id: string;
  caseId: string;
  trackingCode: string;
  kind: DataRequestKind;
  text: string | null;
  status: DataRequestStatus;
  receivedAt: string;
  answerDueAt: string;
  completeDueAt: string;
  answerWorkingDaysLeft?: number;
  completeWorkingDaysLeft?: number;
  nextDueAt: string | null;
  overdue: boolean;
  decision: string | null;
  reason: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
}

export interface DataRequestPage {
  items: StaffDataRequest[];
  nextCursor: string | null;
}

export const BREACH_CATEGORIES = [
  'identity',
  'contact',
  'complaint_content',
  'evidence_files',
  'financial',
  'ethnicity',
  'health',
  'staff_accounts',
  'other',
] as const;
export type BreachCategory = (typeof BREACH_CATEGORIES)[number];

export interface Breach {
  id: string;
  state: 'open' | 'notified' | 'closed';
  discoveredAt: string;
  notifyBy: string;
  overdue: boolean;
  notifiedLate: boolean;
  legalBasis: string;
  recordedAt: string;
  recordedBy: { id: string; name: string | null };
  description: string;
  dataCategories: BreachCategory[];
  approximatePeople: number | null;
  cases: { id: string; trackingCode: string | null }[];
  consequences: string | null;
  measures: string | null;
  authorityNotifiedAt: string | null;
  authorityReference: string | null;
  subjectsNotifiedAt: string | null;
  closedAt: string | null;
}

export interface AccessLogEntry {
  id: string;
  at: string;
  userId: string;
  userName: string | null;
  userRole: string | null;
  caseId: string;
  trackingCode: string | null;
  what: 'case_detail' | 'file_download';
  fileId: string | null;
}

export interface AccessLogPage {
  items: AccessLogEntry[];
  nextCursor: string | null;
}
