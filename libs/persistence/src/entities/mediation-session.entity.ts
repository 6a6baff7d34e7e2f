import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CaseEntity } from './case.entity';

export type SessionMode = 'in_person' | 'online';
export type SessionStatus = 'scheduled' | 'cancelled' | 'held';

/** Who attended a session, recorded by the mediator. */
export interface SessionAttendance {
  consumer: boolean;
  business: boolean;
  interpreter?: boolean;
  others?: string | null;
}

/** One mediation session. Attendance and minutes are confidential (Law 19 Art 62.2). */
@Entity({ name: 'mediation_sessions' })
@Index('ix_mediation_sessions_case', ['caseId', 'startsAt'])
export class MediationSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 10 })
  mode: SessionMode;

  @Column({ type: 'varchar', length: 300, nullable: true })
  place: string | null;

  @Column({ name: 'online_url', type: 'varchar', length: 500, nullable: true })
  onlineUrl: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'duration_minutes', type: 'smallint' })
  durationMinutes: number;

  @Column({ type: 'varchar', length: 12, default: 'scheduled' })
  status: SessionStatus;

  /** iCalendar SEQUENCE: raised by each reschedule or cancellation sent to the parties. */
  @Column({ name: 'ics_sequence', type: 'integer', default: 0 })
  icsSequence: number;

  @Column({ type: 'jsonb', nullable: true })
  attendance: SessionAttendance | null;

  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
