import { MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_FILES } from '@app/domain';

// Files are held in memory (at most 10 × 10 MB) until every one of them has been checked.
export const UPLOAD_LIMITS = {
  limits: { fileSize: MAX_EVIDENCE_FILE_BYTES, files: MAX_EVIDENCE_FILES, fields: 10, parts: MAX_EVIDENCE_FILES + 10 },
  defParamCharset: 'utf8', // Vietnamese file names
};

/** The multipart body, for OpenAPI. */
export const UPLOAD_BODY_DOC = {
  description: `JPEG, PNG or PDF (detected from the content), each ≤ 10 MB, at most ${MAX_EVIDENCE_FILES} per party and case`,
  schema: {
    type: 'object' as const,
    required: ['files'],
    properties: {
      files: {
        type: 'array' as const,
        items: { type: 'string' as const, format: 'binary' },
        maxItems: MAX_EVIDENCE_FILES,
      },
    },
  },
};
