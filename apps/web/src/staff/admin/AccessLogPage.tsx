import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { formatDate, formatTime } from '../../format';
import { privacyApi } from '../dataRequests/privacy-api';
import type { AccessLogEntry } from '../dataRequests/types';
import { problemText } from '../mediation/useStaffForm';
import { StaffPage } from '../StaffPage';
import { AdminLinks } from './AdminLinks';
import '../dataRequests/i18n';
import '../dataRequests/privacy.css';
import './i18n';
import './admin.css';

/** What was loaded, and for which filter (so a new filter never shows the last one's rows). */
type Loaded = { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; filter: string };

/**
 * /staff/admin/access-log: who viewed a party's contact data, when, in which case (issue 12 item 8),
 * newest first; filtered by case or staff member (kept in the address), a page at a time.
 */
export default function AccessLogPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const caseId = params.get('caseId') ?? undefined;
  const userId = params.get('userId') ?? undefined;
  const filter = `${caseId ?? ''}|${userId ?? ''}`;
  const [items, setItems] = useState<AccessLogEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [result, setResult] = useState<Loaded>({ state: 'loading' });
  // Until the effect below has run for a new filter, the rows on hand are the previous filter's.
  const loaded: Loaded = result.state === 'ready' && result.filter !== filter ? { state: 'loading' } : result;
  const [moreFailed, setMoreFailed] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    setResult({ state: 'loading' });
    privacyApi.accessLog({ caseId, userId }).then(
      (page) => {
        if (!active) return;
        setItems(page.items);
        setCursor(page.nextCursor);
        setResult({ state: 'ready', filter });
      },
      (error: unknown) => active && setResult({ state: 'failed', error }),
    );
    return () => {
      active = false;
    };
  }, [caseId, userId, filter]);

  const more = async () => {
    if (!cursor) return;
    setMoreFailed(null);
    try {
      const page = await privacyApi.accessLog({ caseId, userId, cursor });
      setItems((current) => [...current, ...page.items]);
      setCursor(page.nextCursor);
    } catch (error) {
      setMoreFailed(problemText(error, t));
    }
  };

  const filterLink = (wanted: Record<string, string>) => `/staff/admin/access-log?${new URLSearchParams(wanted)}`;
  const first = loaded.state === 'ready' ? items[0] : undefined;
  const filtered = caseId || userId;

  return (
    <StaffPage title={t('staffPrivacy.accessLog.title')} lead={t('staffPrivacy.accessLog.lead')}>
      <AdminLinks />
      {filtered && (
        <p className="panel">
          {caseId &&
            t('staffPrivacy.accessLog.onlyCase', {
              code: (first?.caseId === caseId && first.trackingCode) || t('staffPrivacy.accessLog.thisCase'),
            })}{' '}
          {userId &&
            t('staffPrivacy.accessLog.onlyUser', {
              name: (first?.userId === userId && first.userName) || t('staffPrivacy.accessLog.thisUser'),
            })}{' '}
          <Link to="/staff/admin/access-log">{t('staffPrivacy.accessLog.clear')}</Link>
        </p>
      )}
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <p role="alert">{problemText(loaded.error, t)}</p>}
      {loaded.state === 'ready' && items.length === 0 && <p>{t('staffPrivacy.accessLog.empty')}</p>}
      {loaded.state === 'ready' && items.length > 0 && (
        <div className="staff-table-wrap">
          <table className="staff-table">
            <caption>{t('staffPrivacy.accessLog.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staffPrivacy.accessLog.col.at')}</th>
                <th scope="col">{t('staffPrivacy.accessLog.col.who')}</th>
                <th scope="col">{t('staffPrivacy.accessLog.col.case')}</th>
                <th scope="col">{t('staffPrivacy.accessLog.col.what')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id}>
                  <td data-label={t('staffPrivacy.accessLog.col.at')}>
                    {formatDate(e.at)} {formatTime(e.at)}
                  </td>
                  <td data-label={t('staffPrivacy.accessLog.col.who')}>
                    {e.userName ?? t('staffPrivacy.accessLog.goneAccount')}
                    {e.userRole && ` (${t(`staff.roles.${e.userRole}`, { defaultValue: e.userRole })})`}
                    {!userId && (
                      <>
                        <br />
                        <Link to={filterLink({ ...(caseId ? { caseId } : {}), userId: e.userId })}>
                          {t('staffPrivacy.accessLog.byThisUser', { name: e.userName ?? '' })}
                        </Link>
                      </>
                    )}
                  </td>
                  <td data-label={t('staffPrivacy.accessLog.col.case')}>
                    {e.trackingCode ? (
                      <Link to={`/staff/cases/${e.caseId}`}>{e.trackingCode}</Link>
                    ) : (
                      t('staffPrivacy.accessLog.erasedCase')
                    )}
                    {!caseId && (
                      <>
                        <br />
                        <Link to={filterLink({ caseId: e.caseId, ...(userId ? { userId } : {}) })}>
                          {t('staffPrivacy.accessLog.ofThisCase', { code: e.trackingCode ?? '' })}
                        </Link>
                      </>
                    )}
                  </td>
                  <td data-label={t('staffPrivacy.accessLog.col.what')}>
                    {t(`staffPrivacy.accessLog.what.${e.what}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {moreFailed && <p role="alert">{moreFailed}</p>}
      {loaded.state === 'ready' && cursor && (
        <button type="button" className="button button--secondary" onClick={() => void more()}>
          {t('staffPrivacy.more')}
        </button>
      )}
    </StaffPage>
  );
}
