import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { BarChart } from '../../pages/statistics/charts/BarChart';
import { type Commune, useCommunes } from '../../pages/file/useReference';
import { LoadProblem } from './LoadProblem';
import { COMMUNE_COLUMNS } from './figures';
import { SortableFiguresTable } from './SortableFiguresTable';
import type { DashboardQuery } from './statistics-query';
import type { StatisticsFigures, StatisticsReport, StatisticsRow } from './types';
import type { Loaded } from './useStaffQuery';

/** A chart of many bars is unreadable: the most received ones; the table has them all. */
const CHART_MAX = 15;

const EMPTY_DURATION = { cases: 0, median: null, p90: null };
const ZERO: StatisticsFigures = {
  received: 0,
  accepted: 0,
  refused: 0,
  refusedByGround: {},
  transferred: 0,
  inProgress: 0,
  resolved: 0,
  unresolved: 0,
  withdrawn: 0,
  supportedShare: null,
  resolvedSuccessShare: null,
  daysToClosure: EMPTY_DURATION,
  daysPerStage: {},
  businessTimelyResponse: { met: 0, breached: 0, rate: null },
  clocksBreachedByKind: {},
  moneyClaimedVnd: 0,
  moneyRecoveredVnd: 0,
};

/**
 * Every commune of the province, those without a case as zeros (the api lists only those with one):
 * 0 per 10,000 inhabitants where the population is known, nothing where it is not.
 */
export function allCommunes(
  rows: readonly StatisticsRow[],
  communes: readonly Commune[],
  withoutPopulation: ReadonlySet<string> = new Set(communes.map((c) => c.code)),
): StatisticsRow[] {
  const known = new Set(rows.map((row) => row.key));
  const missing = communes
    .filter((commune) => !known.has(commune.code))
    .map((commune) => ({
      ...ZERO,
      key: commune.code,
      label: commune.name,
      receivedPer10k: withoutPopulation.has(commune.code) ? null : 0,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  return [...rows, ...missing];
}

/** What the commune table says about the population: none known, or which communes lack a figure. */
function PopulationNote({ communes, without }: { communes: readonly Commune[]; without: ReadonlySet<string> }) {
  const { t } = useTranslation();
  if (communes.length === 0 || without.size >= communes.length) return <p>{t('staffStatistics.breakdown.communes')}</p>;
  const lacking = communes
    .filter((c) => without.has(c.code))
    .map((c) => c.name)
    .sort((a, b) => a.localeCompare(b, 'vi'));
  return (
    <>
      <p>{t('staffStatistics.breakdown.communesRate')}</p>
      {lacking.length === 0 ? (
        <p>{t('staffStatistics.breakdown.allPopulations')}</p>
      ) : (
        <details className="population-missing">
          <summary>{t('staffStatistics.breakdown.missingPopulation', { count: lacking.length })}</summary>
          <ul className="population-missing__list">
            {lacking.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** The queue lists a sector's or a commune's cases: each such row links to them (drill-down). */
function linkOf(by: DashboardQuery['by']): ((row: StatisticsRow) => string | undefined) | undefined {
  if (by !== 'sector' && by !== 'commune') return undefined;
  return (row) => (row.key === 'none' ? undefined : `/staff/cases?${by}=${encodeURIComponent(row.key)}`);
}

/** The period's cases broken down by the chosen dimension: a chart of the largest groups, and the sortable table. */
export function Breakdown({ query, report }: { query: DashboardQuery; report: Loaded<StatisticsReport> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const communes = useCommunes();
  const title = t(`staffStatistics.by.${query.by}`);
  let rows: StatisticsRow[] = report.state === 'ready' ? report.data.rows : [];
  const provinceCommunes = communes.state === 'ready' ? communes.items : [];
  const without = new Set(
    report.state === 'ready' ? (report.data.communesWithoutPopulation ?? provinceCommunes.map((c) => c.code)) : [],
  );
  // The rate column once any commune's population is known.
  const perTenThousand = query.by === 'commune' && report.state === 'ready' && provinceCommunes.length > without.size;
  if (query.by === 'commune' && communes.state === 'ready') rows = allCommunes(rows, communes.items, without);
  // By commune, the table lists all 92 (with their populations): it waits for the list of communes.
  const communesPending = query.by === 'commune' && communes.state === 'loading';
  const charted = rows.filter((row) => row.received > 0).slice(0, CHART_MAX);
  return (
    <section aria-labelledby={headingId} className="stat-block">
      <h2 id={headingId}>{t('staffStatistics.breakdown.title', { by: title.toLocaleLowerCase() })}</h2>
      {query.by === 'commune' && report.state === 'ready' && !communesPending && (
        <PopulationNote communes={provinceCommunes} without={without} />
      )}
      {query.by === 'vulnerable_group' && <p>{t('staffStatistics.breakdown.groups')}</p>}
      {(report.state === 'loading' || (report.state === 'ready' && communesPending)) && <Loading />}
      {report.state === 'failed' && <LoadProblem error={report.error} retry={report.retry} />}
      {report.state === 'ready' && !communesPending && (
        <>
          {charted.length > 0 && (
            <BarChart
              label={t('statistics.chart.label', { title })}
              categories={charted.map((row) => row.label)}
              series={[{ label: t('staffStatistics.column.received'), values: charted.map((row) => row.received) }]}
              horizontal
            />
          )}
          {rows.length > CHART_MAX && charted.length === CHART_MAX && (
            <p>{t('staffStatistics.breakdown.chartTop', { count: CHART_MAX })}</p>
          )}
          <SortableFiguresTable
            caption={t('statistics.tableCaption', { title })}
            heading={title}
            rows={rows}
            totals={report.data.totals}
            linkOf={linkOf(query.by)}
            columns={perTenThousand ? COMMUNE_COLUMNS : undefined}
          />
        </>
      )}
    </section>
  );
}
