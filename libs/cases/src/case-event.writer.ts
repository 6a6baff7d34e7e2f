import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { mapFreeText, type TextRef } from '@app/domain';
import { CaseEventEntity, CaseTextEntity, EventVisibility, insertStatement } from '@app/persistence';
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

/**
 * Moves every free-text string of the event's data (isFreeText in libs/domain: what someone wrote)
 * into case_texts, in the caller's transaction, and puts a `{ "$text": id }` reference in its place:
 * the timeline stays append-only while erasure can still clear the words (issue 12 item 11).
 */
async function moveTexts<T>(manager: EntityManager, caseId: string, data: T): Promise<T> {
  const texts: Pick<CaseTextEntity, 'id' | 'caseId' | 'text'>[] = [];
  const moved = mapFreeText(data, (text): TextRef => {
    const id = randomUUID();
    texts.push({ id, caseId, text });
    return { $text: id };
  }) as T;
  if (texts.length > 0) await insert(manager, CaseTextEntity, texts);
  return moved;
}

/**
 * Rows written with the statement TypeORM's builder would write, made without the builder (its
 * parameter machinery was most of the cost of a clock's firing; libs/persistence/insert-statement).
 */
function insert<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  rows: readonly object[],
  returning?: string,
): Promise<Record<string, unknown>[]> {
  const [sql, parameters] = insertStatement(manager.connection, entity, rows, returning);
  return manager.query(sql, parameters);
}

/** Appends one timeline event in the caller's transaction. */
export async function appendEvent(
  manager: EntityManager,
  caseId: string,
  principal: CasePrincipal,
  event: NewEvent,
): Promise<CaseEventEntity> {
  const row = eventRow(caseId, principal, event);
  const stored = { ...row, data: await moveTexts(manager, caseId, row.data) };
  const [{ id }] = await insert(manager, CaseEventEntity, [stored], 'id');
  // The caller gets the words it wrote, as a reader would after hydration.
  return manager.create(CaseEventEntity, { ...row, id: String(id) });
}

/** Appends an event the system itself caused (a clock ran out), in the caller's transaction. */
export function appendSystemEvent(manager: EntityManager, caseId: string, event: NewEvent): Promise<void> {
  return appendSystemEvents(manager, caseId, [event]);
}

/**
 * Appends events the system caused, in this order, in the caller's transaction: their texts in one
 * statement and the events in one more (a clock's breach and its escalation fall in one firing).
 */
export async function appendSystemEvents(
  manager: EntityManager,
  caseId: string,
  events: readonly NewEvent[],
): Promise<void> {
  if (events.length === 0) return;
  const data = await moveTexts(
    manager,
    caseId,
    events.map((event) => ({ public: event.public ?? {}, detail: event.detail ?? {} })),
  );
  await insert(
    manager,
    CaseEventEntity,
    events.map((event, i) => ({
      caseId,
      at: event.at,
      actorKind: 'system',
      actorId: null,
      actorRole: null,
      action: event.action,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      visibility: event.visibility,
      data: data[i],
    })),
  );
}
