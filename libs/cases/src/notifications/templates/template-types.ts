import type { DeadlineKind } from '@app/domain';
import type { CaseSummary } from './case-summary';

export type Language = 'vi' | 'en';

export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

export const TEMPLATE_NAMES = [
  'complaint_received',
  'access_key_reissued',
  'case_accepted',
  'case_transferred',
  'case_refused',
  'transfer_to_authority',
  'info_requested',
  'forwarded_to_business',
  'business_responded',
  'case_closed',
  'message',
  'message_to_business',
  'proposal_accepted',
  'proposal_rejected',
  'mediation_requested',
  'mediation_business',
  'mediation_agreed',
  'mediation_consent_answered',
  'mediation_not_agreed',
  'mediator_assigned',
  'mediator_case_assigned',
  'mediator_declined',
  'mediation_extended',
  'mediation_scheduled',
  'mediation_result',
  'session_scheduled',
  'session_rescheduled',
  'session_cancelled',
  'deadline_reminder_staff',
  'deadline_reminder_business',
  'deadline_reminder_consumer',
  'deadline_reminder_party',
  'deadline_breached_staff',
  'deadline_breached_business',
  'business_deadline_missed',
  'consumer_deadline_missed',
  'deadline_escalated',
  'performance_check',
  'performance_check_staff',
  'court_recognition_reminder',
  'court_recognition_advice',
  'settlement_not_performed_staff',
  // Staff accounts (no case): the link to set a password.
  'staff_password_link',
  // Staff accounts: failed sign-ins have locked the account (issue 12 item 1).
  'staff_login_locked',
  // Personal-data rights (Law 91/2025 Art 4): the decision on the consumer's request.
  'data_request_decided',
  // Personal-data breach register (no case): the 72-hour notice to the authority (Law 91/2025 Art 23).
  'breach_notice_reminder',
  'breach_notice_missed',
  // Personal-data rights: the handling unit reminded of a request's clocks (Law 91/2025 Art 4).
  'data_request_reminder',
] as const;

export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/**
 * Emails to a business that never show `link`: the business answers through the secure link it
 * received once with `forwarded_to_business`, and the default link is the consumer's tracking page.
 */
export const LINKLESS_TEMPLATES: readonly TemplateName[] = [
  'message_to_business',
  'proposal_accepted',
  'proposal_rejected',
  'deadline_reminder_business',
  'deadline_breached_business',
  // The receiving authority has no access to the case: the summary is in the email.
  'transfer_to_authority',
  // Breach reminders to admins: no screen of the register yet (the api's /admin/breaches); the email says what to do.
  'breach_notice_reminder',
  'breach_notice_missed',
];

/** Emails about no case (a staff account's): no case reference in the subject or the footer. */
export const CASELESS_TEMPLATES: readonly TemplateName[] = [
  'breach_notice_reminder',
  'breach_notice_missed',
  'staff_password_link',
  'staff_login_locked',
];

export interface TemplateData {
  trackingCode: string;
  /** Consumer: tracking page; business: its secure link (forwarded_to_business only); staff: the case. */
  link: string;
  /** complaint_received only: a secret, sent once. */
  accessKey?: string;
  /** info_requested. */
  question?: string;
  /** case_accepted, transfer_to_authority: the unit that handles (or handled) the case. */
  handlingUnitName?: string;
  /** case_transferred, transfer_to_authority: the receiving organisation and its kind (what it does). */
  authorityName?: string;
  authorityKind?: string;
  /** case_refused: the Art 58 ground (a–e). */
  refusalGround?: string;
  /** transfer_to_authority: what the authority is told of the case. */
  caseSummary?: CaseSummary;
  /** message, message_to_business. */
  body?: string;
  /** case_closed, mediation_result: final status or outcome code. */
  status?: string;
  /** forwarded_to_business. */
  deadlineWorkingDays?: number;
  deadlineKind?: DeadlineKind;
  /** The due instant of the clock. */
  dueAt?: Date;
  /** mediation_extended: the due instant the extension replaced. */
  previousDueAt?: Date;
  /** e.g. 'Law 19/2023/QH15 Art 57.2'. */
  legalBasis?: string;
  /** case_closed: satisfaction survey. */
  surveyLink?: string;
  /** mediation_scheduled, session_*: the session's start, and where (in person). */
  sessionAt?: Date;
  place?: string;
  /** session_*: the link of an online session, its expected length, the start it replaces. */
  onlineUrl?: string;
  durationMinutes?: number;
  previousSessionAt?: Date;
  /** mediation_requested, mediator_assigned. */
  organisationName?: string;
  /** mediation_business: the negotiation ended and the business reports its result (Art 57.5). */
  resultReportDue?: boolean;
  /** mediation_not_agreed: why there is no mediation (Art 61): the business declined, or did not answer in time. */
  consentFailure?: 'declined' | 'lapsed';
  /** mediation_not_agreed: the transaction's value, for the summary procedure (Art 70.2: below 100,000,000 VND). */
  amountVnd?: number | null;
  /** mediator_case_assigned, mediator_declined. */
  mediatorName?: string;
  /** mediator_case_assigned: languages a party needs that the mediator lacks (an interpreter, Art 64.3). */
  interpreterLanguages?: string[];
  /** mediator_case_assigned: a party flagged as an ethnic minority has no recorded language (Art 64.3). */
  languageUnknown?: boolean;
  /** mediator_declined: the mediator's reason, and whether they declared a conflict of interest. session_cancelled: why. */
  reason?: string;
  conflict?: boolean;
  /** staff_password_link: the account holder's name, and when the link stops working. */
  fullName?: string;
  linkExpiresAt?: Date;
  /** data_request_decided: the kind of the request (erasure, restriction, objection, other). */
  dataRequestKind?: string;
  /** data_request_decided: an accepted erasure carried out at once (the case was closed): no link to follow. */
  erasedNow?: boolean;
  /** data_request_reminder: the step (answer_soon, answer_missed, complete_soon, complete_missed). */
  reminderStep?: string;
  /** breach_notice_*: when the breach was discovered (dueAt: the 72 hours' end), and the hours left. */
  discoveredAt?: Date;
  hoursLeft?: number;
}

/** A piece of a paragraph: text, a link, or a value that must stand out (a secret key). */
export type Inline = string | { readonly href: string } | { readonly strong: string };

/** Paragraph, user-written text kept as written, or the small print at the bottom. */
export type Block =
  | { readonly kind: 'p'; readonly parts: readonly Inline[] }
  | { readonly kind: 'quote'; readonly text: string }
  | { readonly kind: 'note'; readonly text: string };

/** What a template writes; the layout turns it into plain text and HTML. Missing blocks are skipped. */
export interface Email {
  readonly subject: string;
  readonly blocks: readonly (Block | undefined)[];
}

export type Template = Readonly<Record<Language, (data: TemplateData) => Email>> & {
  /** The email holds a secret (a key, a link token): its body must not be kept once sent. */
  readonly carriesSecret?: true;
};

/** A group of templates; `satisfies` it to catch misspelt names. */
export type TemplateGroup = Partial<Record<TemplateName, Template>>;
