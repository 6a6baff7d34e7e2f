import type { CaseDeadlineEntity } from '@app/persistence';

export interface DeadlineView {
  kind: string;
  status: string;
  startedAt: Date;
  dueAt: Date;
  /** Ran out (breached), or still running past its due time a moment before the worker marks it. */
  overdue: boolean;
  /** Reminders sent before the due time. */
  remindersSent: number;
  /** 0 before the breach; 1: the responsible person and their supervisor told; 2: the department too. */
  escalationLevel: number;
  /** When it was met, cancelled, or (after a breach) answered late. */
  closedAt: Date | null;
}

export function toDeadlineView(d: CaseDeadlineEntity, now = new Date()): DeadlineView {
  const running = d.status === 'pending' || d.status === 'paused';
  return {
    kind: d.kind,
    status: d.status,
    startedAt: d.startedAt,
    dueAt: d.dueAt,
    overdue: (running && d.dueAt.getTime() <= now.getTime()) || d.status === 'breached',
    remindersSent: d.remindersSent,
    escalationLevel: d.escalationLevel,
    closedAt: d.closedAt,
  };
}
