import i18next from 'i18next';

// The api's limits (apps/api/src/complaints/evidence/upload-limits.ts, libs/domain evidence-files.ts):
// JPEG, PNG or PDF (it checks the content), each at most 10 MB, at most 10 files per case.
export const MAX_FILES = 10;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const TYPES: Readonly<Record<string, true>> = { 'image/jpeg': true, 'image/png': true, 'application/pdf': true };
const EXTENSIONS = /\.(jpe?g|png|pdf)$/i;

export interface PickedFile {
  id: string;
  file: File;
}

export type FileProblem = 'type' | 'size' | 'tooMany' | 'empty';

/** Checked before any upload: the type (by the declared type, or the name when the browser gives none) and the size. */
export function fileProblem(file: File): FileProblem | null {
  const typeKnown = file.type === '' ? EXTENSIONS.test(file.name) : TYPES[file.type.toLowerCase()] === true;
  if (!typeKnown) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_FILE_BYTES) return 'size';
  return null;
}

/** "2,4 MB", "830 kB". */
export function formatSize(bytes: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'vi-VN';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} kB`;
}

export class UploadError extends Error {
  constructor(readonly status: number) {
    super(`upload failed (${status})`);
  }
}

/**
 * One file to the case (multipart `files`, the key in X-Access-Key), with its progress: fetch
 * cannot report upload progress, XMLHttpRequest can.
 */
export function uploadEvidence(
  trackingCode: string,
  accessKey: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/v1/complaints/${encodeURIComponent(trackingCode)}/evidence`);
    request.setRequestHeader('X-Access-Key', accessKey);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', i18next.language);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve();
      } else reject(new UploadError(request.status));
    };
    request.onerror = () => reject(new UploadError(0));
    const body = new FormData();
    body.append('files', file, file.name);
    request.send(body);
  });
}
