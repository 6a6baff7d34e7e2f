import { EntityManager, In } from 'typeorm';
import {
  type BusinessResponseType,
  type CaseStatus,
  clockChanges,
  type ClockTrigger,
  type DeadlineKind,
  dueAt,
  OFFICIAL_YEAR_TABLES,
  pauseAndResume,
  WorkingDayCalendar,
} from '@app/domain';
import { CaseDeadlineEntity } from '@app/persistence';

// The official day-off tables (2026 seeded) on top of the statutory rules. (The admin-edited
// tables of the clocks issue replace this constant.)
export const LEGAL_CALENDAR = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES);

const OPEN = ['pending', 'paused'] as const;

export interface ClockFacts {
  trigger: ClockTrigger;
  from: CaseStatus | null;
  to: CaseStatus;
  now: Date;
  businessResponse?: BusinessResponseType;
  /** The performance deadline of a successful-mediation record (Art 65.2). */
  performanceDate?: Date;
}

/** The new clock rows a change starts (also used by intake, inside its single statement). */
export function startedDeadlines(caseId: string, kinds: readonly DeadlineKind[], facts: ClockFacts) {
  return kinds.map((kind) => ({
    caseId,
    kind,
    status: 'pending' as const,
    startedAt: facts.now,
    dueAt: dueAt(kind, facts.now, LEGAL_CALENDAR, undefined, { performanceDate: facts.performanceDate }),
    pausedAt: null,
    closedAt: null,
  }));
}

/**
 * Applies a lifecycle change to the case's clocks in the caller's transaction (domain table
 * `clockChanges`): pause or resume the running ones, close those met or cancelled, start new ones.
 * Returns the case's next due time among running clocks.
 */
export async function applyClockChanges(m: EntityManager, caseId: string, facts: ClockFacts): Promise<Date | null> {
  const changes = clockChanges(facts.trigger, facts.from, facts.to, { businessResponse: facts.businessResponse });
  const repo = m.getRepository(CaseDeadlineEntity);
  if (changes.pause) {
    await repo.update({ caseId, status: 'pending' }, { status: 'paused', pausedAt: facts.now });
  }
  if (changes.resume) {
    // A paused clock ends later by the working time it spent paused (domain.md §5).
    for (const paused of await repo.findBy({ caseId, status: 'paused' })) {
      const due = paused.pausedAt
        ? pauseAndResume(paused.dueAt, paused.pausedAt, facts.now, LEGAL_CALENDAR)
        : paused.dueAt;
      await repo.update({ id: paused.id }, { status: 'pending', pausedAt: null, dueAt: due });
    }
  }
  for (const [kinds, status] of [
    [changes.meet, 'met'],
    [changes.cancel, 'cancelled'],
  ] as const) {
    if (kinds.length > 0) {
      await repo.update(
        { caseId, kind: In([...kinds]), status: In([...OPEN]) },
        { status, closedAt: facts.now, pausedAt: null },
      );
    }
  }
  if (changes.start.length > 0) await repo.insert(startedDeadlines(caseId, changes.start, facts));
  const [next] = await m.query<{ due: Date | null }[]>(
    `SELECT min(due_at) AS due FROM case_deadlines WHERE case_id = $1 AND status = 'pending'`,
    [caseId],
  );
  return next?.due ?? null;
}
