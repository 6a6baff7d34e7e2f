import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import type { PublicStatistics } from './types';

export type StatisticsState =
  { kind: 'loading' } | { kind: 'failed'; badYear: boolean } | { kind: 'loaded'; statistics: PublicStatistics };

/** The public figures of a year (the current one when none), asked again when the language changes (labels). */
export function usePublicStatistics(year: number | undefined): { state: StatisticsState; retry: () => void } {
  const { i18n } = useTranslation();
  const [state, setState] = useState<StatisticsState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const language = i18n.language;

  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: 'loading' });
    const query = year === undefined ? '' : `?year=${year}`;
    api<PublicStatistics>(`/public/statistics${query}`, { signal: controller.signal }).then(
      (statistics) => setState({ kind: 'loaded', statistics }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: 'failed', badYear: error instanceof ApiError && error.kind === 'validation' });
      },
    );
    return () => controller.abort();
  }, [year, language, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
