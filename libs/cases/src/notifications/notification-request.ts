import type { MailAttachment } from '@app/mail';
import type { RecipientKind } from '@app/persistence';
import type { TemplateData, TemplateName } from './templates';

export interface Recipient {
  kind: RecipientKind;
  /** No address, no email (a consumer who filed by phone). */
  email: string | null | undefined;
  language: 'vi' | 'en';
  /** Staff: the account, for their in-app list. */
  userId?: string | null;
}

/** One email decided by a use case: who, which template, with what; rendered when written. */
export interface NotificationRequest {
  /** Stable and unique: deciding the same message twice writes it once. */
  messageKey: string;
  caseId: string | null;
  to: Recipient;
  template: TemplateName;
  data: Omit<TemplateData, 'link'> & { link?: string };
  /** The message holds a secret (an access key): its body is not kept once sent. */
  containsSecret?: boolean;
  /** Files sent with it (e.g. a session's .ics). */
  attachments?: MailAttachment[];
}
