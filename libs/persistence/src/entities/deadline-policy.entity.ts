import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * An admin's setting for one kind of legal clock. Without a row the law's default applies
 * (`DEFAULT_DEADLINE_POLICIES`); basis, actor and whether it is statutory are not editable.
 */
@Entity({ name: 'deadline_policies' })
export class DeadlinePolicyEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 20 })
  unit: string;

  @Column({ type: 'integer', nullable: true })
  amount: number | null;

  @Column({ name: 'reminder_lead_working_days', type: 'smallint' })
  reminderLeadWorkingDays: number;

  /** Working days after a breach at which the department is told; null: never. */
  @Column({ name: 'department_escalation_working_days', type: 'smallint', nullable: true })
  departmentEscalationWorkingDays: number | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
