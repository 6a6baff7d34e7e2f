import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { accessKeyFor, forgetAccessKey, saveAccessKey, takeKeyFromFragment } from '../../api/access-key';
import { getCase } from './case-api';
import type { ComplaintView } from './types';

const KEY_REFUSED: ReadonlySet<string> = new Set(['not_found', 'forbidden']);

/**
 * The case and the key that opens it: the key from the email's `#key=` (kept, and removed from the
 * address bar at once), else the one kept for this browser session, else the page asks for it.
 */
export function useConsumerCase(code: string) {
  const [key, setKey] = useState<string | null>(() => takeKeyFromFragment(code) ?? accessKeyFor(code));
  const [view, setView] = useState<ComplaintView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [keyRejected, setKeyRejected] = useState(false);

  const rejectKey = useCallback(() => {
    forgetAccessKey(code);
    setKey(null);
    setView(null);
    setKeyRejected(true);
  }, [code]);

  const reload = useCallback(async (): Promise<ComplaintView | null> => {
    if (!key) return null;
    try {
      const fresh = await getCase(code, key);
      setView(fresh);
      setError(null);
      return fresh;
    } catch (e) {
      const failure = e instanceof ApiError ? e : new ApiError('network', 0);
      if (KEY_REFUSED.has(failure.kind) || failure.status === 401) rejectKey();
      else setError(failure);
      return null;
    }
  }, [code, key, rejectKey]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const submitKey = useCallback(
    (entered: string) => {
      saveAccessKey(code, entered);
      setKeyRejected(false);
      setError(null);
      setKey(entered);
    },
    [code],
  );

  return { key, view, setView, error, keyRejected, submitKey, reload, rejectKey };
}
