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
import type { WarningKind, WarningStatus } from '@app/domain';
import { UserEntity } from './user.entity';

/**
 * A public warning about a business (Decree 55/2024 Art 24.3 spirit; Plan 126 "inform and warn
 * consumers"): proposed by staff, approved by a supervisor, public for 30 days, then archived.
 * Only the business, the kind, the summary and the counts are ever published; the case ids are internal.
 */
@Entity({ name: 'business_warnings' })
@Index('ix_business_warnings_status', ['status', 'expiresAt'])
export class BusinessWarningEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'business_name', type: 'varchar', length: 250 })
  businessName: string;

  @Index()
  @Column({ name: 'tax_code', type: 'varchar', length: 14 })
  taxCode: string;

  @Column({ type: 'varchar', length: 40 })
  kind: WarningKind;

  // Staff-written text for the public, checked for a consumer's contact data when proposed.
  @Column({ type: 'varchar', length: 1000 })
  summary: string;

  /** Closed resolved or unresolved cases against the business (its tax code) when proposed. */
  @Column({ name: 'substantiated_count', type: 'integer' })
  substantiatedCount: number;

  @Column({ name: 'resolved_count', type: 'integer' })
  resolvedCount: number;

  @Column({ name: 'unresolved_count', type: 'integer' })
  unresolvedCount: number;

  // The cases behind the counts: internal only, never published.
  @Column({ name: 'case_ids', type: 'uuid', array: true, default: () => "'{}'" })
  caseIds: string[];

  @Column({ type: 'varchar', length: 12, default: 'proposed' })
  status: WarningStatus;

  @Column({ name: 'proposed_by', type: 'uuid' })
  proposedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by' })
  proposer?: UserEntity;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by' })
  decider?: UserEntity;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** Why it was rejected (or a note on the approval). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
