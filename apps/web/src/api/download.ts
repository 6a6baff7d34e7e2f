import i18next from 'i18next';
import { ApiError, kindOf } from './client';

/** A file of the api: its bytes, and the name the api gives it (Content-Disposition), if any. */
export interface FetchedFile {
  blob: Blob;
  fileName: string | null;
}

/**
 * GETs a file of the api (a record's PDF, a session's .ics) as a blob, with the headers it needs
 * (the consumer's X-Access-Key, the business's X-Business-Token); an ApiError otherwise.
 */
export async function fetchFile(path: string, headers: Record<string, string> = {}): Promise<FetchedFile> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      headers: { 'Accept-Language': i18next.language, ...headers },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError('network', 0);
  }
  if (!response.ok) throw new ApiError(kindOf(response.status), response.status);
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('Content-Disposition')) };
}

/** `attachment; filename="TN-2026-000001-negotiation.pdf"` → the name; null without one. */
export function fileNameOf(disposition: string | null): string | null {
  const match = /filename="([^"/\\]+)"/.exec(disposition ?? '') ?? /filename=([^;"/\\\s]+)/.exec(disposition ?? '');
  return match ? match[1] : null;
}

/**
 * Hands a blob to the browser as a download named `fileName`, behind an object URL (`blob:`, which
 * the CSP allows): no link carrying a key or a token is left in the page.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Fetches a file of the api and saves it under the api's name for it, else `fallbackName`. */
export async function downloadFile(
  path: string,
  fallbackName: string,
  headers: Record<string, string> = {},
): Promise<void> {
  const { blob, fileName } = await fetchFile(path, headers);
  saveBlob(blob, fileName ?? fallbackName);
}
