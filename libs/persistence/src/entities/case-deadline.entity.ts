import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from './case.entity';

/** `lapsed`: a clock that is no one's duty ran out (a follow-up asked, a reminder-only period ended). */
export type DeadlineRowStatus = 'pending' | 'paused' | 'met' | 'breached' | 'cancelled' | 'lapsed';

/** One legal clock of a case (Law 19 Arts 31, 57, 66; policies): Postgres is its source of truth. */
@Entity({ name: 'case_deadlines' })
@Index('ix_case_deadlines_open_due', ['status', 'dueAt'])
@Index('ix_case_deadlines_next_action', ['nextActionAt'], { where: 'next_action_at IS NOT NULL' })
export class CaseDeadlineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 12 })
  status: DeadlineRowStatus;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'paused_at', type: 'timestamptz', nullable: true })
  pausedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'reminders_sent', type: 'smallint', default: 0 })
  remindersSent: number;

  @Column({ name: 'escalation_level', type: 'smallint', default: 0 })
  escalationLevel: number;

  /** When the clock next needs attention (reminder, breach, escalation); null when nothing is left to do. */
  @Column({ name: 'next_action_at', type: 'timestamptz', nullable: true })
  nextActionAt: Date | null;

  @Column({ name: 'breached_at', type: 'timestamptz', nullable: true })
  breachedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
