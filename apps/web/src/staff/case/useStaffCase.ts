import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { staffApi } from '../session/staff-api';
import type { CaseDetail } from './types';

export type LoadedCase =
  | { state: 'loading' }
  | { state: 'failed'; kind: 'not_found' | 'other'; retry: () => void }
  | {
      state: 'ready';
      detail: CaseDetail;
      reload: () => Promise<CaseDetail | undefined>;
      replace: (d: CaseDetail) => void;
    };

/** GET /api/v1/cases/:id, reloadable (after an action, or a 409 on a stale version). */
export function useStaffCase(id: string): LoadedCase {
  const [detail, setDetail] = useState<CaseDetail | undefined>(undefined);
  const [failure, setFailure] = useState<'not_found' | 'other' | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  const reload = useCallback(async () => {
    try {
      const fresh = await staffApi<CaseDetail>(`/cases/${encodeURIComponent(id)}`);
      setDetail(fresh);
      setFailure(undefined);
      return fresh;
    } catch (error) {
      setFailure(error instanceof ApiError && error.kind === 'not_found' ? 'not_found' : 'other');
      return undefined;
    }
  }, [id]);

  useEffect(() => {
    setDetail(undefined);
    setFailure(undefined);
    void reload();
  }, [reload, attempt]);

  if (failure) return { state: 'failed', kind: failure, retry: () => setAttempt((n) => n + 1) };
  if (!detail) return { state: 'loading' };
  return { state: 'ready', detail, reload, replace: setDetail };
}

/** A list about the case (events, files, emails): undefined while loading, null when the api has none for us. */
export function useCaseList<T>(path: string, refreshKey: string | undefined): T[] | null | undefined {
  const [items, setItems] = useState<T[] | null | undefined>(undefined);
  useEffect(() => {
    if (refreshKey === undefined) return;
    let current = true;
    staffApi<T[]>(path).then(
      (answer) => current && setItems(answer),
      () => current && setItems(null),
    );
    return () => {
      current = false;
    };
  }, [path, refreshKey]);
  return items;
}
