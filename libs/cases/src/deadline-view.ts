import type { CaseDeadlineEntity } from '@app/persistence';

export interface DeadlineView {
  kind: string;
  status: string;
  startedAt: Date;
  dueAt: Date;
  /** Still running past its due time (the clocks issue's sweep marks it breached). */
  overdue: boolean;
}

export function toDeadlineView(d: CaseDeadlineEntity, now = new Date()): DeadlineView {
  const running = d.status === 'pending' || d.status === 'paused';
  return {
    kind: d.kind,
    status: d.status,
    startedAt: d.startedAt,
    dueAt: d.dueAt,
    overdue: (running && d.dueAt.getTime() <= now.getTime()) || d.status === 'breached',
  };
}
