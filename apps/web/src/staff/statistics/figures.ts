import { formatVnd } from '../../format';
import { formatShare } from '../../pages/statistics/figures-format';
import type { StatisticsFigures, StatisticsRow } from './types';

/** The counts of cases, as the department's tables and the summary list them. */
export const COUNTS = [
  'received',
  'accepted',
  'refused',
  'transferred',
  'inProgress',
  'resolved',
  'unresolved',
  'withdrawn',
] as const;

/** The columns of the department's tables: what each shows and the number it sorts by. */
export const COLUMNS = [
  ...COUNTS,
  'supportedShare',
  'resolvedSuccessShare',
  'medianDays',
  'p90Days',
  'timelyRate',
  'moneyClaimed',
  'moneyRecovered',
] as const;
/** By commune, once any population is known: complaints received per 10,000 inhabitants, after "received". */
export const COMMUNE_COLUMNS = [COLUMNS[0], 'receivedPer10k', ...COLUMNS.slice(1)] as const;
export type Column = (typeof COMMUNE_COLUMNS)[number];

/** The number behind a cell (null: nothing known), used to sort and to show. */
export function valueOf(figures: StatisticsFigures, column: Column): number | null {
  switch (column) {
    case 'receivedPer10k':
      return (figures as Partial<StatisticsRow>).receivedPer10k ?? null;
    case 'medianDays':
      return figures.daysToClosure.median;
    case 'p90Days':
      return figures.daysToClosure.p90;
    case 'timelyRate':
      return figures.businessTimelyResponse.rate;
    case 'moneyClaimed':
      return figures.moneyClaimedVnd;
    case 'moneyRecovered':
      return figures.moneyRecoveredVnd;
    default:
      return figures[column];
  }
}

const SHARES: readonly Column[] = ['supportedShare', 'resolvedSuccessShare', 'timelyRate'];
const MONEY: readonly Column[] = ['moneyClaimed', 'moneyRecovered'];

/** A cell as text: shares as %, money in VND, counts and days as numbers, "—" when nothing is known. */
export function cellText(figures: StatisticsFigures, column: Column, language: string): string {
  const value = valueOf(figures, column);
  if (value === null) return '—';
  if (SHARES.includes(column)) return formatShare(value, language);
  if (MONEY.includes(column)) return formatVnd(value, language);
  if (column === 'receivedPer10k') {
    return value.toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
  }
  return value.toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN');
}
