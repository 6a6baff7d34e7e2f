import i18next from 'i18next';
import { ApiError, kindOf } from './client';

/**
 * GETs a file of the api (a record's PDF, a session's .ics) as a blob, with the headers it needs
 * (the consumer's X-Access-Key); an ApiError otherwise.
 */
export async function fetchFile(path: string, headers: Record<string, string> = {}): Promise<Blob> {
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
  return response.blob();
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
