import { isUuid } from '@app/cases';

/** Position in the staff list (next due ascending, closed requests last; then first received, then id). */
export interface DataRequestCursor {
  due: string | null;
  received: string;
  id: string;
}

export function encodeDataRequestCursor(cursor: DataRequestCursor): string {
  return Buffer.from(JSON.stringify([cursor.due, cursor.received, cursor.id])).toString('base64url');
}

export function decodeDataRequestCursor(text: string): DataRequestCursor | null {
  try {
    const [due, received, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    const dueValid = due === null || (typeof due === 'string' && !Number.isNaN(Date.parse(due)));
    const receivedValid = typeof received === 'string' && !Number.isNaN(Date.parse(received));
    return dueValid && receivedValid && typeof id === 'string' && isUuid(id) ? { due, received, id } : null;
  } catch {
    return null;
  }
}
