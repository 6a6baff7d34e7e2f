import { EntityManager } from 'typeorm';
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

/** Appends one timeline event in the caller's transaction. */
export async function appendEvent(
  manager: EntityManager,
  caseId: string,
  principal: CasePrincipal,
  event: NewEvent,
): Promise<CaseEventEntity> {
  const staff = principal.kind === 'staff' ? principal.staff : null;
  const row = {
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
  const { identifiers } = await manager.insert(CaseEventEntity, row);
  return manager.create(CaseEventEntity, { ...row, id: String(identifiers[0].id) });
}
