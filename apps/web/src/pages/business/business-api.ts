import { api, type RequestOptions } from '../../api/client';
import { downloadFile } from '../../api/download';

// The link's token travels in the X-Business-Token header to /api/v1/business/link/…, never in a
// URL that reaches the server (the page's own address, /business/{token}, is the one exception).
const path = (rest: string) => `/business/link${rest}`;
const tokenHeader = (token: string) => ({ 'X-Business-Token': token });

/** Calls the api's business route `rest` (e.g. '/respond') through the link `token`. */
export const businessApi = <T>(token: string, rest = '', options: RequestOptions = {}): Promise<T> =>
  api<T>(path(rest), { ...options, headers: { ...options.headers, ...tokenHeader(token) } });

/** Saves a file of the api's business route `rest` (a record, a session's .ics), the api's name first. */
export const businessDownload = (token: string, rest: string, fallbackName: string): Promise<void> =>
  downloadFile(path(rest), fallbackName, tokenHeader(token));
