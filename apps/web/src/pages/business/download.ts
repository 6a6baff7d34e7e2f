import i18next from 'i18next';
import { ApiError } from '../../api/client';

/**
 * Fetches a file through the link and offers it to save: a blob behind an object URL (the CSP
 * allows `blob:`), so no link with the token is left in the page.
 */
export async function fetchFile(path: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      headers: { 'Accept-Language': i18next.language },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError('network', 0);
  }
  if (!response.ok) {
    const kinds: Record<number, ApiError['kind']> = { 403: 'forbidden', 404: 'not_found', 410: 'gone', 422: 'rule' };
    throw new ApiError(kinds[response.status] ?? (response.status >= 500 ? 'server' : 'rule'), response.status);
  }
  return response.blob();
}

/** Hands a blob to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
