import { isUuid } from '@app/cases';

/**
 * Position after the last row of a page in the queue order shared by the staff case list and the
 * mediation queues: priority descending, then the next due time (none last), then id.
 */
export interface QueueKey {
  priority: number;
  /** The next due time to the microsecond (UTC, `YYYY-MM-DDTHH:MM:SS.ffffffZ`), or 'infinity' when none. */
  due: string;
  id: string;
}

// The due time travels at PostgreSQL's precision (microseconds): a JS Date would round it and a
// page boundary could then repeat or skip a row.
const DUE = /^(infinity|[12]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)$/;

/** True when the date and time exist (V8 accepts 30 February; PostgreSQL would refuse it). */
function isRealInstant(due: string): boolean {
  const ms = Date.parse(due);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 19) === due.slice(0, 19);
}

export function encodeQueueCursor(key: QueueKey): string {
  return Buffer.from(JSON.stringify([key.priority, key.due, key.id])).toString('base64url');
}

export function decodeQueueCursor(text: string): QueueKey | null {
  try {
    const [priority, due, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    const valid =
      Number.isInteger(priority) &&
      Math.abs(priority as number) <= 32_767 &&
      typeof due === 'string' &&
      DUE.test(due) &&
      (due === 'infinity' || isRealInstant(due)) &&
      typeof id === 'string' &&
      isUuid(id);
    return valid ? { priority: priority as number, due, id } : null;
  } catch {
    return null;
  }
}
