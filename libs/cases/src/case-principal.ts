import type { Actor, StaffRole } from '@app/domain';

export interface StaffPrincipal {
  userId: string;
  role: StaffRole;
  organisationId: string | null;
  supervisor: boolean;
}

/**
 * Who is calling: staff by token, the consumer by access key, the business by its link; or the
 * system itself, for what a clock does when it runs out (its `atDue` action, fired by the worker).
 */
export type CasePrincipal =
  | { kind: 'staff'; staff: StaffPrincipal }
  | { kind: 'consumer'; caseId: string }
  | { kind: 'business'; caseId: string }
  | { kind: 'system' };

export function actorOf(principal: CasePrincipal): Actor {
  if (principal.kind !== 'staff') return { kind: principal.kind };
  return { kind: 'staff', role: principal.staff.role, supervisor: principal.staff.supervisor };
}
