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
  isNegotiationContentKey,
  languageUnknown,
  NEGOTIATION_CONTENT_EVENTS,
  negotiationHiddenFrom,
} from '@app/domain';
import { CaseDeadlineEntity, CaseEntity, CaseEventEntity, CasePartyEntity } from '@app/persistence';
import { CaseDetailDto, CaseEventDto, CaseSummaryDto, PartyDto } from './dto/case.dto';

// Mediation records, and an agreement reached in mediation, are confidential (Law 19 Art 62.2).
const CONFIDENTIAL_LIFECYCLE_KEYS = ['mediationRecord', 'mediationFailure', 'mediationRecordSignatures'];

function isConfidential(key: string, value: unknown): boolean {
  if (CONFIDENTIAL_LIFECYCLE_KEYS.includes(key)) return true;
  return key === 'agreement' && (value as { source?: string } | null)?.source === 'mediation';
}

export function toCaseSummary(c: CaseEntity): CaseSummaryDto {
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
  };
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
    ...toCaseSummary(c),
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
  // The association tracks outcomes: staff-internal notes (which may hold contact data) stay hidden from it.
  const showDetail =
    e.visibility === 'confidential'
      ? staffSeesConfidential(staff, c)
      : !(e.visibility === 'internal' && staff.role === 'association');
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
