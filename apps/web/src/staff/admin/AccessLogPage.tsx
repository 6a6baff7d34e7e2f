import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { formatDate, formatTime } from '../../format';
import { privacyApi } from '../dataRequests/privacy-api';
import { problemText } from '../mediation/useStaffForm';
import { StaffPage } from '../StaffPage';
import { usePagedList } from '../usePagedList';
import { AdminLinks } from './AdminLinks';
import '../dataRequests/i18n';
import '../dataRequests/privacy.css';
import './i18n';
import './admin.css';

/**
 * /staff/admin/access-log: who viewed a party's contact data, when, in which case (issue 12 item 8),
 * newest first; filtered by case or staff member (kept in the address), a page at a time.
 */
export default function AccessLogPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const caseId = params.get('caseId') ?? undefined;
  const userId = params.get('userId') ?? undefined;
  const list = usePagedList(
    (cursor?: string) => privacyApi.accessLog({ caseId, userId, cursor }),
    `${caseId}|${userId}`,
  );
  const [moreFailed, setMoreFailed] = useState<string | null>(null);

  const more = async () => {
    setMoreFailed(null);
    try {
      await list.more();
    } catch (error) {
      setMoreFailed(problemText(error, t));
    }
  };

  const filterLink = (wanted: Record<string, string>) => `/staff/admin/access-log?${new URLSearchParams(wanted)}`;
  const first = list.items[0];
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
      {list.state === 'loading' && <Loading />}
      {list.state === 'failed' && <p role="alert">{problemText(list.error, t)}</p>}
      {list.state === 'ready' && list.items.length === 0 && <p>{t('staffPrivacy.accessLog.empty')}</p>}
      {list.state === 'ready' && list.items.length > 0 && (
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
              {list.items.map((e) => (
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
      {list.hasMore && (
        <button type="button" className="button button--secondary" onClick={() => void more()}>
          {t('staffPrivacy.more')}
        </button>
      )}
    </StaffPage>
  );
}
