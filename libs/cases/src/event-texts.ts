import { EntityManager, In } from 'typeorm';
import { ERASED_TEXT, mapTextRefs, textRefIds } from '@app/domain';
import { CaseTextEntity } from '@app/persistence';

/**
 * Puts back the words of events' `{ "$text": id }` references from case_texts, with one query for
 * the whole list, in place; an erased text reads as the erasure's tombstone. Events written before
 * the move hold their strings inline and are left as they are. Every reader of event data calls it.
 */
export async function hydrateEventTexts<E extends { data: Record<string, unknown> }>(
  manager: EntityManager,
  events: E[],
): Promise<E[]> {
  const ids = [...new Set(events.flatMap((e) => textRefIds(e.data)))];
  if (ids.length === 0) return events;
  const rows = await manager.find(CaseTextEntity, { select: { id: true, text: true }, where: { id: In(ids) } });
  const texts = new Map(rows.map((r) => [r.id, r.text ?? ERASED_TEXT]));
  for (const e of events) {
    e.data = mapTextRefs(e.data, (id) => texts.get(id) ?? ERASED_TEXT) as Record<string, unknown>;
  }
  return events;
}
