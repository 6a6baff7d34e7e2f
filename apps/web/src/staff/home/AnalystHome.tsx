import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { formatDate } from '../../format';
import { StaffPage } from '../StaffPage';
import { CaseListView } from '../queue/CaseListView';
import { HomeSection } from './HomeSection';
import { thisYear, useStaffData } from './useStaffData';

interface Totals {
  totals?: Record<string, unknown>;
}

const FIGURES = ['received', 'accepted', 'refused', 'transferred', 'inProgress', 'resolved', 'unresolved', 'withdrawn'];

const percent = (value: unknown, language: string) =>
  typeof value === 'number'
    ? new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value)
    : '—';

/** The analyst's home: this year's totals, the statistics, and the cases (read only, no contact data). */
export function AnalystHome() {
  const { t, i18n } = useTranslation();
  const period = thisYear();
  const report = useStaffData<Totals>(`/statistics?from=${period.from}&to=${period.to}`);
  const totals = report.state === 'ready' ? report.data.totals : undefined;
  return (
    <StaffPage title={t('staff.home.analyst.title')} lead={t('staff.home.analyst.lead')}>
      <HomeSection
        id="totals"
        title={t('staff.home.analyst.totals', { year: period.year })}
        more={{ to: '/staff/statistics', label: t('staff.home.analyst.statistics') }}
      >
        {report.state === 'loading' ? (
          <Loading />
        ) : !totals ? (
          <p>{t('staff.home.analyst.totalsFailed')}</p>
        ) : (
          <div className="staff-table-wrap">
            <table className="staff-table staff-table--narrow">
              <caption>
                {t('staff.home.analyst.totalsCaption', { from: formatDate(period.from), to: formatDate(period.to) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('staff.home.analyst.figure')}</th>
                  <th scope="col">{t('staff.home.analyst.value')}</th>
                </tr>
              </thead>
              <tbody>
                {FIGURES.map((key) => (
                  <tr key={key}>
                    <th scope="row">{t(`staff.home.analyst.figures.${key}`)}</th>
                    <td>{typeof totals[key] === 'number' ? totals[key].toLocaleString(i18n.language) : '—'}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t('staff.home.analyst.figures.supportedShare')}</th>
                  <td>{percent(totals.supportedShare, i18n.language)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('staff.home.analyst.figures.resolvedSuccessShare')}</th>
                  <td>{percent(totals.resolvedSuccessShare, i18n.language)}</td>
                </tr>
              </tbody>
            </table>
          </div>
        )}
      </HomeSection>
      <HomeSection id="cases" title={t('staff.home.analyst.cases')} intro={t('staff.home.analyst.casesIntro')}>
        <CaseListView query="" limit={10} caption={t('staff.queue.caption')} />
      </HomeSection>
      <p>
        <Link to="/statistics">{t('staff.home.analyst.public')}</Link>
      </p>
    </StaffPage>
  );
}
