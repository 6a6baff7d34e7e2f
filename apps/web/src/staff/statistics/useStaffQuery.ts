import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { staffApi } from '../session/staff-api';

export type Loaded<T> =
  { state: 'loading' } | { state: 'failed'; error: ApiError | null; retry: () => void } | { state: 'ready'; data: T };

/**
 * GETs `path` with the staff token; asked again when the path or the language (labels) changes.
 * A null path asks nothing (a view that is not shown).
 */
export function useStaffQuery<T>(path: string | null): Loaded<T> {
  const { i18n } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  // Kept with the path it answers: figures of the previous choice are never shown as the new one's.
  const [loaded, setLoaded] = useState<{ path: string | null; value: Loaded<T> }>({
    path: null,
    value: { state: 'loading' },
  });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const language = i18n.language;
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoaded({ path, value: { state: 'loading' } });
    staffApi<T>(path, { signal: controller.signal }).then(
      (data) => setLoaded({ path, value: { state: 'ready', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ path, value: { state: 'failed', error: error instanceof ApiError ? error : null, retry } });
      },
    );
    return () => controller.abort();
  }, [path, language, attempt, retry]);
  return loaded.path === path ? loaded.value : { state: 'loading' };
}
