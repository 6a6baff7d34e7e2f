import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { CaseTable } from './CaseTable';
import { useCaseList } from './useCaseList';

/** A queue with its counts, the table, and "Xem thêm" for the next page. */
export function CaseListView({
  query,
  caption,
  limit,
  showCounts = true,
  empty,
  hideBusiness,
}: {
  query: string;
  caption: string;
  limit?: number;
  showCounts?: boolean;
  empty?: string;
  hideBusiness?: boolean;
}) {
  const { t } = useTranslation();
  const list = useCaseList(query, limit);
  if (list.state === 'loading') return <Loading />;
  if (list.state === 'failed') {
    return (
      <div className="panel staff-warning" role="alert">
        <p>{t('staff.queue.failed')}</p>
        <button type="button" className="button button--secondary" onClick={list.retry}>
          {t('staff.retry')}
        </button>
      </div>
    );
  }
  return (
    <>
      {showCounts && list.counts && (
        <ul className="staff-counts" aria-label={t('staff.queue.countsLabel')}>
          <li>{t('staff.queue.counts.total', { count: list.counts.total })}</li>
          <li>{t('staff.queue.counts.new', { count: list.counts.new })}</li>
          <li>{t('staff.queue.counts.priority', { count: list.counts.priority })}</li>
          <li>{t('staff.queue.counts.overdue', { count: list.counts.overdue })}</li>
        </ul>
      )}
      {list.items.length === 0 ? (
        <p>{empty ?? t('staff.queue.empty')}</p>
      ) : (
        <>
          <CaseTable caption={caption} rows={list.items} hideBusiness={hideBusiness} />
          <p role="status" className="staff-shown">
            {t('staff.queue.shown', { count: list.items.length })}
          </p>
        </>
      )}
      {list.loadMore && (
        <button type="button" className="button button--secondary" disabled={list.loadingMore} onClick={list.loadMore}>
          {list.loadingMore ? t('common.loading') : t('staff.queue.more')}
        </button>
      )}
    </>
  );
}
