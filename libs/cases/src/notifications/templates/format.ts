import type { Language } from './template-types';

// Legal clocks and meetings are in Vietnam's time zone, whatever the server's (domain.md §5).
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const LOCAL_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const ENGLISH_MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long' });

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localTime(date: Date): LocalTime {
  // One formatting per date (each is costly: a breach's emails format several dates each).
  const parts = LOCAL_PARTS.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

const two = (n: number): string => String(n).padStart(2, '0');

function day(t: LocalTime, language: Language): string {
  if (language === 'vi') return `${two(t.day)}/${two(t.month)}/${t.year}`;
  return `${t.day} ${ENGLISH_MONTH.format(Date.UTC(2000, t.month - 1, 1))} ${t.year}`;
}

function clock(t: LocalTime, language: Language): string {
  const hm = `${two(t.hour)}:${two(t.minute)}`;
  return language === 'vi' ? `${hm} ngày ${day(t, language)}` : `${hm}, ${day(t, language)}`;
}

const isValid = (date: Date | undefined): date is Date => date instanceof Date && !Number.isNaN(date.getTime());

/** A meeting time in Hanoi: vi "14:30 ngày 02/03/2026", en "14:30, 2 March 2026"; nothing if invalid. */
export function formatDateTime(date: Date | undefined, language: Language): string | undefined {
  return isValid(date) ? clock(localTime(date), language) : undefined;
}

/**
 * A due instant in Hanoi. A day ends at 24:00 (Civil Code Art 148), stored as 00:00 of the next
 * day: it reads as the end of the day before, vi "hết ngày 02/03/2026", en "end of 2 March 2026".
 */
export function formatDue(date: Date | undefined, language: Language): string | undefined {
  if (!isValid(date)) return undefined;
  const t = localTime(date);
  if (t.hour !== 0 || t.minute !== 0 || t.second !== 0) return clock(t, language);
  const lastDay = day(localTime(new Date(date.getTime() - 1000)), language);
  return language === 'vi' ? `hết ngày ${lastDay}` : `end of ${lastDay}`;
}
