import { useCallback, useEffect, useState } from 'react';
import { staffApi } from '../session/staff-api';
import type { CaseCounts, CasePage, CaseSummary } from '../case/types';

export type CaseList =
  | { state: 'loading' }
  | { state: 'failed'; retry: () => void }
  | {
      state: 'ready';
      items: CaseSummary[];
      counts: CaseCounts | undefined;
      /** Another page to load ("Xem thêm"), if any. */
      loadMore: (() => void) | undefined;
      loadingMore: boolean;
    };

/** GET /api/v1/cases with these filters (a URLSearchParams string), page after page. */
export function useCaseList(query: string, limit = 25): CaseList {
  const [attempt, setAttempt] = useState(0);
  const [items, setItems] = useState<CaseSummary[]>([]);
  const [counts, setCounts] = useState<CaseCounts | undefined>(undefined);
  const [cursor, setCursor] = useState<string | null>(null);
  const [state, setState] = useState<'loading' | 'failed' | 'ready' | 'more'>('loading');

  const path = useCallback(
    (after: string | null) => {
      const params = new URLSearchParams(query);
      params.set('limit', String(limit));
      if (after) params.set('cursor', after);
      return `/cases?${params.toString()}`;
    },
    [query, limit],
  );

  useEffect(() => {
    let current = true;
    setState('loading');
    staffApi<CasePage>(path(null)).then(
      (page) => {
        if (!current) return;
        setItems(page.items);
        setCounts(page.counts);
        setCursor(page.nextCursor);
        setState('ready');
      },
      () => current && setState('failed'),
    );
    return () => {
      current = false;
    };
  }, [path, attempt]);

  const more = useCallback(() => {
    if (!cursor) return;
    setState('more');
    staffApi<CasePage>(path(cursor)).then(
      (page) => {
        setItems((before) => [...before, ...page.items]);
        setCursor(page.nextCursor);
        setState('ready');
      },
      () => setState('ready'),
    );
  }, [cursor, path]);

  if (state === 'loading') return { state: 'loading' };
  if (state === 'failed') return { state: 'failed', retry: () => setAttempt((n) => n + 1) };
  return { state: 'ready', items, counts, loadMore: cursor ? more : undefined, loadingMore: state === 'more' };
}
