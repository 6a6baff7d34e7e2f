import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, ApiError } from '../../api/client';
import { csrfCookie, onUnauthorized, setAccessToken, staffApi } from './staff-api';
import type { SessionAnswer, StaffUser, TokenAnswer } from './types';

/** Renew this long before the token ends (seconds). */
const RENEW_BEFORE = 120;
const MIN_RENEW_DELAY = 10;

type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut'; reason?: 'ended' | 'signedOut' }
  | { status: 'signedIn'; user: StaffUser };

interface SessionContext {
  state: SessionState;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const Context = createContext<SessionContext | undefined>(undefined);

/**
 * The staff session: the token in memory only; on load, POST /auth/renew with the cc_csrf cookie
 * brings it back from the HttpOnly cc_staff cookie; renewed before it ends; a 401 ends it here too.
 */
export function StaffSessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const timer = useRef<number | undefined>(undefined);

  const clear = useCallback((reason?: 'ended' | 'signedOut') => {
    window.clearTimeout(timer.current);
    setAccessToken(null);
    setState({ status: 'signedOut', reason });
  }, []);

  const schedule = useCallback(
    (expiresIn: number) => {
      window.clearTimeout(timer.current);
      const delay = Math.max(expiresIn - RENEW_BEFORE, MIN_RENEW_DELAY) * 1000;
      timer.current = window.setTimeout(() => {
        staffApi<TokenAnswer>('/auth/renew', { method: 'POST' }).then(
          (answer) => {
            setAccessToken(answer.accessToken);
            schedule(answer.expiresIn);
          },
          () => clear('ended'),
        );
      }, delay);
    },
    [clear],
  );

  const start = useCallback(
    async (token: TokenAnswer) => {
      setAccessToken(token.accessToken);
      const session = await staffApi<SessionAnswer>('/auth/session');
      schedule(token.expiresIn);
      setState({ status: 'signedIn', user: session.user });
    },
    [schedule],
  );

  // On load: the cookie (if any) gives the token back.
  useEffect(() => {
    let active = true;
    const csrf = csrfCookie();
    if (!csrf) {
      setState({ status: 'signedOut' });
      return;
    }
    api<TokenAnswer>('/auth/renew', { method: 'POST', headers: { 'X-CSRF-Token': csrf } })
      .then((token) => (active ? start(token) : undefined))
      .catch(() => {
        if (active) clear();
      });
    return () => {
      active = false;
    };
  }, [start, clear]);

  useEffect(() => onUnauthorized(() => clear('ended')), [clear]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const token = await api<TokenAnswer>('/auth/login', { method: 'POST', body: { email, password } });
      await start(token);
    },
    [start],
  );

  const signOut = useCallback(async () => {
    try {
      await staffApi<void>('/auth/logout', { method: 'POST' });
    } catch (error) {
      // Already ended (401) or the network is down: the page forgets the token all the same.
      if (!(error instanceof ApiError)) throw error;
    } finally {
      clear('signedOut');
    }
  }, [clear]);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The whole session state (the sign-in page and the guards use it). */
export function useStaffAuth(): SessionContext {
  const context = useContext(Context);
  if (!context) throw new Error('useStaffAuth outside StaffSessionProvider');
  return context;
}

/** The signed-in person and sign-out; only inside the signed-in pages (RequireSignIn). */
export function useStaffSession(): { user: StaffUser; signOut: () => Promise<void> } {
  const { state, signOut } = useStaffAuth();
  if (state.status !== 'signedIn') throw new Error('useStaffSession outside the signed-in pages');
  return { user: state.user, signOut };
}
