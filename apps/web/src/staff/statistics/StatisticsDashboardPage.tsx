import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { formatDate, formatTime } from '../../format';
import { formatLocalDate } from '../../pages/statistics/figures-format';
import { Indicators } from '../../pages/statistics/Indicators';
import { useStaffSession } from '../session/StaffSessionProvider';
import type { StaffRole } from '../session/types';
import { StaffPage } from '../StaffPage';
import { AnnualReport } from './AnnualReport';
import { Breakdown } from './Breakdown';
import { ExportButtons } from './ExportButtons';
import { FiltersForm } from './FiltersForm';
import { LoadProblem } from './LoadProblem';
import { MediationOutcomes } from './MediationOutcomes';
import { MonthTrend } from './MonthTrend';
import { apiParams, type DashboardQuery, paramsOf, queryOf } from './statistics-query';
import { Summary } from './Summary';
import type { StatisticsReport } from './types';
import { useStaffQuery } from './useStaffQuery';
import './i18n';
import '../../pages/statistics/statistics.css';
import './statistics-dashboard.css';

/** Who may ask for the annual report (the province's figures), and who may read the mediation outcomes. */
const REPORT_ROLES: readonly StaffRole[] = ['analyst', 'admin'];
const MEDIATION_ROLES: readonly StaffRole[] = ['analyst', 'admin', 'association'];

/**
 * The department's dashboard (issue 11): Plan 126's two indicators against their targets, the
 * period's figures, the monthly trend, a breakdown as a chart and a sortable table, exports, the
 * annual report; and the mediation outcomes in a second tab. Everything chosen stays in the URL.
 */
export default function StatisticsDashboardPage() {
  const { t } = useTranslation();
  const { user } = useStaffSession();
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const apply = (next: DashboardQuery) => setParams(paramsOf(next));
  const mediationTab = MEDIATION_ROLES.includes(user.role);
  const report = useStaffQuery<StatisticsReport>(
    query.tab === 'complaints' || !mediationTab ? `/statistics?${apiParams(query, query.by)}` : null,
  );
  const tabLink = (tab: DashboardQuery['tab']) => `?${paramsOf({ ...query, tab }).toString()}`;
  return (
    <StaffPage title={t('staffStatistics.title')} lead={t('staffStatistics.lead')}>
      <p>
        {user.role === 'officer'
          ? t('staffStatistics.scope.unit', { unit: user.organisationName ?? '' })
          : t('staffStatistics.scope.province')}
      </p>
      {mediationTab && (
        <nav aria-label={t('staffStatistics.tabs.label')} className="statistics-tabs no-print">
          <ul className="inline-list">
            {(['complaints', 'mediation'] as const).map((tab) => (
              <li key={tab}>
                <Link to={tabLink(tab)} aria-current={query.tab === tab ? 'page' : undefined}>
                  {t(`staffStatistics.tabs.${tab}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <FiltersForm key={params.toString()} query={query} unitFilter={user.role !== 'officer'} onApply={apply} />
      <p className="statistics__period">
        {t('staffStatistics.period', { from: formatLocalDate(query.from), to: formatLocalDate(query.to) })}
      </p>
      {query.tab === 'mediation' && mediationTab ? (
        <MediationOutcomes query={query} />
      ) : (
        <>
          <ExportButtons query={query} />
          {report.state === 'loading' && <Loading />}
          {report.state === 'failed' && <LoadProblem error={report.error} retry={report.retry} />}
          {report.state === 'ready' && (
            <>
              <p>
                {t('staffStatistics.freshAsOf', {
                  time: formatTime(report.data.freshAsOf),
                  date: formatDate(report.data.freshAsOf),
                })}
              </p>
              <Indicators totals={report.data.totals} />
              <Summary totals={report.data.totals} />
            </>
          )}
          <MonthTrend query={query} />
          <Breakdown query={query} report={report} />
          {REPORT_ROLES.includes(user.role) && <AnnualReport />}
        </>
      )}
    </StaffPage>
  );
}
