import i18next from 'i18next';
import { ApiError } from '../../api/client';

/** Offers a file to the browser through an object URL (blob:, allowed by the CSP): no key in any link. */
export function offerFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** GET a file that needs the access key (sent as X-Access-Key), as a blob; an ApiError otherwise. */
export async function fetchKeyedFile(path: string, key: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      headers: { 'X-Access-Key': key, 'Accept-Language': i18next.language },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError('network', 0);
  }
  if (response.ok) return response.blob();
  const status = response.status;
  const kind =
    status === 404
      ? 'not_found'
      : status === 409
        ? 'conflict'
        : status === 422
          ? 'rule'
          : status >= 500
            ? 'server'
            : 'rule';
  throw new ApiError(kind, status);
}
