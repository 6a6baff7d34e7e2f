import { type IsoDate, type StatisticsFilters, statisticsKeyLabel, toLocalDate, VN_UTC_OFFSET_MS } from '@app/domain';
import { EXPORT_TEXT, type ExportLanguage, FILTER_LABELS, VULNERABLE_FILTER_WORDS } from './export-labels';

/** "2026-11-14" → "14/11/2026", as Vietnamese documents write dates. */
export function formatDay(day: IsoDate): string {
  return day.split('-').reverse().join('/');
}

/** "15/11/2025 – 14/11/2026". */
export function formatPeriod(period: { from: IsoDate; to: IsoDate }): string {
  return `${formatDay(period.from)} – ${formatDay(period.to)}`;
}

/** An instant as dd/mm/yyyy HH:mm in Viet Nam (UTC+7, no daylight saving). */
export function formatLocalDateTime(instant: Date): string {
  const local = new Date(instant.getTime() + VN_UTC_OFFSET_MS);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${formatDay(toLocalDate(instant))} ${hh}:${mm}`;
}

/** What the caller looked up for the filters' codes and ids (sector, commune and unit names). */
export type FilterNames = Partial<Record<keyof StatisticsFilters, string>>;

/** The filters in words, e.g. "Lĩnh vực: Thương mại điện tử; Xã, phường: Phường Phan Đình Phùng". */
export function describeFilters(filters: StatisticsFilters, language: ExportLanguage, names: FilterNames = {}): string {
  const parts: string[] = [];
  for (const key of ['sector', 'commune', 'channel', 'vulnerable', 'handlingOrg'] as const) {
    const value = filters[key];
    if (value === undefined) continue;
    let words: string;
    if (key === 'vulnerable') words = VULNERABLE_FILTER_WORDS[value ? 'true' : 'false'][language];
    else if (key === 'channel')
      words = names.channel ?? statisticsKeyLabel('channel', String(value), language) ?? String(value);
    else words = names[key] ?? String(value);
    parts.push(`${FILTER_LABELS[key][language]}: ${words}`);
  }
  return parts.length > 0 ? parts.join('; ') : EXPORT_TEXT.noFilters[language];
}

/** The download's name: thong-ke-<from>-<to>.<format>. */
export function statisticsExportFilename(period: { from: IsoDate; to: IsoDate }, format: 'csv' | 'xlsx'): string {
  return `thong-ke-${period.from}-${period.to}.${format}`;
}
