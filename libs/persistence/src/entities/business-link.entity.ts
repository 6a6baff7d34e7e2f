import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { BusinessLinkPurpose } from '@app/domain';
import { CaseEntity } from './case.entity';

/** The secure link a business answers through: per case, expiring, revocable; only its hash is kept. */
@Entity({ name: 'business_links' })
export class BusinessLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  // What the link serves now: negotiation, result_report (Art 57.5, after the negotiation) or mediation.
  @Column({ type: 'varchar', length: 20, default: 'negotiation' })
  purpose: BusinessLinkPurpose;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
