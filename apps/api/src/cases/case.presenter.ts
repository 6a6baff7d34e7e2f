import {
  caseWarnings,
  CasePrincipal,
  toDeadlineView,
  StaffPrincipal,
  staffSeesConfidential,
  staffSeesContacts,
  toCaseState,
} from '@app/cases';
import {
  Actor,
  allowedActions,
  isDutyKind,
  isNegotiationContentKey,
  languageUnknown,
  NEGOTIATION_CONTENT_EVENTS,
  negotiationHiddenFrom,
  type WorkingDays,
  workingDaysLeft,
} from '@app/domain';
import { CaseDeadlineEntity, CaseEntity, CaseEventEntity, CasePartyEntity } from '@app/persistence';
import { caseBadges } from './case-badges';
import { CaseDetailDto, CaseEventDto, CaseSummaryDto, NextDueDto, PartyDto } from './dto/case.dto';

// Mediation records, and an agreement reached in mediation, are confidential (Law 19 Art 62.2).
const CONFIDENTIAL_LIFECYCLE_KEYS = ['mediationRecord', 'mediationFailure', 'mediationRecordSignatures'];

function isConfidential(key: string, value: unknown): boolean {
  if (CONFIDENTIAL_LIFECYCLE_KEYS.includes(key)) return true;
  return key === 'agreement' && (value as { source?: string } | null)?.source === 'mediation';
}

/** What a queue row shows beside the case's own columns, read with it in the same query. */
export interface CaseRowExtras {
  businessName: string | null;
  nextDue: NextDueDto | null;
}

export function toCaseSummary(c: CaseEntity, extras: CaseRowExtras, now = new Date()): CaseSummaryDto {
  return {
    id: c.id,
    trackingCode: c.trackingCode,
    status: c.status,
    priority: c.priority,
    vulnerable: c.vulnerable,
    sectorCode: c.sectorCode,
    communeCode: c.communeCode,
    channel: c.channel,
    submittedAt: c.submittedAt,
    nextDueAt: c.nextDueAt,
    overdueSince: c.overdueSince,
    handlingOrgId: c.handlingOrgId,
    assigneeId: c.assigneeId,
    outcome: c.outcome,
    businessName: extras.businessName,
    nextDue: extras.nextDue,
    badges: caseBadges(c, now),
  };
}

/** The running duty clock due first, as `clockState` finds the case's `nextDueAt`. */
export function nextDueOf(
  deadlines: readonly CaseDeadlineEntity[],
  calendar: WorkingDays,
  now: Date,
): NextDueDto | null {
  const next = deadlines
    .filter((d) => d.status === 'pending' && isDutyKind(d.kind))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
  return next
    ? { kind: next.kind, dueAt: next.dueAt, workingDaysLeft: workingDaysLeft(calendar, now, next.dueAt) }
    : null;
}

function toParty(p: CasePartyEntity, withContacts: boolean): PartyDto {
  return {
    id: p.id,
    role: p.role,
    name: p.name,
    email: withContacts ? p.email : null,
    phone: withContacts ? p.phone : null,
    taxCode: p.taxCode,
    shopId: p.shopId,
    orderId: p.orderId,
  };
}

export function toCaseDetail(
  c: CaseEntity,
  parties: CasePartyEntity[],
  deadlines: CaseDeadlineEntity[],
  principal: CasePrincipal,
  actor: Actor,
  calendar: WorkingDays,
  now = new Date(),
): CaseDetailDto {
  const staff = principal.kind === 'staff' ? principal.staff : null;
  const confidential = staff ? staffSeesConfidential(staff, c) : true;
  // Art 59.1: a confidential negotiation's content is for the parties and the staff handling it.
  const negotiationHidden = staff ? negotiationHiddenFrom(toCaseState(c), staff.role) : false;
  const lifecycle = Object.fromEntries(
    Object.entries(c.lifecycle ?? {}).filter(
      ([key, value]) =>
        (confidential || !isConfidential(key, value)) && !(negotiationHidden && isNegotiationContentKey(key, value)),
    ),
  );
  return {
    ...toCaseSummary(
      c,
      {
        businessName: parties.find((p) => p.role === 'business')?.name ?? null,
        nextDue: nextDueOf(deadlines, calendar, now),
      },
      now,
    ),
    version: c.version,
    allowedActions: allowedActions(toCaseState(c), actor, new Date()),
    product: c.product,
    amountVnd: c.amountVnd,
    description: c.description,
    amountRecoveredVnd: c.amountRecoveredVnd,
    closedAt: c.closedAt,
    possibleDuplicateOf: c.possibleDuplicateOf,
    warnings: caseWarnings(c),
    parties: parties.map((p) => toParty(p, staff ? staffSeesContacts(staff) : true)),
    assignments: {
      handlingOrgId: c.handlingOrgId,
      advisorId: c.assigneeId,
      mediationOrgId: c.mediationOrgId,
      mediatorId: c.mediatorId,
    },
    deadlines: deadlines.map((d) => toDeadlineView(d)),
    lifecycle,
    // Art 64.3; it reveals an ethnicity flag (sensitive): not for the association, which tracks outcomes.
    languageUnknown: staff && !staffSeesContacts(staff) ? null : languageUnknown(parties),
  };
}

/** Staff see internal notes; confidential details only within the mediation circle. */
export function toEventForStaff(e: CaseEventEntity, staff: StaffPrincipal, c: CaseEntity): CaseEventDto {
  // The association tracks outcomes and analysts count: staff-internal detail (a note may hold
  // contact data) stays hidden from both (least privilege, issue 12 item 8).
  const showDetail =
    e.visibility === 'confidential'
      ? staffSeesConfidential(staff, c)
      : !(e.visibility === 'internal' && !staffSeesContacts(staff));
  // Art 59.1: outside the parties and the handling staff, a confidential negotiation shows that it
  // happened, not what was said.
  const negotiationHidden =
    NEGOTIATION_CONTENT_EVENTS.includes(e.action) && negotiationHiddenFrom(toCaseState(c), staff.role);
  const data = negotiationHidden ? { public: {} } : showDetail ? e.data : { public: e.data.public ?? {} };
  return {
    id: e.id,
    at: e.at,
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    actorKind: e.actorKind,
    actorId: e.actorId,
    actorRole: e.actorRole,
    visibility: e.visibility,
    data,
  };
}
