import type { MediationSession } from '../../api/types';
import type { CaseSummary } from '../case/types';

/** A row of a mediation queue: GET /api/v1/mediation/queues/:view (a case row and its mediation). */
export interface QueueItem extends CaseSummary {
  mediationOrgId: string | null;
  mediatorId: string | null;
  mediationAt: string | null;
  attentionReason: string | null;
}

export const QUEUE_VIEWS = ['mine', 'unassigned', 'organisation', 'due_soon', 'overdue'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export interface QueuePage {
  view: QueueView;
  items: QueueItem[];
  nextCursor: string | null;
}

export interface QueueCounts {
  counts: Partial<Record<QueueView, number>>;
  dueSoonUntil: string;
}

/** GET /cases/:id/mediator-suggestions (Law 19 Arts 63.2, 64.3). */
export interface Suggestion {
  mediatorId: string;
  name: string;
  reasons: string[];
  interpreterNeeded: boolean;
  missingLanguages: string[];
  openCases: number;
  maxOpenCases: number;
}

export interface Exclusion {
  mediatorId: string;
  name: string;
  reasons: string[];
}

export interface Suggestions {
  suggestions: Suggestion[];
  excluded: Exclusion[];
  neededLanguages: string[];
  strictLanguage: boolean;
  languageUnknown: boolean;
}

/** A session as the mediation circle sees it (attendance and minutes, Art 62.2). */
export interface StaffSession extends MediationSession {
  attendance?: { consumer: boolean; business: boolean; interpreter?: boolean; others?: string | null } | null;
  minutes?: string | null;
}

export interface DeadlineView {
  kind: string;
  status: string;
  dueAt: string;
  overdue: boolean;
  workingDaysLeft?: number;
}

export interface Party {
  id: string;
  role: 'consumer' | 'business' | 'platform';
  name: string;
}

/** The parts of GET /cases/:id that the mediation panel reads. */
export interface MediationCase {
  id: string;
  trackingCode: string;
  status: string;
  version: number;
  allowedActions: string[];
  product: string;
  description: string;
  businessName?: string | null;
  parties: Party[];
  assignments: { mediationOrgId: string | null; mediatorId: string | null };
  deadlines: DeadlineView[];
  lifecycle: { mediation?: MediationLifecycle; [key: string]: unknown };
  languageUnknown: boolean | null;
  outcome: string | null;
}

export interface MediationLifecycle {
  organisationId?: string;
  businessConsentAt?: string;
  mediationRecord?: unknown;
  mediationFailure?: unknown;
  [key: string]: unknown;
}

/** A mediator as their organisation's admin sees them (GET /mediation/organisations/:orgId/mediators). */
export interface MediatorProfile {
  userId: string;
  email: string;
  fullName: string;
  organisationId: string | null;
  active: boolean;
  vietnameseCitizen: boolean;
  fullCivilCapacity: boolean;
  reputationAttestedOn: string | null;
  mediationTrainingCertificate: string | null;
  mediationTrainingOn: string | null;
  consumerLawTrainingOn: string | null;
  judicialRecordOn: string | null;
  gaps: string[];
  verified: boolean;
  verifiedAt: string | null;
  languages: string[];
  sectors: string[];
  maxOpenCases: number;
  openCases: number;
  accepting: boolean;
  available: boolean;
}
