import { ApiProperty } from '@nestjs/swagger';
import { EVIDENCE_TYPES } from '@app/domain';

export class EvidenceFileDto {
  @ApiProperty({ format: 'uuid', example: '8d3f2a10-5b6c-4e7d-9f80-1a2b3c4d5e6f' })
  id: string;

  @ApiProperty({ example: 'hoa-don.pdf' })
  fileName: string;

  @ApiProperty({ enum: EVIDENCE_TYPES, example: 'application/pdf', description: 'Detected from the content' })
  contentType: string;

  @ApiProperty({ example: 183_422 })
  sizeBytes: number;

  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  sha256: string;

  @ApiProperty({
    enum: ['consumer', 'business', 'staff'],
    example: 'consumer',
    description:
      'Who added the file: the consumer, the business through its link, or staff (e.g. a signed record or a consent given on paper)',
  })
  uploadedBy: 'consumer' | 'business' | 'staff';
}

export function toEvidenceFileDto(file: EvidenceFileDto): EvidenceFileDto {
  const { id, fileName, contentType, sizeBytes, sha256, uploadedBy } = file;
  return { id, fileName, contentType, sizeBytes, sha256, uploadedBy };
}
