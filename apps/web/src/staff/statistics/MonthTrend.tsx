import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../pages/statistics/charts/BarChart';
import { LoadProblem } from './LoadProblem';
import { SortableFiguresTable } from './SortableFiguresTable';
import { apiParams, type DashboardQuery } from './statistics-query';
import type { StatisticsReport } from './types';
import { useStaffQuery } from './useStaffQuery';
import { Loading } from '../../components/Loading';

/** Received and resolved, month by month over the period: a chart and its table. */
export function MonthTrend({ query }: { query: DashboardQuery }) {
  const { t } = useTranslation();
  const headingId = useId();
  const report = useStaffQuery<StatisticsReport>(`/statistics?${apiParams(query, 'month')}`);
  const title = t('staffStatistics.trend.title');
  return (
    <section aria-labelledby={headingId} className="stat-block">
      <h2 id={headingId}>{title}</h2>
      {report.state === 'loading' && <Loading />}
      {report.state === 'failed' && <LoadProblem error={report.error} retry={report.retry} />}
      {report.state === 'ready' && (
        <>
          <BarChart
            label={t('statistics.chart.label', { title })}
            categories={report.data.rows.map((row) => `${row.key.slice(5, 7)}/${row.key.slice(0, 4)}`)}
            series={[
              { label: t('staffStatistics.column.received'), values: report.data.rows.map((row) => row.received) },
              { label: t('staffStatistics.column.resolved'), values: report.data.rows.map((row) => row.resolved) },
            ]}
            categoryTitle={t('staffStatistics.trend.month')}
          />
          <SortableFiguresTable
            caption={t('statistics.tableCaption', { title })}
            heading={t('staffStatistics.trend.month')}
            rows={report.data.rows}
          />
        </>
      )}
    </section>
  );
}
