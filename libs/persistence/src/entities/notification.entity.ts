import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from './case.entity';
import { UserEntity } from './user.entity';

export type NotificationStatus = 'queued' | 'sent' | 'failed';
// `authority`: the organisation a case is transferred to (Law 19 Art 11.3).
export type RecipientKind = 'consumer' | 'business' | 'staff' | 'authority';

/**
 * One email to one recipient, rendered when decided. Written in the transaction of the change
 * that causes it (the outbox): the worker claims it when due, sends it and records the result
 * (apps/worker/src/notifications). `message_key` makes deciding twice harmless.
 */
@Entity({ name: 'notifications' })
@Index('ix_notifications_recipient', ['recipientUserId', 'createdAt'])
@Index('ix_notifications_due', ['nextAttemptAt'], { where: `status = 'queued'` })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ name: 'message_key', type: 'varchar', length: 200 })
  messageKey: string;

  @Index()
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne(() => CaseEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ name: 'recipient_kind', type: 'varchar', length: 12 })
  recipientKind: RecipientKind;

  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_user_id' })
  recipientUser?: UserEntity;

  @Column({ name: 'recipient_email', type: 'varchar', length: 250 })
  recipientEmail: string;

  @Column({ type: 'varchar', length: 2 })
  language: 'vi' | 'en';

  @Column({ type: 'varchar', length: 60 })
  template: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  /** Null once sent when the message carried a secret (an access key): it is not kept. */
  @Column({ name: 'body_text', type: 'text', nullable: true })
  bodyText: string | null;

  @Column({ name: 'body_html', type: 'text', nullable: true })
  bodyHtml: string | null;

  /** Files sent with the message (e.g. a session's .ics), base64. */
  @Column({ type: 'jsonb', nullable: true })
  attachments: { filename: string; contentType: string; contentBase64: string }[] | null;

  @Column({ name: 'contains_secret', type: 'boolean', default: false })
  containsSecret: boolean;

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status: NotificationStatus;

  @Column({ type: 'smallint', default: 0 })
  attempts: number;

  /** When a queued row may be claimed: a claim moves it a lease ahead, a failed attempt by the backoff. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'varchar', length: 200, nullable: true })
  lastError: string | null;

  @Column({ name: 'message_id', type: 'varchar', length: 300, nullable: true })
  messageId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
