import { isUuid } from '@app/cases';

/** Position in newest-first order: (created_at, id). */
export interface NotificationCursor {
  at: string;
  id: string;
}

export function encodeNotificationCursor(cursor: NotificationCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

export function decodeNotificationCursor(text: string): NotificationCursor | null {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    const valid = typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && isUuid(id);
    return valid ? { at, id } : null;
  } catch {
    return null;
  }
}
