import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { CaseEventEntity, EventVisibility } from '@app/persistence';
import type { CasePrincipal } from './case-principal';

export interface NewEvent {
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  visibility: EventVisibility;
  /** What the parties may read on their timeline. */
  public?: Record<string, unknown>;
  /** What staff (and, for confidential events, the mediation circle) may read. */
  detail?: Record<string, unknown>;
  at: Date;
}

/** The row of a timeline event, before it is written. */
export function eventRow(
  caseId: string,
  principal: CasePrincipal,
  event: NewEvent,
): Omit<CaseEventEntity, 'id' | 'case'> {
  const staff = principal.kind === 'staff' ? principal.staff : null;
  return {
    caseId,
    at: event.at,
    actorKind: principal.kind,
    actorId: staff?.userId ?? null,
    actorRole: staff?.role ?? null,
    action: event.action,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    visibility: event.visibility,
    data: { public: event.public ?? {}, detail: event.detail ?? {} },
  };
}

/** Appends one timeline event in the caller's transaction. */
export async function appendEvent(
  manager: EntityManager,
  caseId: string,
  principal: CasePrincipal,
  event: NewEvent,
): Promise<CaseEventEntity> {
  const row = eventRow(caseId, principal, event);
  const { identifiers } = await manager.insert(CaseEventEntity, row as QueryDeepPartialEntity<CaseEventEntity>);
  return manager.create(CaseEventEntity, { ...row, id: String(identifiers[0].id) });
}

/** Appends an event the system itself caused (a clock ran out), in the caller's transaction. */
export async function appendSystemEvent(manager: EntityManager, caseId: string, event: NewEvent): Promise<void> {
  await manager.insert(CaseEventEntity, {
    caseId,
    at: event.at,
    actorKind: 'system',
    actorId: null,
    actorRole: null,
    action: event.action,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    visibility: event.visibility,
    data: { public: event.public ?? {}, detail: event.detail ?? {} },
  });
}
