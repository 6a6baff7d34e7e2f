import { isUuid } from '@app/cases';

/** Position in the queue order (priority desc, next due asc with none last, id asc). */
export interface CaseCursor {
  priority: number;
  due: string; // ISO instant, or 'infinity' when the case has no running deadline
  id: string;
}

export function encodeCursor(cursor: CaseCursor): string {
  return Buffer.from(JSON.stringify([cursor.priority, cursor.due, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string): CaseCursor | null {
  try {
    const [priority, due, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    const valid =
      Number.isInteger(priority) &&
      typeof due === 'string' &&
      (due === 'infinity' || !Number.isNaN(Date.parse(due))) &&
      typeof id === 'string' &&
      isUuid(id);
    return valid ? { priority: priority as number, due, id } : null;
  } catch {
    return null;
  }
}
