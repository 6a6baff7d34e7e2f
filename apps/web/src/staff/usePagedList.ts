import { useCallback, useEffect, useState } from 'react';

export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PagedList<T> {
  /** 'loading' from the first render of a new key until that key's own first page has come. */
  state: 'loading' | 'ready' | 'failed';
  error: unknown;
  items: T[];
  /** Another page is there to fetch. */
  hasMore: boolean;
  /** Appends the next page; rejects if it fails. An answer for an earlier key is dropped. */
  more: () => Promise<void>;
  /** Loads the first page again (after an action changed the list). */
  reload: () => void;
}

interface Held<T> {
  key: string;
  state: PagedList<T>['state'];
  error?: unknown;
  items: T[];
  cursor: string | null;
}

const loading = <T>(key: string): Held<T> => ({ key, state: 'loading', items: [], cursor: null });

/**
 * A staff list a page at a time (cursor paging), for the filters `key` names: a new key never shows
 * the last key's rows, not even for the render between the address changing and the load starting.
 */
export function usePagedList<T>(load: (cursor?: string) => Promise<ListPage<T>>, key: string): PagedList<T> {
  const [held, setHeld] = useState<Held<T>>(loading(key));
  const [round, setRound] = useState(0);

  useEffect(() => {
    let active = true;
    setHeld(loading(key));
    load().then(
      (page) => active && setHeld({ key, state: 'ready', items: page.items, cursor: page.nextCursor }),
      (error: unknown) => active && setHeld({ key, state: 'failed', error, items: [], cursor: null }),
    );
    return () => {
      active = false;
    };
    // `load` is a new function each render: `key` says when it asks something else.
  }, [key, round]);

  const shown: Held<T> = held.key === key ? held : loading(key);

  const more = async () => {
    const { cursor } = shown;
    if (shown.state !== 'ready' || !cursor) return;
    const page = await load(cursor);
    // Appended only to the page it follows: the same key, still ending at the same cursor.
    setHeld((h) =>
      h.key === key && h.cursor === cursor ? { ...h, items: [...h.items, ...page.items], cursor: page.nextCursor } : h,
    );
  };
  const reload = useCallback(() => setRound((r) => r + 1), []);

  return {
    state: shown.state,
    error: shown.error,
    items: shown.items,
    hasMore: shown.state === 'ready' && shown.cursor !== null,
    more,
    reload,
  };
}
