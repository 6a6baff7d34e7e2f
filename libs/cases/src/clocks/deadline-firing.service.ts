import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, Raw } from 'typeorm';
import {
  audienceOf,
  type CaseAction,
  type ClockStep,
  type DeadlineKind,
  lapseCloses,
  nextClockStep,
  type PlannedStep,
  policyFor,
} from '@app/domain';
import { CaseDeadlineEntity, CaseEntity, prepared } from '@app/persistence';
import { CaseActionError } from '../case-action.error';
import { appendSystemEvents, type NewEvent } from '../case-event.writer';
import { CaseWorkflowService } from '../case-workflow.service';
import { isUuid } from '../ids';
import { CaseNotifier } from '../notifications/case-notifier';
import type { NotificationRequest } from '../notifications/notification-request';
import { clockNotices } from './clock-notices';
import { type RecipientReads, resolveAudiences } from './clock-recipients';
import { ClockScheduler, type ScheduledStep } from './clock-scheduler';
import { type ClockSettings, ClockSettingsService } from './clock-settings.service';

/** At most this many steps in one firing (reminder, breach, escalation: a clock found very late). */
const MAX_STEPS_PER_FIRING = 3;

export interface FiringResult {
  /** The steps taken now; empty when the clock was met, cancelled, paused, gone, or not yet due. */
  fired: ClockStep[];
  /** When the clock next needs attention; null when nothing is left. */
  next: Date | null;
}

/**
 * What the steps of one firing write, gathered and written together once the steps are taken: the
 * timeline events in one statement (and their texts in one), the emails in one (a breach and its
 * escalation in the same minute took twice as many round trips; bench/deadlines). `reads` holds the
 * recipients' rows already read in this firing.
 */
interface FiringWrites {
  events: NewEvent[];
  notices: NotificationRequest[];
  reads: RecipientReads;
}

const progressOf = (clock: CaseDeadlineEntity) => ({ ...clock, kind: clock.kind as DeadlineKind });

/**
 * Writes the columns a firing changes, in one statement (TypeORM's save read the row back first
 * and built both statements: a large share of the worker's time when thousands of clocks fall due).
 */
const saveProgress = (m: EntityManager, clock: CaseDeadlineEntity) =>
  m.query(
    prepared(`UPDATE case_deadlines SET status = $2, reminders_sent = $3, escalation_level = $4, breached_at = $5,
       closed_at = $6, next_action_at = $7 WHERE id = $1`),
    [
      clock.id,
      clock.status,
      clock.remindersSent,
      clock.escalationLevel,
      clock.breachedAt,
      clock.closedAt,
      clock.nextActionAt,
    ],
  );

/**
 * Fires the steps of one clock that are due: a reminder before the due time, the breach (timeline
 * event, case overdue, the responsible person and their supervisor told, a business's breach also
 * told to the consumer), then the department; or, for a clock that is no one's duty, its lapse
 * (a follow-up's question, or nothing), never a breach. It re-reads the clock under a lock, so a
 * duplicate or early job does nothing, and writes the step and its emails in one transaction.
 */
@Injectable()
export class DeadlineFiringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clocks: ClockSettingsService,
    private readonly notifier: CaseNotifier,
    private readonly workflow: CaseWorkflowService,
    private readonly scheduler: ClockScheduler,
  ) {}

  async fire(deadlineId: string, now = new Date()): Promise<FiringResult> {
    if (!isUuid(deadlineId)) return { fired: [], next: null };
    const settings = await this.clocks.current();
    const scheduled: ScheduledStep[] = [];
    const result = await this.dataSource.transaction(async (m) => {
      // The case first, then the clock: the order in which lifecycle changes lock them.
      const c = await m.findOne(CaseEntity, {
        where: {
          id: Raw((id) => `${id} = (SELECT case_id FROM case_deadlines WHERE id = :deadlineId)`, { deadlineId }),
        },
        lock: { mode: 'pessimistic_write' },
      });
      if (!c) return { fired: [], next: null };
      const clock = await m.findOne(CaseDeadlineEntity, {
        where: { id: deadlineId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!clock) return { fired: [], next: null };
      const fired: ClockStep[] = [];
      const writes: FiringWrites = { events: [], notices: [], reads: new Map() };
      let step = nextClockStep(progressOf(clock), settings.calendar, settings.policies);
      while (step && step.at <= now && fired.length < MAX_STEPS_PER_FIRING) {
        await this.take(m, c, clock, step, settings, now, scheduled, writes);
        fired.push(step.step);
        step = nextClockStep(progressOf(clock), settings.calendar, settings.policies);
      }
      await this.write(m, c.id, writes);
      const next = step?.at ?? null;
      if (fired.length > 0 || clock.nextActionAt?.getTime() !== next?.getTime()) {
        clock.nextActionAt = next;
        await saveProgress(m, clock);
      }
      return { fired, next };
    });
    await this.scheduler.schedule(scheduled);
    return result;
  }

  private async take(
    m: EntityManager,
    c: CaseEntity,
    clock: CaseDeadlineEntity,
    step: PlannedStep,
    settings: ClockSettings,
    now: Date,
    scheduled: ScheduledStep[],
    writes: FiringWrites,
  ): Promise<void> {
    const kind = clock.kind as DeadlineKind;
    const policy = policyFor(kind, settings.policies);
    if (step.step === 'act') {
      // The action writes its own events and emails: those of the steps before it go first.
      await this.write(m, c.id, writes);
      return this.actAtDue(m, c, clock, policy.atDue?.perform, now, scheduled);
    }
    if (step.step === 'remind') {
      clock.remindersSent += 1;
      // Found only after its due time (the worker was down): the breach follows, no late reminder.
      if (clock.dueAt <= now) return;
    }
    if (step.step === 'breach') {
      clock.status = 'breached';
      clock.breachedAt = clock.dueAt;
      clock.escalationLevel = 1;
      // Not a lifecycle change: the case's version stays, so no one's pending action turns stale.
      await m.query(prepared(`UPDATE cases SET overdue_since = coalesce(overdue_since, $2) WHERE id = $1`), [
        c.id,
        clock.dueAt,
      ]);
    }
    if (step.step === 'escalate') clock.escalationLevel = 2;
    if (step.step === 'lapse') {
      // No one's breach: the case is not overdue, no event, no ladder (the clock's consequence).
      clock.status = 'lapsed';
      if (lapseCloses(kind, settings.policies)) clock.closedAt = now;
    }
    const audience = audienceOf(kind, step.step, settings.policies);
    if (step.step === 'breach' || step.step === 'escalate') {
      writes.events.push({
        action: step.step === 'breach' ? 'deadline_breached' : 'deadline_escalated',
        fromStatus: null,
        toStatus: null,
        // A business's missed deadline told to the consumer is theirs to see too (Art 56.3); the rest is internal.
        visibility:
          step.step === 'breach' && audience.includes('consumer') && policy.actor === 'business'
            ? 'public'
            : 'internal',
        public: { kind, dueAt: clock.dueAt },
        detail: {
          deadlineId: clock.id,
          kind,
          dueAt: clock.dueAt,
          level: clock.escalationLevel,
          legalBasis: policy.legalBasis,
        },
        at: now,
      });
    }
    const recipients = await resolveAudiences(m, c, audience, writes.reads);
    writes.notices.push(...clockNotices(c, clock, step.step, recipients, policy));
  }

  /** Writes what the steps taken so far gathered (before an action at due, which writes its own). */
  private async write(m: EntityManager, caseId: string, writes: FiringWrites): Promise<void> {
    await appendSystemEvents(m, caseId, writes.events.splice(0));
    await this.notifier.write(m, writes.notices.splice(0));
  }

  /**
   * A clock whose running out is a lifecycle change (its policy's `atDue`, e.g. a mediation request
   * lapsing without the business's consent, Law 19 Art 61): the clock lapses and the system performs
   * the action in this transaction, with its event, clocks and emails. If the case has moved on so
   * that the action no longer applies, the clock just lapses.
   */
  private async actAtDue(
    m: EntityManager,
    c: CaseEntity,
    clock: CaseDeadlineEntity,
    action: CaseAction | undefined,
    now: Date,
    scheduled: ScheduledStep[],
  ): Promise<void> {
    clock.status = 'lapsed';
    clock.closedAt = now;
    // Written before the action, which may close the case's other clocks.
    await saveProgress(m, clock);
    if (action === undefined) return;
    const within = { manager: m, now, scheduled };
    try {
      await this.workflow.perform(c.id, action, {}, { kind: 'system' }, undefined, within);
    } catch (error) {
      // Refused by the domain before anything was written (the transaction is still sound).
      if (!(error instanceof CaseActionError)) throw error;
    }
  }
}
