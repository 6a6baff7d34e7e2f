import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'failed'; error: unknown };

/** Loads `load()` now and whenever `key` changes; `reload()` loads again. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> & { reload: () => void } {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let active = true;
    load().then(
      (data) => active && setResult({ state: 'ready', data }),
      (error: unknown) => active && setResult({ state: 'failed', error }),
    );
    return () => {
      active = false;
    };
    // `load` is a new function each render: `key` says when it asks something else.
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...result, reload };
}
