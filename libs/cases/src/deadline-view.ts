import { isDutyKind, type WorkingDays, workingDaysLeft } from '@app/domain';
import type { CaseDeadlineEntity } from '@app/persistence';

export interface DeadlineView {
  kind: string;
  status: string;
  startedAt: Date;
  dueAt: Date;
  /**
   * A duty that ran out and is still not met (breached and open), or still running past its due
   * time a moment before the worker marks it. Never once met, even late, nor for a clock that is no
   * one's duty (a follow-up or a reminder: it lapses).
   */
  overdue: boolean;
  /** Reminders sent before the due time. */
  remindersSent: number;
  /** 0 before the breach; 1: the responsible person and their supervisor told; 2: the department too. */
  escalationLevel: number;
  /** When it was met, cancelled, or (after a breach) answered late. */
  closedAt: Date | null;
  /**
   * Working days from today to the due day ("còn N ngày làm việc"): 0 on the due day, negative once
   * past. Present only when a working-day calendar was given (the consumer's view).
   */
  workingDaysLeft?: number;
}

/** `calendar`: the working-day calendar in force (ClockSettingsService.current().calendar), to count the days left. */
export function toDeadlineView(d: CaseDeadlineEntity, now = new Date(), calendar?: WorkingDays): DeadlineView {
  const running = d.status === 'pending' || d.status === 'paused';
  const late = (running && d.dueAt.getTime() <= now.getTime()) || (d.status === 'breached' && d.closedAt === null);
  return {
    kind: d.kind,
    status: d.status,
    startedAt: d.startedAt,
    dueAt: d.dueAt,
    overdue: isDutyKind(d.kind) && late,
    remindersSent: d.remindersSent,
    escalationLevel: d.escalationLevel,
    closedAt: d.closedAt,
    ...(calendar ? { workingDaysLeft: workingDaysLeft(calendar, now, d.dueAt) } : {}),
  };
}
