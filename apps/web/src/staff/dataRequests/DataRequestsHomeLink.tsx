import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLoad } from '../mediation/useLoad';
import { privacyApi } from './privacy-api';
import './i18n';

const PAGE = 50;

/**
 * The home's link to /staff/data-requests with the number of requests waiting: the first page of
 * the list (open ones come first), so "50+" when it is full of open ones.
 */
export function DataRequestsHomeLink() {
  const { t } = useTranslation();
  const list = useLoad(() => privacyApi.dataRequests({ limit: String(PAGE) }), 'home');
  let count: string | null = null;
  if (list.state === 'ready') {
    const open = list.data.items.filter((r) => r.status === 'received' || r.status === 'answered').length;
    count =
      open === 0
        ? t('staffPrivacy.requests.homeNone')
        : open === PAGE && list.data.nextCursor
          ? t('staffPrivacy.requests.homeMore', { count: open })
          : t('staffPrivacy.requests.homeCount', { count: open });
  }
  const overdue = list.state === 'ready' && list.data.items.some((r) => r.overdue);
  return (
    <>
      <Link to="/staff/data-requests">{t('staffPrivacy.requests.homeLink')}</Link>
      {count && (
        <p>
          {count}
          {overdue && (
            <>
              {' '}
              <span className="badge badge--overdue">{t('staffPrivacy.requests.overdue')}</span>
            </>
          )}
        </p>
      )}
    </>
  );
}
