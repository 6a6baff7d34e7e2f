import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';
import { MAX_EVIDENCE_FILES } from '@app/domain';

/** The form fields beside the uploaded documents: the case version the caller saw. */
export class PaperConsentDto {
  @ApiProperty({ example: 3, description: 'The case `version` the caller saw (409 when stale)' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  version: number;
}

/** The multipart body, for OpenAPI. */
export const PAPER_CONSENT_BODY_DOC = {
  description:
    'The business’s consent to mediation given on paper (Law 19 Art 61): the signed document, scanned (JPEG, PNG or PDF, detected from the content, each ≤ 10 MB), and the case version',
  schema: {
    type: 'object' as const,
    required: ['files', 'version'],
    properties: {
      files: {
        type: 'array' as const,
        items: { type: 'string' as const, format: 'binary' },
        maxItems: MAX_EVIDENCE_FILES,
      },
      version: { type: 'integer' as const, example: 3 },
    },
  },
};
