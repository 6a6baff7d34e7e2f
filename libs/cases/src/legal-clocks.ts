import { randomUUID } from 'node:crypto';
import { EntityManager, In, IsNull } from 'typeorm';
import {
  type BusinessResponseType,
  type CaseStatus,
  clockChanges,
  type ClockEvent,
  clocksCancelledBy,
  clocksMetBy,
  type ClockTrigger,
  type DeadlineKind,
  DUTY_KINDS,
  dueAt,
  nextClockStep,
  pauseAndResume,
} from '@app/domain';
import { CaseDeadlineEntity } from '@app/persistence';
import type { ClockSettings } from './clocks/clock-settings.service';
import type { ScheduledStep } from './clocks/clock-scheduler';

const OPEN = ['pending', 'paused'] as const;

export interface ClockFacts {
  trigger: ClockTrigger;
  from: CaseStatus | null;
  to: CaseStatus;
  now: Date;
  businessResponse?: BusinessResponseType;
  /** Art 59.1: the change starts or lifts a pause of the negotiation that a party asked for. */
  partyPause?: boolean;
  /** The performance deadline of a successful-mediation record (Art 65.2). */
  performanceDate?: Date;
  /** When the parties agreed (the record's time): the 6 months of Art 66 run from it. */
  agreedAt?: Date;
}

export interface ClockOutcome {
  /** The case's next due time among running duty clocks (what someone must do next). */
  nextDueAt: Date | null;
  /** Whether a breached clock is still not met. */
  overdue: boolean;
  /** Steps to schedule once the transaction commits. */
  scheduled: ScheduledStep[];
}

type NewClock = Pick<
  CaseDeadlineEntity,
  | 'id'
  | 'caseId'
  | 'kind'
  | 'status'
  | 'startedAt'
  | 'dueAt'
  | 'pausedAt'
  | 'closedAt'
  | 'nextActionAt'
  | 'remindersSent'
  | 'escalationLevel'
  | 'breachedAt'
>;

function nextActionOf(clock: Omit<NewClock, 'id' | 'caseId' | 'pausedAt' | 'nextActionAt'>, settings: ClockSettings) {
  const step = nextClockStep(
    { ...clock, kind: clock.kind as DeadlineKind, status: clock.status },
    settings.calendar,
    settings.policies,
  );
  return step?.at ?? null;
}

/** The new clock rows a change starts (also used by intake, inside its single statement). */
export function startedDeadlines(
  caseId: string,
  kinds: readonly DeadlineKind[],
  facts: ClockFacts,
  settings: ClockSettings,
): NewClock[] {
  return kinds.map((kind) => {
    // Art 66 / Civil Procedure Code Art 418.1: six months from the agreement, not from its recording.
    const start = kind === 'court_recognition' && facts.agreedAt ? facts.agreedAt : facts.now;
    const due = dueAt(kind, start, settings.calendar, settings.policies, {
      performanceDate: facts.performanceDate,
    });
    const clock = {
      kind,
      status: 'pending' as const,
      startedAt: start,
      dueAt: due,
      closedAt: null,
      remindersSent: 0,
      escalationLevel: 0,
      breachedAt: null,
    };
    return { ...clock, id: randomUUID(), caseId, pausedAt: null, nextActionAt: nextActionOf(clock, settings) };
  });
}

/**
 * Applies a lifecycle change to the case's clocks in the caller's transaction (domain table
 * `clockChanges`): pause the running ones that wait on the consumer or resume the paused ones,
 * close those met or cancelled (a breached one too: its escalation stops), start new ones.
 */
export async function applyClockChanges(
  m: EntityManager,
  caseId: string,
  facts: ClockFacts,
  settings: ClockSettings,
): Promise<ClockOutcome> {
  const changes = clockChanges(facts.trigger, facts.from, facts.to, {
    businessResponse: facts.businessResponse,
    partyPause: facts.partyPause,
  });
  const repo = m.getRepository(CaseDeadlineEntity);
  const scheduled: ScheduledStep[] = [];
  if (changes.pause.length > 0) {
    await repo.update(
      { caseId, kind: In([...changes.pause]), status: 'pending' },
      { status: 'paused', pausedAt: facts.now, nextActionAt: null },
    );
  }
  if (changes.resume) {
    // A paused clock ends later by the time it spent paused, in its own unit (domain.md §5).
    for (const paused of await repo.findBy({ caseId, status: 'paused' })) {
      const kind = paused.kind as DeadlineKind;
      const due = paused.pausedAt
        ? pauseAndResume(kind, paused.dueAt, paused.pausedAt, facts.now, settings.calendar, settings.policies)
        : paused.dueAt;
      const nextActionAt = nextActionOf({ ...paused, status: 'pending', dueAt: due }, settings);
      await repo.update({ id: paused.id }, { status: 'pending', pausedAt: null, dueAt: due, nextActionAt });
      if (nextActionAt) scheduled.push({ id: paused.id, at: nextActionAt });
    }
  }
  await closeClocks(m, caseId, changes.meet, 'met', facts.now);
  await closeClocks(m, caseId, changes.cancel, 'cancelled', facts.now);
  if (changes.start.length > 0) {
    const started = startedDeadlines(caseId, changes.start, facts, settings);
    await repo.insert(started);
    for (const clock of started) if (clock.nextActionAt) scheduled.push({ id: clock.id, at: clock.nextActionAt });
  }
  return { ...(await clockState(m, caseId)), scheduled };
}

/**
 * Closes the case's open clocks of `kinds` as `status`: a running one, or a lapsed follow-up still
 * waiting for its answer (answered late is not late: no one owed it), takes the status; a breached
 * one keeps it (it was late) and its escalation stops.
 */
async function closeClocks(
  m: EntityManager,
  caseId: string,
  kinds: readonly DeadlineKind[],
  status: 'met' | 'cancelled',
  now: Date,
): Promise<void> {
  if (kinds.length === 0) return;
  const repo = m.getRepository(CaseDeadlineEntity);
  await repo.update(
    { caseId, kind: In([...kinds]), status: In([...OPEN, 'lapsed']), closedAt: IsNull() },
    { status, closedAt: now, pausedAt: null, nextActionAt: null },
  );
  await repo.update(
    { caseId, kind: In([...kinds]), status: 'breached', closedAt: IsNull() },
    { closedAt: now, nextActionAt: null },
  );
}

/**
 * The case's next due time among running duty clocks, and whether a breached one is still not met.
 * Clocks that are no one's duty (a settlement's performance date, the court-recognition period)
 * never make a case due or overdue.
 */
export async function clockState(m: EntityManager, caseId: string): Promise<Omit<ClockOutcome, 'scheduled'>> {
  const [state] = await m.query<{ due: Date | null; overdue: boolean | null }[]>(
    `SELECT min(due_at) FILTER (WHERE status = 'pending') AS due,
            bool_or(status = 'breached' AND closed_at IS NULL) AS overdue
       FROM case_deadlines WHERE case_id = $1 AND kind = ANY($2)`,
    [caseId, DUTY_KINDS],
  );
  return { nextDueAt: state?.due ?? null, overdue: state?.overdue ?? false };
}

/** Meets (or cancels) the open clocks that a case event outside the lifecycle table ends (`CLOCK_EVENTS`). */
export async function meetClocks(
  m: EntityManager,
  caseId: string,
  event: ClockEvent,
  now: Date,
): Promise<Omit<ClockOutcome, 'scheduled'>> {
  await closeClocks(m, caseId, clocksMetBy(event), 'met', now);
  await closeClocks(m, caseId, clocksCancelledBy(event), 'cancelled', now);
  return clockState(m, caseId);
}
