import type { StaffRole } from '../access/roles';

/**
 * Who is acting. Consumers and businesses have no account: the HTTP edge has already checked
 * that the key (consumer) or link (business) belongs to this case, so the domain only sees the kind.
 */
export type Actor =
  | { readonly kind: 'consumer' }
  | { readonly kind: 'business' }
  | { readonly kind: 'staff'; readonly role: StaffRole; readonly supervisor?: boolean }
  | { readonly kind: 'system' };

/** What a transition row may list as allowed: an actor kind, a staff role, or a supervising officer. */
export type ActorPermit = 'consumer' | 'business' | 'system' | StaffRole | 'supervising_officer';

export function actorMatches(actor: Actor, permit: ActorPermit): boolean {
  if (actor.kind !== 'staff') return permit === actor.kind;
  if (permit === actor.role) return true;
  return permit === 'supervising_officer' && actor.role === 'officer' && actor.supervisor === true;
}

export function describeActor(actor: Actor): string {
  if (actor.kind !== 'staff') return actor.kind;
  return actor.supervisor === true ? `${actor.role} (supervisor)` : actor.role;
}
