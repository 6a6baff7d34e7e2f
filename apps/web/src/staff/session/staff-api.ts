import i18next from 'i18next';
import { api, ApiError, kindOf, type RequestOptions } from '../../api/client';

// The access token lives in this module's memory only (never in storage): a reload gets it back
// from the HttpOnly cookie through POST /auth/renew (StaffSessionProvider).
let accessToken: string | null = null;
const unauthorizedListeners = new Set<() => void>();

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

export function hasAccessToken(): boolean {
  return accessToken !== null;
}

/** Called when the api answers 401 to a signed-in request: the session has ended. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/**
 * Like `api()` (apps/web/src/api/client.ts), with `Authorization: Bearer <token>`; throws the same
 * ApiError. A 401 also tells the session provider, which shows the sign-in page.
 */
export async function staffApi<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers = { ...options.headers, ...(accessToken ? { Authorization: `Bearer ${accessToken}` } : {}) };
  try {
    return await api<T>(path, { ...options, headers });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && accessToken !== null) {
      for (const listener of unauthorizedListeners) listener();
    }
    throw error;
  }
}

/** A file (a case's file, a record, an export) as a blob, since a plain link cannot send the token. */
export async function staffBlob(path: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      // Exports and reports are labelled in the page's language, not the browser's.
      headers: {
        'Accept-Language': i18next.language,
        ...(accessToken ? { Authorization: `Bearer ${accessToken}` } : {}),
      },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError('network', 0);
  }
  if (!response.ok) throw new ApiError(kindOf(response.status), response.status);
  return response.blob();
}

/** The `cc_csrf` cookie (not HttpOnly): sent as X-CSRF-Token when the cookie authenticates. */
export function csrfCookie(): string | undefined {
  const match = /(?:^|;\s*)cc_csrf=([^;]+)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]) : undefined;
}
