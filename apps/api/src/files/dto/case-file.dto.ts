import { ApiProperty } from '@nestjs/swagger';
import { EVIDENCE_TYPES } from '@app/domain';
import type { EvidenceFileEntity } from '@app/persistence';

/** A file of a case: the consumer's evidence, the business's documents, staff's attachments. */
export class CaseFileDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'hóa đơn.pdf', description: 'The name it was uploaded with (made safe)' })
  originalName: string;
  @ApiProperty({ enum: EVIDENCE_TYPES, example: 'application/pdf', description: 'Detected from the content' })
  contentType: string;
  @ApiProperty({ example: 183_422, description: 'Bytes' }) size: number;
  @ApiProperty({
    enum: ['consumer', 'business', 'staff'],
    description: 'Who added it: the consumer, the business through its link, or staff (a signed record, a consent)',
  })
  uploadedBy: 'consumer' | 'business' | 'staff';
  @ApiProperty({ format: 'date-time' }) uploadedAt: Date;
  @ApiProperty({
    description:
      'Whether the caller may download it: staff who see the parties’ contact data (not the association nor analysts)',
  })
  downloadable: boolean;
}

export function toCaseFileDto(file: EvidenceFileEntity, downloadable: boolean): CaseFileDto {
  return {
    id: file.id,
    originalName: file.fileName,
    contentType: file.contentType,
    size: file.sizeBytes,
    uploadedBy: file.uploadedBy,
    uploadedAt: file.createdAt,
    downloadable,
  };
}
