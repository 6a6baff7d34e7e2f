import { useEffect, useState } from 'react';
import { staffApi } from '../session/staff-api';

export type Loaded<T> = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; data: T };

/** GET a staff api path once (again when the path changes). */
export function useStaffData<T>(path: string): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    staffApi<T>(path).then(
      (data) => current && setLoaded({ state: 'ready', data }),
      () => current && setLoaded({ state: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [path]);
  return loaded;
}

/** This year so far, as the statistics take a period: 1 January to today (Hà Nội). */
export function thisYear(now = new Date()): { from: string; to: string; year: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
  const year = today.slice(0, 4);
  return { from: `${year}-01-01`, to: today, year };
}
