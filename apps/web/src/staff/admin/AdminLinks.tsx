import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const PAGES = [
  'accounts',
  'organisations',
  'calendar',
  'deadlines',
  'routing',
  'population',
  'breaches',
  'access-log',
  'retention',
] as const;

/** The admin screens, one line of links at the top of each, and the job queues' board. */
export function AdminLinks() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('staffAdmin.links.label')}>
      <ul className="inline-list admin-links">
        {PAGES.map((p) => (
          <li key={p}>
            <NavLink to={`/staff/admin/${p}`}>{t(`staffAdmin.links.${p}`)}</NavLink>
          </li>
        ))}
        <li>
          <a href="/admin/queues">{t('staffAdmin.links.queues')}</a>
        </li>
      </ul>
    </nav>
  );
}
