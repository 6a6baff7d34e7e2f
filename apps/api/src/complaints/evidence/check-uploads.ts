import { createHash } from 'node:crypto';
import { PayloadTooLargeException } from '@nestjs/common';
import {
  declaredTypeMatches,
  detectEvidenceType,
  type EvidenceType,
  type FieldViolation,
  MAX_EVIDENCE_FILE_BYTES,
  safeFileName,
} from '@app/domain';
import { fieldErrors } from '../field-errors';
import type { ReceivedFile } from './received-file';

export interface CheckedFile {
  fileName: string;
  contentType: EvidenceType;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
}

/** Every file of the request is checked before any is stored: one refusal refuses them all. */
export function checkUploads(files: readonly ReceivedFile[]): CheckedFile[] {
  if (files.length === 0) throw fieldErrors([{ field: 'files', rule: 'filesRequired' }]);
  // multer enforces the limit while receiving; this is the same rule for any other way in.
  if (files.some((f) => f.buffer.length > MAX_EVIDENCE_FILE_BYTES)) throw new PayloadTooLargeException();
  const violations: FieldViolation[] = [];
  const checked = files.map((file, index) => {
    const detected = detectEvidenceType(file.buffer);
    if (!detected) violations.push({ field: `files.${index}`, rule: 'evidenceType' });
    else if (!declaredTypeMatches(file.mimetype, detected)) {
      violations.push({ field: `files.${index}`, rule: 'evidenceTypeMismatch' });
    }
    return {
      fileName: safeFileName(file.originalname),
      contentType: detected ?? 'application/pdf',
      sizeBytes: file.buffer.length,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      content: file.buffer,
    };
  });
  if (violations.length > 0) throw fieldErrors(violations);
  return checked;
}
