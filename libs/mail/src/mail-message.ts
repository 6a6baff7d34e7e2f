export interface MailAttachment {
  filename: string;
  contentType: string;
  /** Base64, so that the message survives JSON in a queue. */
  contentBase64: string;
}

/** A rendered message, ready to send: the sending stage never re-runs business logic. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** Stable key of this message (e.g. notification id); sent as a header to make duplicates visible. */
  messageKey?: string;
}
