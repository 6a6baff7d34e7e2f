import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { formatDate, formatTime } from '../../format';
import { staffApi } from '../session/staff-api';
import { StaffPage } from '../StaffPage';

interface Notification {
  id: string;
  caseId: string | null;
  trackingCode: string | null;
  template: string;
  subject: string;
  text: string | null;
  status: 'queued' | 'sent' | 'failed';
  createdAt: string;
  readAt: string | null;
}
interface NotificationPage {
  items: Notification[];
  nextCursor: string | null;
  unread: number;
}

/** /staff/inbox: the emails sent to me about cases (newest first), to mark read. */
export default function InboxPage() {
  const { t } = useTranslation();
  const [items, setItems] = useState<Notification[] | undefined>(undefined);
  const [unread, setUnread] = useState(0);
  const [cursor, setCursor] = useState<string | null>(null);
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [failed, setFailed] = useState(false);
  const [status, setStatus] = useState('');

  const load = useCallback(
    async (after: string | null) => {
      const params = new URLSearchParams({ limit: '20' });
      if (onlyUnread) params.set('unread', 'true');
      if (after) params.set('cursor', after);
      try {
        const page = await staffApi<NotificationPage>(`/me/notifications?${params.toString()}`);
        setItems((before) => (after ? [...(before ?? []), ...page.items] : page.items));
        setCursor(page.nextCursor);
        setUnread(page.unread);
        setFailed(false);
      } catch {
        setFailed(true);
      }
    },
    [onlyUnread],
  );

  useEffect(() => {
    setItems(undefined);
    void load(null);
  }, [load]);

  const markRead = async (item: Notification) => {
    try {
      await staffApi(`/me/notifications/${item.id}/read`, { method: 'POST' });
      setItems((before) => before?.map((n) => (n.id === item.id ? { ...n, readAt: new Date().toISOString() } : n)));
      setUnread((n) => Math.max(0, n - 1));
      setStatus(t('staff.inbox.marked', { subject: item.subject }));
    } catch {
      setStatus(t('staff.problem.server'));
    }
  };

  return (
    <StaffPage title={t('staff.inbox.title')} lead={t('staff.inbox.lead')}>
      <p>{t('staff.inbox.unread', { count: unread })}</p>
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setOnlyUnread(!onlyUnread)}
          aria-pressed={onlyUnread}
        >
          {t('staff.inbox.onlyUnread')}
        </button>
      </p>
      <p role="status">{status}</p>
      {failed ? (
        <p>{t('staff.inbox.failed')}</p>
      ) : items === undefined ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>{t('staff.inbox.none')}</p>
      ) : (
        <ul className="staff-list staff-inbox">
          {items.map((item) => (
            <li key={item.id} className={item.readAt ? undefined : 'staff-unread'}>
              <p>
                <span className="visually-hidden">{item.readAt ? t('staff.inbox.read') : t('staff.inbox.new')}: </span>
                {item.subject}
              </p>
              <p className="staff-muted">
                {formatDate(item.createdAt)} {formatTime(item.createdAt)}
                {item.trackingCode ? ` — ${item.trackingCode}` : ''}
              </p>
              {item.text && <p className="staff-pre staff-inbox__text">{item.text}</p>}
              {item.caseId && (
                <Link to={`/staff/cases/${item.caseId}`}>
                  {t('staff.inbox.openCase', { code: item.trackingCode ?? '' })}
                </Link>
              )}{' '}
              {!item.readAt && (
                <button type="button" className="link-button" onClick={() => void markRead(item)}>
                  {t('staff.inbox.markRead')}
                  <span className="visually-hidden"> {item.subject}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {cursor && (
        <button type="button" className="button button--secondary" onClick={() => void load(cursor)}>
          {t('staff.queue.more')}
        </button>
      )}
    </StaffPage>
  );
}
