// The consumer's view of their case, as GET /api/v1/complaints/{code} answers it.
import type { ApiError } from '../../api/client';
import type { DeadlineView, TimelineEntry } from '../../api/types';

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

export type ConsumerAction = 'provide_info' | 'accept_proposal' | 'reject_proposal' | 'request_mediation' | 'withdraw';

/** What an action component calls: answers null when done (or handled by the page), else the error to show. */
export type RunAction = (
  action: ConsumerAction,
  body: Record<string, unknown>,
  before?: () => Promise<void>,
) => Promise<ApiError | null>;
