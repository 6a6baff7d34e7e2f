import type { StaffPrincipal } from '@app/cases';

/** What a staff member may do with a mediator's profile. */
export type MediatorAccess = 'manage' | 'self' | 'none';

/** Admins manage every organisation; a mediation admin only their own. */
export function managesOrganisation(staff: StaffPrincipal, organisationId: string | null): boolean {
  if (staff.role === 'admin') return true;
  return staff.role === 'mediation_admin' && organisationId !== null && staff.organisationId === organisationId;
}

/**
 * The organisation's admin (or an admin) manages a mediator; the mediator reads their own profile
 * and edits what is theirs to say. Anyone else gets 404, as for a mediator that does not exist.
 */
export function mediatorAccess(
  staff: StaffPrincipal,
  mediator: { id: string; organisationId: string | null },
): MediatorAccess {
  if (managesOrganisation(staff, mediator.organisationId)) return 'manage';
  return staff.role === 'mediator' && staff.userId === mediator.id ? 'self' : 'none';
}

/** The profile fields a mediator edits themselves; the Art 64.2 declarations and capacity are the organisation's. */
export const SELF_EDITABLE = ['languages', 'sectors', 'ties', 'accepting'] as const;
