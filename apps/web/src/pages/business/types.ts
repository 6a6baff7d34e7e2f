// The business's view of its case through the secure link (GET /api/v1/business/{token}).

export type LinkPurpose = 'negotiation' | 'result_report' | 'mediation';
export type LinkUse = 'view' | 'respond' | 'documents' | 'sessions' | 'records' | 'result_report';

/** A legal clock as the api may show it; `workingDaysLeft` is there once the api counts it. */
export interface BusinessDeadline {
  kind: string;
  status: string;
  dueAt: string;
  workingDaysLeft?: number;
}

export interface BusinessMediation {
  organisation: string;
  requestedAt: string;
  businessConsentAt: string | null;
  consentDueAt: string | null;
}

export interface TimelineEntry {
  at: string;
  action: string;
  actor: string;
  toStatus: string | null;
  data: Record<string, unknown>;
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
  /** Not in every api version: the business's running clocks. */
  deadlines?: BusinessDeadline[];
}

export interface MediationSession {
  id: string;
  mode: 'in_person' | 'online';
  place: string | null;
  onlineUrl: string | null;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  status: 'scheduled' | 'cancelled' | 'held';
  sequence: number;
}

export const RESPONSE_TYPES = ['propose_remedy', 'refuse_with_reasons', 'ask_question'] as const;
export type ResponseType = (typeof RESPONSE_TYPES)[number];

export const REPORTED_RESULTS = ['agreement', 'no_agreement', 'mediation'] as const;
export type ReportedResult = (typeof REPORTED_RESULTS)[number];

export const businessPath = (token: string, rest = '') => `/business/${encodeURIComponent(token)}${rest}`;
