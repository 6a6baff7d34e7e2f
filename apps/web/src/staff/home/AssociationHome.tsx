import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { formatDate } from '../../format';
import { StaffPage } from '../StaffPage';
import { CaseListView } from '../queue/CaseListView';
import { HomeSection } from './HomeSection';
import { useStaffData } from './useStaffData';

interface Figures {
  assigned: number;
  concluded: number;
  successes: number;
  successRate: number | null;
  medianWorkingDays: number | null;
}
interface MediationStats {
  from: string;
  to: string;
  total: Figures;
  organisations: (Figures & { organisationId: string; name: string | null })[];
}

/** The association's home: mediation outcomes (Law 19 Art 65) and its own cases. */
export function AssociationHome() {
  const { t, i18n } = useTranslation();
  const stats = useStaffData<MediationStats>('/mediation/stats');
  const rate = (value: number | null) =>
    value === null
      ? '—'
      : new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  const days = (value: number | null) => (value === null ? '—' : t('staff.home.association.days', { count: value }));
  return (
    <StaffPage title={t('staff.home.association.title')} lead={t('staff.home.association.lead')}>
      <HomeSection id="outcomes" title={t('staff.home.association.outcomes')}>
        {stats.state === 'loading' ? (
          <Loading />
        ) : stats.state === 'failed' ? (
          <p>{t('staff.home.association.failed')}</p>
        ) : (
          <div className="staff-table-wrap">
            <table className="staff-table">
              <caption>
                {t('staff.home.association.caption', {
                  from: formatDate(stats.data.from),
                  to: formatDate(stats.data.to),
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('staff.home.association.organisation')}</th>
                  <th scope="col">{t('staff.home.association.assigned')}</th>
                  <th scope="col">{t('staff.home.association.concluded')}</th>
                  <th scope="col">{t('staff.home.association.successes')}</th>
                  <th scope="col">{t('staff.home.association.rate')}</th>
                  <th scope="col">{t('staff.home.association.median')}</th>
                </tr>
              </thead>
              <tbody>
                {[...stats.data.organisations, { ...stats.data.total, organisationId: 'total', name: null }].map(
                  (row) => (
                    <tr key={row.organisationId}>
                      <th scope="row">
                        {row.organisationId === 'total' ? t('staff.home.association.total') : (row.name ?? '—')}
                      </th>
                      <td data-label={t('staff.home.association.assigned')}>{row.assigned}</td>
                      <td data-label={t('staff.home.association.concluded')}>{row.concluded}</td>
                      <td data-label={t('staff.home.association.successes')}>{row.successes}</td>
                      <td data-label={t('staff.home.association.rate')}>{rate(row.successRate)}</td>
                      <td data-label={t('staff.home.association.median')}>{days(row.medianWorkingDays)}</td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        )}
      </HomeSection>
      <HomeSection id="cases" title={t('staff.home.association.cases')}>
        <CaseListView query="" limit={10} caption={t('staff.home.association.casesCaption')} />
      </HomeSection>
    </StaffPage>
  );
}
