import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { StaffRole } from '@app/domain';
import { OrganisationEntity } from './organisation.entity';

/** A staff account. Consumers and businesses have none: they use a per-case key or link. */
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Stored lower-cased; the unique index makes e-mail the login name.
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 250 })
  email: string;

  // Null until the owner sets a password through the emailed link: nothing signs in meanwhile.
  @Column({ name: 'password_hash', type: 'varchar', length: 200, nullable: true })
  passwordHash: string | null;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName: string;

  @Column({ type: 'varchar', length: 20 })
  role: StaffRole;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ name: 'is_supervisor', type: 'boolean', default: false })
  isSupervisor: boolean;

  @Column({ type: 'varchar', length: 2, default: 'vi' })
  language: 'vi' | 'en';

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Every token carries the version it was issued under: bumping it signs the account out everywhere. */
  @Column({ name: 'token_version', type: 'int', default: 0 })
  tokenVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
