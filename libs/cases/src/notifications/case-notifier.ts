import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import type { NotificationRequest } from './notification-request';
import { render } from './templates';

/** A notifications row as written: rendered, queued. */
export interface NotificationRow {
  id: string;
  message_key: string;
  case_id: string | null;
  recipient_kind: string;
  recipient_user_id: string | null;
  recipient_email: string;
  language: string;
  template: string;
  subject: string;
  body_text: string;
  body_html: string;
  contains_secret: boolean;
  /** JSON text of the attachments (jsonb), or null. */
  attachments: string | null;
}

export const NOTIFICATION_COLUMNS = [
  'id',
  'message_key',
  'case_id',
  'recipient_kind',
  'recipient_user_id',
  'recipient_email',
  'language',
  'template',
  'subject',
  'body_text',
  'body_html',
  'contains_secret',
  'attachments',
] as const;

/** Links that open something by themselves: a business link, or a page with a key or token in its fragment. */
const SECRET_LINK = /\/business\/|#(?:key|token)=/;

/**
 * Whether an email holds a secret (an access key, a link token): then its body is not kept once it
 * is sent or has finally failed. Decided from what it carries, so a new template cannot forget it.
 */
export function carriesSecret(request: NotificationRequest, link: string): boolean {
  return (
    request.containsSecret === true ||
    (request.data as { accessKey?: unknown }).accessKey !== undefined ||
    SECRET_LINK.test(link)
  );
}

/**
 * Decides and renders case emails into the notifications table inside the caller's transaction
 * (the outbox). Nothing is to be done after commit: the table's trigger wakes the worker, which
 * claims and sends what is queued (apps/worker/src/notifications), and a rolled-back change sends nothing.
 */
@Injectable()
export class CaseNotifier {
  constructor(private readonly config: AppConfig) {}

  consumerLink(trackingCode: string): string {
    return `${this.config.publicBaseUrl}/complaints/${trackingCode}`;
  }

  surveyLink(trackingCode: string): string {
    return `${this.consumerLink(trackingCode)}/rating`;
  }

  businessLink(token: string): string {
    return `${this.config.publicBaseUrl}/business/${token}`;
  }

  staffCaseLink(caseId: string): string {
    return `${this.config.publicBaseUrl}/staff/cases/${caseId}`;
  }

  /** Rendered rows, one per request with an address (ids made here, so a statement can return them). */
  rows(requests: readonly NotificationRequest[]): NotificationRow[] {
    const seen = new Set<string>();
    const rows: NotificationRow[] = [];
    for (const request of requests) {
      const email = request.to.email?.trim();
      if (!email || seen.has(request.messageKey)) continue;
      seen.add(request.messageKey);
      const link = request.data.link ?? this.defaultLink(request);
      const rendered = render(request.template, request.to.language, { ...request.data, link });
      rows.push({
        id: crypto.randomUUID(),
        message_key: request.messageKey,
        case_id: request.caseId,
        recipient_kind: request.to.kind,
        recipient_user_id: request.to.userId ?? null,
        recipient_email: email,
        language: request.to.language,
        template: request.template,
        subject: rendered.subject,
        body_text: rendered.text,
        body_html: rendered.html,
        contains_secret: carriesSecret(request, link),
        attachments: request.attachments?.length ? JSON.stringify(request.attachments) : null,
      });
    }
    return rows;
  }

  /** Writes the notifications in the caller's transaction; returns the ids written (not those decided before). */
  async write(m: EntityManager, requests: readonly NotificationRequest[]): Promise<string[]> {
    const rows = this.rows(requests);
    if (rows.length === 0) return [];
    const values: unknown[] = [];
    const tuples = rows.map((row) => {
      const placeholders = NOTIFICATION_COLUMNS.map((column) => {
        values.push(row[column]);
        return `$${values.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    const written = await m.query<{ id: string }[]>(
      `INSERT INTO notifications (${NOTIFICATION_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}
       ON CONFLICT (message_key) DO NOTHING RETURNING id`,
      values,
    );
    return written.map((row) => row.id);
  }

  private defaultLink(request: NotificationRequest): string {
    if (request.to.kind === 'staff' && request.caseId) return this.staffCaseLink(request.caseId);
    if (request.to.kind === 'consumer') return this.consumerLink(request.data.trackingCode);
    return '';
  }
}
