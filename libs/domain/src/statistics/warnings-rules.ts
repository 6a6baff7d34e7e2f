import type { StaffRole } from '../access/roles';
import { addDays } from '../calendar/iso-date';
import { endOfLocalDay, toLocalDate } from '../calendar/vn-time';
import type { FieldViolation } from '../cases/domain-error';
import { contactDataIn, namesConsumer } from './warnings-summary';
import type { WarningStatus } from './warnings-kinds';

/**
 * Public business warnings (Decree 55/2024 Art 24.3: lists of violating businesses stay published for
 * 30 days; Plan 126/KH-UBND "inform and warn consumers"). Staff propose, a supervisor approves (four
 * eyes: never the proposer), the warning is public for 30 calendar days, then archived.
 */
export const WARNING_PUBLICATION_DAYS = 30;
export const WARNING_SUMMARY_MAX_LENGTH = 1000;

/** Staff who propose warnings and see the staff list: officers, analysts, admins. */
export const WARNING_STAFF_ROLES = ['officer', 'analyst', 'admin'] as const satisfies readonly StaffRole[];

/** Cases that count as substantiated complaints: closed after being handled, resolved or not. */
export const SUBSTANTIATED_STATUSES = ['resolved', 'unresolved'] as const;

export interface WarningStaff {
  readonly userId: string;
  readonly role: StaffRole;
  readonly supervisor: boolean;
}

export interface WarningDecisionFacts {
  readonly status: WarningStatus;
  readonly proposedBy: string;
}

/** Why a decision is refused: `forbidden` (403), `not_proposed` (409, decided already). */
export type WarningDecisionRefusal = 'not_a_supervisor' | 'own_proposal' | 'not_proposed';

export function mayProposeWarning(role: StaffRole): boolean {
  return (WARNING_STAFF_ROLES as readonly StaffRole[]).includes(role);
}

/** A supervisor (officer or analyst flagged `is_supervisor`) or an admin decides on warnings. */
export function mayDecideWarnings(staff: Pick<WarningStaff, 'role' | 'supervisor'>): boolean {
  if (staff.role === 'admin') return true;
  return mayProposeWarning(staff.role) && staff.supervisor;
}

/** Approval: a supervisor other than the proposer, while the warning is still proposed. */
export function approvalRefusal(staff: WarningStaff, warning: WarningDecisionFacts): WarningDecisionRefusal | null {
  if (!mayDecideWarnings(staff)) return 'not_a_supervisor';
  if (staff.userId === warning.proposedBy) return 'own_proposal';
  return warning.status === 'proposed' ? null : 'not_proposed';
}

/** Rejection: a supervisor, while the warning is still proposed (the proposer may reject their own). */
export function rejectionRefusal(staff: WarningStaff, warning: WarningDecisionFacts): WarningDecisionRefusal | null {
  if (!mayDecideWarnings(staff)) return 'not_a_supervisor';
  return warning.status === 'proposed' ? null : 'not_proposed';
}

/**
 * The end of publication: 24:00 (Asia/Ho_Chi_Minh) on the 30th calendar day after the day of
 * approval (Civil Code Arts 147–148: a period starts the day after the event and ends at 24:00).
 */
export function warningExpiresAt(publishedAt: Date): Date {
  return endOfLocalDay(addDays(toLocalDate(publishedAt), WARNING_PUBLICATION_DAYS));
}

/** Public only while published and not expired, whatever the archive sweep has done yet. */
export function isWarningPublic(warning: { status: WarningStatus; expiresAt: Date | null }, now: Date): boolean {
  return warning.status === 'published' && warning.expiresAt !== null && warning.expiresAt.getTime() > now.getTime();
}

/** The archive sweep's rule: published and expired. */
export function isWarningDueForArchive(warning: { status: WarningStatus; expiresAt: Date | null }, now: Date): boolean {
  return warning.status === 'published' && warning.expiresAt !== null && warning.expiresAt.getTime() <= now.getTime();
}

export interface WarningProposalFacts {
  readonly summary: string;
  readonly taxCode: string;
  /** Closed resolved or unresolved cases against the business with this tax code. */
  readonly substantiatedComplaints: number;
  /** The names of the consumers of those cases, which the summary must not mention. */
  readonly consumerNames?: readonly string[];
}

/**
 * What may be published: a summary without a consumer's contact data, tracking code or name, about a
 * business with at least one substantiated complaint. The summary rules are field errors (400); the
 * other a broken rule (422).
 */
export function warningProposalViolations(facts: WarningProposalFacts): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (contactDataIn(facts.summary, [facts.taxCode]).length > 0) {
    violations.push({ field: 'summary', rule: 'noContactData' });
  }
  if (namesConsumer(facts.summary, facts.consumerNames ?? [])) {
    violations.push({ field: 'summary', rule: 'noConsumerName' });
  }
  if (facts.substantiatedComplaints < 1) {
    violations.push({ field: 'taxCode', rule: 'no_substantiated_complaints' });
  }
  return violations;
}
