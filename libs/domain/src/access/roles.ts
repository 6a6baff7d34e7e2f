/** Staff roles (domain.md §1). Consumers and businesses have no account: they use a key or a link. */
export const STAFF_ROLES = ['officer', 'mediator', 'mediation_admin', 'association', 'analyst', 'admin'] as const;

export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}
