import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cellText, COLUMNS, type Column, valueOf } from './figures';
import type { StatisticsFigures, StatisticsRow } from './types';

type SortKey = 'label' | Column;
interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

function sorted(rows: readonly StatisticsRow[], sort: Sort | null): StatisticsRow[] {
  if (sort === null) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'label') return sign * a.label.localeCompare(b.label, 'vi');
    // Unknown values (—) last whichever the direction.
    const [x, y] = [valueOf(a, sort.key), valueOf(b, sort.key)];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y);
  });
}

export interface SortableFiguresTableProps {
  caption: string;
  /** The first column's heading: what a row is (sector, month…). */
  heading: string;
  rows: readonly StatisticsRow[];
  totals?: StatisticsFigures;
  /** Where a row's cases are listed (drill-down), if the queue can filter by it. */
  linkOf?: (row: StatisticsRow) => string | undefined;
  /** The figures' columns, in order; every count, share, duration and sum by default. */
  columns?: readonly Column[];
}

/**
 * A breakdown as a real table: a caption, a header button per column to sort by it (aria-sort says
 * how), the totals at the foot. The api's order (most received first, months in order) until sorted.
 */
export function SortableFiguresTable({
  caption,
  heading,
  rows,
  totals,
  linkOf,
  columns = COLUMNS,
}: SortableFiguresTableProps) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<Sort | null>(null);
  const language = i18n.language;
  const toggle = (key: SortKey) =>
    setSort((current) =>
      current?.key === key
        ? { key, direction: current.direction === 'descending' ? 'ascending' : 'descending' }
        : { key, direction: key === 'label' ? 'ascending' : 'descending' },
    );
  const header = (key: SortKey, label: string) => (
    <th scope="col" key={key} aria-sort={sort?.key === key ? sort.direction : undefined}>
      <button type="button" className="sort-button" onClick={() => toggle(key)}>
        {label}
        <span aria-hidden="true">
          {sort?.key === key ? (sort.direction === 'ascending' ? '\u00a0▲' : '\u00a0▼') : '\u00a0↕'}
        </span>
      </button>
    </th>
  );
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="figures figures--staff">
        <caption>
          {caption}
          <span className="figures__hint">{t('staffStatistics.table.sortHint')}</span>
        </caption>
        <thead>
          <tr>
            {header('label', heading)}
            {columns.map((column) => header(column, t(`staffStatistics.column.${column}`)))}
          </tr>
        </thead>
        <tbody>
          {sorted(rows, sort).map((row) => {
            const link = linkOf?.(row);
            return (
              <tr key={row.key}>
                <th scope="row">{link ? <Link to={link}>{row.label}</Link> : row.label}</th>
                {columns.map((column) => (
                  <td key={column} className="figures__number">
                    {cellText(row, column, language)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
        {totals && (
          <tfoot>
            <tr>
              <th scope="row">{t('staffStatistics.table.total')}</th>
              {columns.map((column) => (
                <td key={column} className="figures__number">
                  {cellText(totals, column, language)}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
