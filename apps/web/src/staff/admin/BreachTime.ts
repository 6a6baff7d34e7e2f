// The breach register's instants: typed as Hà Nội wall time (datetime-local), sent with +07:00.

const HANOI = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Now as a datetime-local value in Hà Nội ("2026-12-05T09:30"). */
export const hanoiNow = (now = new Date()): string => HANOI.format(now).replace(' ', 'T');

/** A datetime-local value → an instant with Hà Nội's offset; null when it is not one. */
export function fromHanoiLocal(value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00+07:00` : null;
}
