import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'failed'; error: unknown };

/**
 * Loads `load()` now and whenever `key` changes; `reload()` loads again. A new key reads as
 * 'loading' until its own answer arrives (never the last key's data under the new key); a reload
 * keeps showing what it has until the fresh answer replaces it.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> & { reload: () => void } {
  const [result, setResult] = useState<{ key: string; loaded: Loaded<T> }>({ key, loaded: { state: 'loading' } });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let active = true;
    load().then(
      (data) => active && setResult({ key, loaded: { state: 'ready', data } }),
      (error: unknown) => active && setResult({ key, loaded: { state: 'failed', error } }),
    );
    return () => {
      active = false;
    };
    // `load` is a new function each render: `key` says when it asks something else.
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...(result.key === key ? result.loaded : { state: 'loading' }), reload };
}
