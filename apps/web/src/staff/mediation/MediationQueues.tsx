import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Checkbox } from '../../components/Choices';
import { Loading } from '../../components/Loading';
import { formatDate } from '../../format';
import { CaseTable } from '../queue/CaseTable';
import { mediationApi } from './mediation-api';
import { usePagedList } from '../usePagedList';
import type { QueueView } from './types';
import { problemText } from './useStaffForm';
import { useLoad } from './useLoad';
import './i18n';

/**
 * The caller's mediation queues: each view with its count (a link that keeps the filters in the
 * URL), the chosen one as a table, "show more" for the next page. Filters: priority, overdue.
 */
export function MediationQueues({ views }: { views: readonly QueueView[] }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view = (views as readonly string[]).includes(params.get('view') ?? '')
    ? (params.get('view') as QueueView)
    : views[0];
  const filters = { priority: params.get('priority') ?? undefined };
  const filterKey = JSON.stringify(filters);
  const counts = useLoad(() => mediationApi.counts(filters), filterKey);
  const list = usePagedList(
    (cursor?: string) => mediationApi.queue(view, { ...filters, cursor }),
    `${view} ${filterKey}`,
  );
  const [moreFailed, setMoreFailed] = useState<unknown>(null);

  const more = async () => {
    setMoreFailed(null);
    try {
      await list.more();
    } catch (error) {
      setMoreFailed(error);
    }
  };

  const linkTo = (v: QueueView) => {
    const next = new URLSearchParams(params);
    next.set('view', v);
    return `?${next.toString()}`;
  };

  const setPriority = (on: boolean) => {
    const next = new URLSearchParams(params);
    if (on) next.set('priority', 'true');
    else next.delete('priority');
    setParams(next);
  };

  return (
    <section aria-labelledby="queues-title">
      <h2 id="queues-title">{t('staffMediation.queues.title')}</h2>
      <nav aria-label={t('staffMediation.queues.viewsLabel')}>
        <ul className="staff-counts mediation-views">
          {views.map((v) => (
            <li key={v}>
              <Link to={linkTo(v)} aria-current={v === view ? 'page' : undefined}>
                {t(`staffMediation.queues.view.${v}`)}
                {counts.state === 'ready' && `: ${counts.data.counts[v] ?? 0}`}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {counts.state === 'ready' && views.includes('due_soon') && (
        <p className="field__hint">
          {t('staffMediation.queues.dueSoonHint', {
            date: formatDate(new Date(new Date(counts.data.dueSoonUntil).getTime() - 1)),
          })}
        </p>
      )}
      <div className="staff-filters">
        <Checkbox
          id="filter-priority"
          label={t('staffMediation.queues.priorityOnly')}
          checked={params.get('priority') === 'true'}
          onChange={setPriority}
        />
      </div>
      {list.state === 'loading' && <Loading />}
      {(list.state === 'failed' || moreFailed !== null) && (
        <p className="panel staff-warning" role="alert">
          {problemText(list.state === 'failed' ? list.error : moreFailed, t)}
        </p>
      )}
      {list.state === 'ready' && list.items.length === 0 && <p>{t(`staffMediation.queues.empty.${view}`)}</p>}
      {list.state === 'ready' && list.items.length > 0 && (
        <>
          <CaseTable caption={t(`staffMediation.queues.caption.${view}`)} rows={list.items} />
          {list.hasMore && (
            <button type="button" className="button button--secondary" onClick={() => void more()}>
              {t('staffMediation.queues.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
