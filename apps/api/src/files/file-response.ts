import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StreamableFile } from '@nestjs/common';
import contentDisposition from 'content-disposition';
import { CaseActionError } from '@app/cases';
import type { EvidenceFileEntity } from '@app/persistence';

// Shown in the browser on request; anything else (and HTML or SVG above all, which would run as a
// page of our origin) is only ever downloaded, as bytes.
const INLINE_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
const ACTIVE_TYPE = /html|svg|xml|javascript|ecmascript/i;

/** The Content-Type a stored file is served with: as stored, unless a browser would render it as a page. */
export function servedType(stored: string): string {
  return stored === '' || ACTIVE_TYPE.test(stored) ? 'application/octet-stream' : stored;
}

/** The name without its Vietnamese marks ("hóa đơn" → "hoa don"), for clients that do not read `filename*`. */
export function asciiName(fileName: string): string {
  return fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_');
}

/**
 * `attachment` (or `inline` for an image or a PDF when asked) with the original name in UTF-8
 * (`filename*`, RFC 5987) and an ASCII fallback (`filename`, RFC 6266).
 */
export function dispositionOf(fileName: string, type: string, inline: boolean): string {
  return contentDisposition(fileName, {
    type: inline && INLINE_TYPES.includes(type) ? 'inline' : 'attachment',
    fallback: asciiName(fileName),
  });
}

/** The file's bytes streamed from the store (never read whole into memory); 404 if they are gone. */
export async function fileResponse(path: string, file: EvidenceFileEntity, inline: boolean): Promise<StreamableFile> {
  const stats = await stat(path).catch(() => null);
  if (!stats?.isFile()) throw new CaseActionError('not_found');
  const type = servedType(file.contentType);
  return new StreamableFile(createReadStream(path), {
    type,
    disposition: dispositionOf(file.fileName, type, inline),
    length: stats.size,
  });
}
