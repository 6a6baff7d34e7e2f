import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { encryptedText } from '../crypto/encrypted-columns';
import { bigintAsNumber } from './column-transformers';
import { CommuneEntity } from './commune.entity';
import { OrganisationEntity } from './organisation.entity';
import { SectorEntity } from './sector.entity';
import { UserEntity } from './user.entity';

/**
 * A complaint case. Everything statistics group by (status, sector, commune, channel, outcome,
 * vulnerability, amounts, stage times) is a plain column; personal data lives in case_parties.
 */
@Entity({ name: 'cases' })
@Index('ix_cases_queue', ['status', 'priority', 'nextDueAt'])
// Partial expression indexes of the mediation queues, created by migration MediationQueueIndexes;
// declared here so that the schema-drift check leaves them alone.
@Index('ix_cases_mediator_queue', { synchronize: false })
@Index('ix_cases_mediation_org_queue', { synchronize: false })
@Index('ix_cases_mediation_unassigned', { synchronize: false })
// The open data's (closed_at, id) of published closed cases, created by migration OpenDataIndex.
@Index('ix_cases_open_data', { synchronize: false })
// The staff case list's indexes, created by migrations StaffCaseListIndexes and CaseListFilterIndexes.
@Index('ix_cases_staff_list', { synchronize: false })
@Index('ix_cases_unit_list', { synchronize: false })
@Index('ix_cases_status_list', { synchronize: false })
@Index('ix_cases_sector_list', { synchronize: false })
@Index('ix_cases_commune_list', { synchronize: false })
@Index('ix_cases_overdue_marked', { synchronize: false })
@Index('ix_cases_running_due', { synchronize: false })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ name: 'tracking_code', type: 'varchar', length: 24 })
  trackingCode: string;

  // The Idempotency-Key of the intake request, as a scoped SHA-256 digest (never the key itself):
  // a retry finds the case instead of adding one, for 24 hours; then the digest is cleared.
  @Index({ unique: true, where: 'idempotency_key IS NOT NULL' })
  @Column({ name: 'idempotency_key', type: 'varchar', length: 120, nullable: true })
  idempotencyKey: string | null;

  // SHA-256 of the canonical request body the key was first used with: another body gets 422.
  @Column({ name: 'idempotency_body_hash', type: 'varchar', length: 64, nullable: true })
  idempotencyBodyHash: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: string;

  // Where provide_info returns to while the case waits on the consumer.
  @Column({ name: 'resume_status', type: 'varchar', length: 20, nullable: true })
  resumeStatus: string | null;

  @Index()
  @Column({ type: 'varchar', length: 20 })
  channel: string;

  @Index()
  @Column({ name: 'sector_code', type: 'varchar', length: 40 })
  sectorCode: string;

  @ManyToOne(() => SectorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_code' })
  sector?: SectorEntity;

  @Index()
  @Column({ name: 'commune_code', type: 'varchar', length: 5 })
  communeCode: string;

  @ManyToOne(() => CommuneEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_code' })
  commune?: CommuneEntity;

  @Index()
  @Column({ name: 'handling_org_id', type: 'uuid', nullable: true })
  handlingOrgId: string | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'handling_org_id' })
  handlingOrg?: OrganisationEntity;

  @Index()
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: UserEntity;

  // Art 54.2: negotiation and mediation barred; transfer is the way forward.
  @Column({ type: 'boolean', default: false })
  barred: boolean;

  /** Everything else the lifecycle keeps (requests, proposals, records), as the domain's CaseState. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  lifecycle: Record<string, unknown>;

  // Only a hash of the consumer's access key is kept; the key itself is shown once and emailed.
  @Column({ name: 'access_key_hash', type: 'varchar', length: 64 })
  accessKeyHash: string;

  @Index()
  @Column({ name: 'mediation_org_id', type: 'uuid', nullable: true })
  mediationOrgId: string | null;

  @Index()
  @Column({ name: 'mediator_id', type: 'uuid', nullable: true })
  mediatorId: string | null;

  // A complaint by the same consumer against the same business within 30 days.
  @Column({ name: 'possible_duplicate_of', type: 'uuid', nullable: true })
  possibleDuplicateOf: string | null;

  @Column({ name: 'data_consent_at', type: 'timestamptz' })
  dataConsentAt: Date;

  @Column({ name: 'data_consent_version', type: 'varchar', length: 20 })
  dataConsentVersion: string;

  @Column({ name: 'publication_consent', type: 'boolean', default: false })
  publicationConsent: boolean;

  @Column({ name: 'business_contacted_at', type: 'date', nullable: true })
  businessContactedAt: string | null;

  // Free text the consumer wrote: encrypted at rest (libs/persistence/src/crypto).
  @Column({
    name: 'business_contact_answer',
    type: 'text',
    nullable: true,
    transformer: encryptedText('cases.business_contact_answer'),
  })
  businessContactAnswer: string | null;

  @Column({ type: 'smallint', nullable: true })
  rating: number | null;

  // Free text the consumer wrote: encrypted at rest.
  @Column({ name: 'rating_comment', type: 'text', nullable: true, transformer: encryptedText('cases.rating_comment') })
  ratingComment: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  // Higher first in queues; vulnerable consumers (Law 19 Art 8.2.đ) get priority 1.
  @Column({ type: 'smallint', default: 0 })
  priority: number;

  @Index()
  @Column({ type: 'boolean', default: false })
  vulnerable: boolean;

  @Column({ type: 'varchar', length: 300 })
  product: string;

  @Column({ name: 'purchase_date', type: 'date', nullable: true })
  purchaseDate: string | null;

  @Column({ name: 'purchase_channel', type: 'varchar', length: 20 })
  purchaseChannel: string;

  @Column({ name: 'amount_vnd', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  amountVnd: number | null;

  // The consumer's narrative (may reveal health or family matters): encrypted at rest.
  @Column({ type: 'text', transformer: encryptedText('cases.description') })
  description: string;

  @Column({ name: 'desired_resolutions', type: 'varchar', length: 30, array: true, default: () => "'{}'" })
  desiredResolutions: string[];

  @Index()
  @Column({ type: 'varchar', length: 30, nullable: true })
  outcome: string | null;

  @Column({ name: 'amount_recovered_vnd', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  amountRecoveredVnd: number | null;

  @Column({ type: 'varchar', length: 2, default: 'vi' })
  language: 'vi' | 'en';

  @Index()
  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ name: 'consultation_at', type: 'timestamptz', nullable: true })
  consultationAt: Date | null;

  @Column({ name: 'negotiation_at', type: 'timestamptz', nullable: true })
  negotiationAt: Date | null;

  @Column({ name: 'mediation_at', type: 'timestamptz', nullable: true })
  mediationAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'next_due_at', type: 'timestamptz', nullable: true })
  nextDueAt: Date | null;

  /** Since when a legal clock of the case has run out and is still not met; null when none. */
  @Column({ name: 'overdue_since', type: 'timestamptz', nullable: true })
  overdueSince: Date | null;

  /** Flagged for staff attention (e.g. 'settlement_not_performed'), and since when. */
  @Column({ name: 'attention_reason', type: 'varchar', length: 40, nullable: true })
  attentionReason: string | null;

  @Column({ name: 'attention_since', type: 'timestamptz', nullable: true })
  attentionSince: Date | null;

  /** An accepted erasure request (Law 91/2025 Art 4): the data is erased when the file may be closed. */
  @Column({ name: 'erasure_requested_at', type: 'timestamptz', nullable: true })
  erasureRequestedAt: Date | null;

  /** When the case's personal data was replaced by tombstones (on request or by the retention policy); never reopened after. */
  @Column({ name: 'personal_data_erased_at', type: 'timestamptz', nullable: true })
  personalDataErasedAt: Date | null;

  @VersionColumn({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
