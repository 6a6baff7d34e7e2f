import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from './case.entity';

export type DataRequestRowKind = 'erasure' | 'restriction' | 'objection' | 'other';
export type DataRequestRowStatus = 'received' | 'answered' | 'completed' | 'refused';

/**
 * A request of the consumer about their personal data (Law 91/2025/QH15 Art 4): when it came, the
 * two clocks (first answer, completion) and the decision. The text is the consumer's own and stays
 * here, never in the append-only timeline.
 */
@Entity({ name: 'data_requests' })
// The staff list: open requests with the nearest clock first.
@Index('ix_data_requests_due', ['nextDueAt', 'id'])
@Index('ix_data_requests_case', ['caseId'])
export class DataRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_data_requests' })
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_data_requests_case' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 12 })
  kind: DataRequestRowKind;

  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'answer_due_at', type: 'timestamptz' })
  answerDueAt: Date;

  @Column({ name: 'complete_due_at', type: 'timestamptz' })
  completeDueAt: Date;

  /** The clock running now: the answer's, then the completion's once answered; null once closed. */
  @Column({ name: 'next_due_at', type: 'timestamptz', nullable: true })
  nextDueAt: Date | null;

  @Column({ type: 'varchar', length: 10, default: 'received' })
  status: DataRequestRowStatus;

  @Column({ type: 'varchar', length: 10, nullable: true })
  decision: 'answered' | 'completed' | 'refused' | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  // No foreign key: the decision stays on record after the account is removed.
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The reminder steps sent to the handling unit on its clocks (libs/domain data-request-reminders), each once. */
  @Column({ name: 'reminders_sent', type: 'varchar', length: 20, array: true, default: () => "'{}'" })
  remindersSent: string[];
}
