import type { DataSource, EntityManager } from 'typeorm';
import type { JobResult } from '@app/queue';

/**
 * The reminder jobs' loop: each candidate in its own transaction (`remind` writes the emails to
 * the outbox and records the step, returning the notifications' ids); the outbox's drain sends
 * them once committed.
 */
export async function remindEach(
  dataSource: DataSource,
  candidates: readonly { id: string }[],
  remind: (m: EntityManager, id: string) => Promise<string[]>,
): Promise<JobResult> {
  let reminded = 0;
  for (const { id } of candidates) {
    const ids = await dataSource.transaction((m) => remind(m, id));
    if (ids.length > 0) reminded += 1;
  }
  return reminded > 0 ? { status: 'done', detail: { reminded } } : { status: 'skipped', reason: 'no reminder due' };
}
