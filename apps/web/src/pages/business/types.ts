// The business's view of its case through the secure link (GET /api/v1/business/link).
import type { DeadlineView, TimelineEntry } from '../../api/types';

export type LinkPurpose = 'negotiation' | 'result_report' | 'mediation' | 'mediation_record';
export type LinkUse = 'view' | 'respond' | 'documents' | 'sessions' | 'records' | 'result_report';

export interface BusinessMediation {
  organisation: string;
  requestedAt: string;
  businessConsentAt: string | null;
  consentDueAt: string | null;
}

export interface BusinessView {
  purpose: LinkPurpose;
  uses: LinkUse[];
  resultReportDueAt: string | null;
  confidential: boolean;
  paused: boolean;
  trackingCode: string;
  status: string;
  submittedAt: string;
  sectorCode: string;
  product: string;
  purchaseDate: string | null;
  amountVnd: number | null;
  description: string;
  desiredResolutions: string[];
  consumer: { name: string; email: string | null; phone: string | null };
  business: { name: string; taxCode: string | null; shopId: string | null; orderId: string | null };
  timeline: TimelineEntry[];
  openProposal: { description?: string; amountVnd?: number | null; proposedAt?: string } | null;
  mediation: BusinessMediation | null;
  allowedActions: string[];
  linkExpiresAt: string;
  /** The business's own running clocks. */
  deadlines?: DeadlineView[];
}

export const RESPONSE_TYPES = ['propose_remedy', 'refuse_with_reasons', 'ask_question'] as const;
export type ResponseType = (typeof RESPONSE_TYPES)[number];

export const REPORTED_RESULTS = ['agreement', 'no_agreement', 'mediation'] as const;
export type ReportedResult = (typeof REPORTED_RESULTS)[number];
