import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart, type ChartSeries } from './charts/BarChart';
import { chartValue } from './figures-format';
import { FiguresTable } from './FiguresTable';
import type { PublicBreakdown, PublicRow } from './types';

/** Breakdowns drawn as a chart as well as a table; the communes (many rows) as a table only. */
const CHARTED: Readonly<Record<PublicBreakdown, boolean>> = {
  month: true,
  sector: true,
  channel: true,
  outcome: true,
  commune: false,
};

/**
 * A category's name in a chart: a month as its number (the axis says "Month"), and "(< 5)" added
 * where the count is withheld, since no bar is drawn (a no-break space keeps it whole).
 */
function chartCategory(by: PublicBreakdown, row: PublicRow): string {
  const name = by === 'month' ? String(Number(row.key.slice(5, 7))) : row.label;
  return row.received === '< 5' ? `${name} (<\u00a05)` : name;
}

/** One breakdown of the year's complaints: its heading, a sentence, a chart, and always its table. */
export function Breakdown({ by, rows }: { by: PublicBreakdown; rows: PublicRow[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const title = t(`statistics.breakdown.${by}.title`);
  const series: ChartSeries[] =
    by === 'month'
      ? [
          { label: t('statistics.column.received'), values: rows.map((r) => chartValue(r.received)) },
          { label: t('statistics.column.resolved'), values: rows.map((r) => chartValue(r.resolved)) },
        ]
      : [{ label: t('statistics.column.received'), values: rows.map((r) => chartValue(r.received)) }];
  return (
    <section aria-labelledby={headingId} className="stat-block">
      <h2 id={headingId}>{title}</h2>
      <p>{t(`statistics.breakdown.${by}.intro`)}</p>
      {rows.length === 0 ? (
        <p>{t('statistics.noRows')}</p>
      ) : (
        <>
          {/* A chart with no bar at all (every group "< 5") would only puzzle: the table says it. */}
          {CHARTED[by] && series.some((s) => s.values.some((v) => v !== null)) && (
            <BarChart
              label={t('statistics.chart.label', { title })}
              categories={rows.map((row) => chartCategory(by, row))}
              series={series}
              horizontal={by !== 'month'}
              categoryTitle={by === 'month' ? t('statistics.breakdown.month.heading') : undefined}
            />
          )}
          <FiguresTable
            caption={t('statistics.tableCaption', { title })}
            heading={t(`statistics.breakdown.${by}.heading`)}
            rows={rows}
          />
        </>
      )}
    </section>
  );
}
