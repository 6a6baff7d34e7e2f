import type { StaffRole } from '@app/domain';
import { RequestValidationError } from '../common/validation/validation.pipe';

// Roles whose work happens inside one organisation (domain.md §1): the unit that handles cases,
// the mediation organisation, the association. Analysts and admins may have none.
const ROLES_IN_AN_ORGANISATION: readonly StaffRole[] = ['officer', 'mediator', 'mediation_admin', 'association'];

export function needsOrganisation(role: StaffRole): boolean {
  return ROLES_IN_AN_ORGANISATION.includes(role);
}

/** 400 on `organisationId`: missing for a role that needs one, or naming no organisation. */
export const organisationRequired = () =>
  new RequestValidationError([{ field: 'organisationId', constraints: [{ name: 'isDefined', args: [] }] }]);

export const organisationUnknown = () =>
  new RequestValidationError([{ field: 'organisationId', constraints: [{ name: 'unknown_organisation', args: [] }] }]);
