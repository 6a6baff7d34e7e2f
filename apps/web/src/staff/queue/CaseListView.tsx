import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import type { CaseCounts, CountName } from '../case/types';
import { CaseTable } from './CaseTable';
import { useCaseList } from './useCaseList';

const COUNTS: CountName[] = ['total', 'new', 'priority', 'overdue'];

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
  const { t, i18n } = useTranslation();
  const list = useCaseList(query, limit);
  // A count that reached the api's limit is "more than" its figure.
  const countText = (name: CountName, counts: CaseCounts) =>
    counts.atLeast?.includes(name)
      ? t(`staff.queue.counts.${name}More`, { figure: counts[name].toLocaleString(i18n.language) })
      : t(`staff.queue.counts.${name}`, { count: counts[name] });
  if (list.state === 'loading') return <Loading />;
  const counts = list.state === 'ready' ? list.counts : undefined;
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
      {showCounts && counts && (
        <ul className="staff-counts" aria-label={t('staff.queue.countsLabel')}>
          {COUNTS.map((name) => (
            <li key={name}>{countText(name, counts)}</li>
          ))}
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
