import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { BreachDataCategory, BreachReminderStep } from '@app/domain/personal-data';

/**
 * The personal-data breach register (issue 12 item 13; Law 91/2025/QH15 Art 23: the authority is
 * told within 72 hours of discovery). Written by admins; no foreign keys, so that the register
 * outlives an erased case or a removed account, as a legal record must.
 */
@Entity({ name: 'data_breaches' })
export class DataBreachEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_data_breaches' })
  id: string;

  /** When the breach was found: the 72 hours run from here. */
  @Column({ name: 'discovered_at', type: 'timestamptz' })
  discoveredAt: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ type: 'varchar', length: 4000 })
  description: string;

  @Column({ name: 'data_categories', type: 'varchar', length: 40, array: true })
  dataCategories: BreachDataCategory[];

  /** Roughly how many people are affected; null while unknown. */
  @Column({ name: 'approximate_people', type: 'integer', nullable: true })
  approximatePeople: number | null;

  @Column({ name: 'case_ids', type: 'uuid', array: true, default: () => "'{}'" })
  caseIds: string[];

  @Column({ type: 'varchar', length: 4000, nullable: true })
  consequences: string | null;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  measures: string | null;

  @Column({ name: 'authority_notified_at', type: 'timestamptz', nullable: true })
  authorityNotifiedAt: Date | null;

  /** The authority's reference of the notice (or the dispatch number). */
  @Column({ name: 'authority_reference', type: 'varchar', length: 200, nullable: true })
  authorityReference: string | null;

  @Column({ name: 'subjects_notified_at', type: 'timestamptz', nullable: true })
  subjectsNotifiedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** The last reminder the admins were sent (libs/domain BREACH_REMINDER_STEPS): each is sent once. */
  @Column({ name: 'last_reminder', type: 'varchar', length: 20, nullable: true })
  lastReminder: BreachReminderStep | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
