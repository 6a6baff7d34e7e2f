// Sessions grouped by week (Monday to Sunday, Hà Nội time: UTC+7 all year, no summer time).

const HANOI_OFFSET_MS = 7 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

export interface Week<T> {
  /** Monday 00:00 Hà Nội, as an instant. */
  monday: Date;
  /** Sunday, for the heading. */
  sunday: Date;
  items: T[];
}

/** The Monday 00:00 (Hà Nội) of the week an instant falls in. */
export function mondayOf(at: Date): Date {
  const local = new Date(at.getTime() + HANOI_OFFSET_MS);
  const dayIndex = (local.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  return new Date(midnight - dayIndex * DAY_MS - HANOI_OFFSET_MS);
}

/** Items sorted by their instant and grouped by week, weeks in order. */
export function byWeek<T>(items: readonly T[], at: (item: T) => string): Week<T>[] {
  const weeks = new Map<number, Week<T>>();
  const sorted = [...items].sort((a, b) => new Date(at(a)).getTime() - new Date(at(b)).getTime());
  for (const item of sorted) {
    const monday = mondayOf(new Date(at(item)));
    const key = monday.getTime();
    const week = weeks.get(key) ?? { monday, sunday: new Date(key + 6 * DAY_MS), items: [] };
    week.items.push(item);
    weeks.set(key, week);
  }
  return [...weeks.values()];
}

/** "2026-12-15T14:30:00+07:00" from a date "2026-12-15" and a time "14:30" entered in Hà Nội time. */
export const hanoiInstant = (date: string, time: string): string => `${date}T${time}:00+07:00`;

/** The Hà Nội date ("2026-12-15") and time ("14:30") of an instant, for a form's inputs. */
export function hanoiParts(at: string): { date: string; time: string } {
  const local = new Date(new Date(at).getTime() + HANOI_OFFSET_MS).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}
