import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CaseEntity } from './case.entity';

/**
 * Where a complaint can be found again by the possible-duplicate check: one row per (consumer id ×
 * business id) pair of the domain's duplicateKeys, hashed (SHA-256) so that no contact data is
 * repeated here. The check reads at most one row per key of the new complaint, however many
 * complaints the same person has filed.
 */
@Entity({ name: 'complaint_keys' })
@Index('ix_complaint_keys_recent', ['keyHash', 'submittedAt'])
// Erasure and retention remove a case's keys by case.
@Index('ix_complaint_keys_case', ['caseId'])
export class ComplaintKeyEntity {
  @PrimaryColumn({ name: 'key_hash', type: 'char', length: 64 })
  keyHash: string;

  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}
