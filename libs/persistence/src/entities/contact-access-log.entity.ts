import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What a staff member viewed: a case's parties with their contact data, or one of its files. */
export type ContactAccessKind = 'case_detail' | 'file_download';

/**
 * Every view of a party's contact data by staff (issue 12 item 8; PDPL 91/2025: who processed
 * personal data, when): admins read it. Append-only; no foreign keys, so that the trail outlives
 * an erased case or a removed account.
 */
@Entity({ name: 'contact_access_log' })
@Index('ix_contact_access_log_case', ['caseId', 'id'])
@Index('ix_contact_access_log_user', ['userId', 'id'])
export class ContactAccessLogEntity {
  // Increasing with each insert: the admin list pages on it, newest first.
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_contact_access_log' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ type: 'varchar', length: 20 })
  what: ContactAccessKind;

  @Column({ name: 'file_id', type: 'uuid', nullable: true })
  fileId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
