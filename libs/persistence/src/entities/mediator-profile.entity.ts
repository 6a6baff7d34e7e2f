import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/** A business a mediator declared a tie to (a conflict of interest): by tax code or by name. */
export interface MediatorTie {
  taxCode?: string | null;
  name?: string | null;
  note?: string | null;
}

/**
 * A mediator's qualifications (Law 19 Art 64.2), as declared and then verified by their
 * organisation's admin, and what assignment needs: languages (Art 64.3), sectors, ties, capacity.
 */
@Entity({ name: 'mediator_profiles' })
export class MediatorProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'vietnamese_citizen', type: 'boolean', default: false })
  vietnameseCitizen: boolean;

  @Column({ name: 'full_civil_capacity', type: 'boolean', default: false })
  fullCivilCapacity: boolean;

  /** Date of the attestation of good ethics and reputation. */
  @Column({ name: 'reputation_attested_on', type: 'date', nullable: true })
  reputationAttestedOn: string | null;

  /** Mediation-skills training: certificate number and date. */
  @Column({ name: 'mediation_training_certificate', type: 'varchar', length: 120, nullable: true })
  mediationTrainingCertificate: string | null;

  @Column({ name: 'mediation_training_on', type: 'date', nullable: true })
  mediationTrainingOn: string | null;

  /** Consumer-protection law training: certificate date. */
  @Column({ name: 'consumer_law_training_on', type: 'date', nullable: true })
  consumerLawTrainingOn: string | null;

  /** Not being prosecuted, no unexpunged conviction: the date of the judicial-record certificate. */
  @Column({ name: 'judicial_record_on', type: 'date', nullable: true })
  judicialRecordOn: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'verified_by', type: 'uuid', nullable: true })
  verifiedById: string | null;

  /** Language codes the mediator works in ('vi', 'en', ethnic-minority languages such as 'tay'). */
  @Column({ type: 'varchar', length: 30, array: true, default: () => `'{vi}'` })
  languages: string[];

  /** Sector codes of expertise. */
  @Column({ type: 'varchar', length: 40, array: true, default: () => `'{}'` })
  sectors: string[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  ties: MediatorTie[];

  @Column({ name: 'max_open_cases', type: 'smallint', default: 10 })
  maxOpenCases: number;

  /** Taking new cases. */
  @Column({ type: 'boolean', default: true })
  accepting: boolean;

  /** Shown on the public list (no contact details there, Art 63.2). */
  @Column({ name: 'public_profile', type: 'varchar', length: 500, nullable: true })
  publicProfile: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
