import { formatDateTime } from '@app/cases';

// Records are dated in Vietnam's time zone, whatever the server's.
const HANOI_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** "05/12/2026". */
export const formatDay = (date: Date): string => HANOI_DAY.format(date);

/** "09:00 ngày 20/11/2026" (as in the case emails). */
export const formatTime = (date: Date): string => formatDateTime(date, 'vi') ?? '';

/** "Thái Nguyên, ngày 20 tháng 11 năm 2026", the place and date line of an official record. */
export function placeAndDate(date: Date): string {
  const [day, month, year] = formatDay(date).split('/');
  return `Thái Nguyên, ngày ${day} tháng ${month} năm ${year}`;
}
