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
import { UserEntity } from './user.entity';

export type ReportKind = 'annual';
export type ReportStatus = 'queued' | 'running' | 'done' | 'failed';

/**
 * A report the worker compiles (Plan 126/KH-UBND: the annual report before 15 November): its
 * period, progress and, once done, its files. The files are kept in the row (bytea) so that any api
 * replica can serve them; they are read only when downloaded.
 */
@Entity({ name: 'reports' })
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: ReportKind;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo: string;

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status: ReportStatus;

  @Column({ type: 'smallint', default: 0 })
  percent: number;

  @Index()
  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by' })
  requester?: UserEntity;

  /** Why the last attempt failed: a message for staff, never personal data. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  error: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  xlsx: Buffer | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  pdf: Buffer | null;
}
