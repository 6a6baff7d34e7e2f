// The consumer's view of their case, as GET /api/v1/complaints/{code} answers it.

export interface TimelineEntry {
  at: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  actor: 'consumer' | 'business' | 'staff' | 'system';
  data: Record<string, unknown>;
}

export interface DeadlineView {
  kind: string;
  status: string;
  startedAt: string;
  dueAt: string;
  overdue: boolean;
  workingDaysLeft?: number;
}

export interface EvidenceFile {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedBy?: string;
}

export interface ComplaintView {
  trackingCode: string;
  status: string;
  submittedAt: string;
  sector: { code: string; name: string };
  commune: { code: string; name: string };
  timeline: TimelineEntry[];
  openRequest: { question: string; requestedAt: string } | null;
  openProposal: { description: string; amountVnd?: number; proposedAt: string } | null;
  warnings: string[];
  allowedActions: string[];
  deadlines: DeadlineView[];
  evidence: EvidenceFile[];
}

export interface Session {
  id: string;
  mode: string;
  place: string | null;
  onlineUrl: string | null;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  status: 'scheduled' | 'cancelled' | 'held';
  sequence: number;
}

export interface MediationOrganisation {
  id: string;
  name: string;
  kind: string;
  address: string | null;
  communeName: string | null;
  mediators: number;
}

export type ConsumerAction = 'provide_info' | 'accept_proposal' | 'reject_proposal' | 'request_mediation' | 'withdraw';

/** What an action component calls: answers null when done (or handled by the page), else the error to show. */
export type RunAction = (
  action: ConsumerAction,
  body: Record<string, unknown>,
  before?: () => Promise<void>,
) => Promise<import('../../api/client').ApiError | null>;
