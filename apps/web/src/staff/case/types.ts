import type { DeadlineView } from '../../api/types';

export type CaseBadge = 'vulnerable' | 'overdue' | 'possible_duplicate' | 'attention';

export interface NextDue {
  kind: string;
  dueAt: string;
  workingDaysLeft: number;
}

/** A queue row: GET /api/v1/cases. `businessName`, `nextDue`, `badges` may be missing on an older api. */
export interface CaseSummary {
  id: string;
  trackingCode: string;
  status: string;
  priority: number;
  vulnerable: boolean;
  sectorCode: string;
  communeCode: string;
  channel: string;
  submittedAt: string;
  nextDueAt: string | null;
  overdueSince: string | null;
  handlingOrgId: string | null;
  assigneeId: string | null;
  outcome: string | null;
  businessName?: string | null;
  nextDue?: NextDue | null;
  badges?: CaseBadge[];
}

export interface CaseCounts {
  total: number;
  overdue: number;
  priority: number;
  new: number;
  /** The counts that reached the api's limit: each is "more than" its figure. */
  atLeast?: CountName[];
}

export type CountName = 'total' | 'overdue' | 'priority' | 'new';

export interface CasePage {
  items: CaseSummary[];
  nextCursor: string | null;
  total?: number;
  counts?: CaseCounts;
}

export interface Party {
  id: string;
  role: 'consumer' | 'business' | 'platform';
  name: string;
  email: string | null;
  phone: string | null;
  taxCode: string | null;
  shopId: string | null;
  orderId: string | null;
}

export interface CaseDetail extends CaseSummary {
  version: number;
  allowedActions: string[];
  product: string;
  amountVnd: number | null;
  description: string;
  amountRecoveredVnd: number | null;
  closedAt: string | null;
  possibleDuplicateOf: string | null;
  warnings: string[];
  parties: Party[];
  assignments: {
    handlingOrgId: string | null;
    advisorId: string | null;
    mediationOrgId: string | null;
    mediatorId: string | null;
  };
  deadlines: DeadlineView[];
  lifecycle: Record<string, unknown>;
  languageUnknown: boolean | null;
  /** Only in the answer to forward_to_business: shown once. */
  businessLinkUrl?: string;
}

export interface CaseEvent {
  id: string;
  at: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorKind: 'consumer' | 'business' | 'staff' | 'system';
  actorId: string | null;
  actorRole: string | null;
  visibility: 'public' | 'internal' | 'confidential';
  data: Record<string, unknown>;
}

export interface CaseFile {
  id: string;
  originalName: string;
  contentType: string;
  size: number;
  uploadedBy: 'consumer' | 'business' | 'staff';
  uploadedAt: string;
  downloadable?: boolean;
}

export interface CaseEmail {
  id: string;
  recipientKind: string;
  recipient: string;
  template: string;
  subject: string;
  status: 'queued' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface Organisation {
  id: string;
  name: string;
  kind: string;
}
