import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The free text of a timeline event (what someone wrote), kept outside the append-only case_events so
 * that erasure can clear it: the event holds `{ "$text": id }` in its place (issue 12 item 11).
 */
@Entity({ name: 'case_texts' })
@Index('ix_case_texts_case', ['caseId'])
export class CaseTextEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  /** NULL once erased. */
  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
