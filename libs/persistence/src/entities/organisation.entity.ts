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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
