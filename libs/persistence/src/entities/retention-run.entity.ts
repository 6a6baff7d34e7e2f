import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One run of the retention job (issue 12 item 12; Law 91/2025/QH15 Art 3, storage limitation): when
 * it ran, how many items of each kind it anonymised or deleted, and the error that stopped it, if
 * any. The admin report reads the last runs. No personal data here, only counts.
 */
@Entity({ name: 'retention_runs' })
@Index('ix_retention_runs_started', ['startedAt'])
export class RetentionRunEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_retention_runs' })
  id: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Per retention kind, how many items were handled (cases erased, files deleted, rows cleared…). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  counts: Record<string, number>;

  /** A short code or message, never personal data. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  error: string | null;
}
