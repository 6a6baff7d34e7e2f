import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The government's announcement for one year (days off, swapped working days), as admins entered it. */
@Entity({ name: 'calendar_years' })
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ name: 'days_off', type: 'jsonb' })
  daysOff: string[];

  @Column({ name: 'working_days', type: 'jsonb' })
  workingDays: string[];

  /** Where the table comes from (e.g. the announcement's number). */
  @Column({ type: 'varchar', length: 300, default: '' })
  source: string;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
