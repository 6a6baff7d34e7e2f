import type { CaseEntity } from '@app/persistence';
import type { CasePrincipal, StaffPrincipal } from './case-principal';

/**
 * Which cases a staff member may see (issue 3 §6): officers their unit's, mediators those
 * assigned to them, mediation admins their organisation's; association, analyst and admin all.
 * Anything else answers 404, as for a case that does not exist.
 */
export function staffCanSee(
  staff: StaffPrincipal,
  c: Pick<CaseEntity, 'handlingOrgId' | 'mediatorId' | 'mediationOrgId'>,
): boolean {
  switch (staff.role) {
    case 'admin':
    case 'analyst':
    case 'association':
      return true;
    case 'officer':
      return staff.organisationId !== null && c.handlingOrgId === staff.organisationId;
    case 'mediator':
      return c.mediatorId === staff.userId;
    case 'mediation_admin':
      return staff.organisationId !== null && c.mediationOrgId === staff.organisationId;
  }
}

export function principalCanSee(principal: CasePrincipal, c: CaseEntity): boolean {
  if (principal.kind === 'system') return true;
  return principal.kind === 'staff' ? staffCanSee(principal.staff, c) : principal.caseId === c.id;
}

/** The column a case must match for this staff member to see it (the same rule, for lists); null: every case. */
export function staffScopeColumn(
  staff: StaffPrincipal,
): { column: 'handling_org_id' | 'mediator_id' | 'mediation_org_id'; value: string | null } | null {
  switch (staff.role) {
    case 'admin':
    case 'analyst':
    case 'association':
      return null;
    case 'officer':
      return { column: 'handling_org_id', value: staff.organisationId };
    case 'mediator':
      return { column: 'mediator_id', value: staff.userId };
    case 'mediation_admin':
      return { column: 'mediation_org_id', value: staff.organisationId };
  }
}

/**
 * Roles that see contact details of the parties (least privilege, issue 12 item 8): not the
 * association (it tracks outcomes) nor analysts (statistics). The same roles see staff-internal
 * detail on the timeline (a note may hold a phone number) and download the parties' files.
 */
export function staffSeesContacts(staff: StaffPrincipal): boolean {
  return staff.role !== 'association' && staff.role !== 'analyst';
}

/** The department's own kind of organisation: its staff write the internal notes. */
const DEPARTMENT_KIND = 'state_agency';

/**
 * Staff of an external mediation organisation (any organisation that is not the department): they
 * do not read the department's internal notes (issue 12 item 8). `organisationKind` is the kind
 * of the caller's organisation, null when they have none.
 */
export function isExternalMediationStaff(staff: StaffPrincipal, organisationKind: string | null): boolean {
  return (staff.role === 'mediator' || staff.role === 'mediation_admin') && organisationKind !== DEPARTMENT_KIND;
}

/** A note the department wrote for its own staff (mediators' notes are confidential, not internal). */
export function isDepartmentNote(event: { action: string; visibility: string }): boolean {
  return event.action === 'note' && event.visibility === 'internal';
}

/** Confidential mediation content (Art 62.2): the mediator, their organisation's admin, the parties. */
export function staffSeesConfidential(
  staff: StaffPrincipal,
  c: Pick<CaseEntity, 'mediatorId' | 'mediationOrgId'>,
): boolean {
  if (staff.role === 'mediator') return c.mediatorId === staff.userId;
  if (staff.role === 'mediation_admin')
    return staff.organisationId !== null && c.mediationOrgId === staff.organisationId;
  return false;
}
