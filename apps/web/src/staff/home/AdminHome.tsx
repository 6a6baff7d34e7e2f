import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataRequestsHomeLink } from '../dataRequests/DataRequestsHomeLink';
import { StaffPage } from '../StaffPage';

const ADMIN_SCREENS = [
  'accounts',
  'organisations',
  'calendar',
  'deadlines',
  'routing',
  'breaches',
  'access-log',
] as const;

/** The admin's home: the administration screens and the queue board. */
export function AdminHome() {
  const { t } = useTranslation();
  return (
    <StaffPage title={t('staff.home.admin.title')} lead={t('staff.home.admin.lead')}>
      <ul className="staff-list staff-admin-links">
        {ADMIN_SCREENS.map((screen) => (
          <li key={screen}>
            <Link to={`/staff/admin/${screen}`}>{t(`staff.home.admin.screens.${screen}.title`)}</Link>
            <p>{t(`staff.home.admin.screens.${screen}.about`)}</p>
          </li>
        ))}
        <li>
          <DataRequestsHomeLink />
        </li>
        <li>
          <Link to="/staff/statistics">{t('staff.home.admin.statistics')}</Link>
        </li>
        <li>
          {/* The queue board is served by the api, outside the app: a full page load. */}
          <a href="/admin/queues">{t('staff.home.admin.queues')}</a>
          <p>{t('staff.home.admin.queuesAbout')}</p>
        </li>
        <li>
          <Link to="/staff/cases">{t('staff.home.admin.cases')}</Link>
        </li>
      </ul>
    </StaffPage>
  );
}
