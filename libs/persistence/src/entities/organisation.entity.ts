import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationKind } from '@app/domain';
import { CommuneEntity } from './commune.entity';

/** A body a case can pass through: the department, the association, mediation organisations, authorities, commune committees. */
@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 250 })
  name: string;

  @Index()
  @Column({ type: 'varchar', length: 30 })
  kind: OrganisationKind;

  @Column({ name: 'commune_code', type: 'varchar', length: 5, nullable: true })
  communeCode: string | null;

  @ManyToOne(() => CommuneEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_code' })
  commune?: CommuneEntity;

  @Column({ type: 'varchar', length: 250, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Column({ name: 'has_seal', type: 'boolean', default: false })
  hasSeal: boolean;

  /** For mediation: Law 19 Art 63.1 (a) social organisations, (b) commercial mediation centres, (c) others by law. */
  @Column({ name: 'mediation_type', type: 'varchar', length: 1, nullable: true })
  mediationType: 'a' | 'b' | 'c' | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 250, nullable: true })
  website: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
