import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { RECORD_KINDS, SIGNING_PARTIES, type SigningParty } from '@app/domain';
import { EvidenceFileDto } from '../../../complaints/dto/evidence-file.dto';
import { IsIsoDate, NotInFuture } from '../../../complaints/dto/field-validators';

/** The multipart fields beside the `scan` file. */
export class MarkRecordSignedDto {
  @ApiProperty({
    enum: SIGNING_PARTIES,
    description:
      'Who signed: the parties sign (or fingerprint) every record; the mediator signs the mediation records ' +
      '(Law 19 Arts 60, 65.3)',
  })
  @IsIn(SIGNING_PARTIES)
  party: SigningParty;

  @ApiProperty({
    example: '2026-11-20',
    description: 'The day they signed (Asia/Ho_Chi_Minh): not in the future, not before the record’s date',
  })
  @IsIsoDate()
  @NotInFuture()
  signedOn: string;
}

/** The multipart body, for OpenAPI. */
export const MARK_SIGNED_BODY_DOC = {
  description: 'The signatory, the day, and the signed scan: a JPEG, PNG or PDF (detected from the content), ≤ 10 MB',
  schema: {
    type: 'object' as const,
    required: ['party', 'signedOn', 'scan'],
    properties: {
      party: { type: 'string' as const, enum: [...SIGNING_PARTIES], example: 'consumer' },
      signedOn: { type: 'string' as const, format: 'date', example: '2026-11-20' },
      scan: { type: 'string' as const, format: 'binary' },
    },
  },
};

export class RecordSignatureDto {
  @ApiProperty({ enum: SIGNING_PARTIES }) party: string;
  @ApiProperty({ example: '2026-11-20' }) signedOn: string;
  @ApiProperty({ type: EvidenceFileDto, description: 'The signed scan, kept with the case like evidence' })
  scan: EvidenceFileDto | null;
  @ApiProperty({ format: 'date-time', description: 'When staff marked it' }) markedAt: Date;
}

export class RecordSignaturesDto {
  @ApiProperty({ enum: RECORD_KINDS }) kind: string;
  @ApiProperty({ format: 'date-time', description: 'The date of the record signed' }) recordAt: Date;
  @ApiProperty({
    enum: SIGNING_PARTIES,
    isArray: true,
    description: 'Who signs this record (Arts 60, 65.3), in the order the record lists them',
  })
  signatories: string[];
  @ApiProperty({ type: [RecordSignatureDto], description: 'Who signed and when; the last mark per signatory' })
  signatures: RecordSignatureDto[];
  @ApiProperty({ description: 'Every signatory signed' }) complete: boolean;
}
