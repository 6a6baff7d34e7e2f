import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { MAX_EVIDENCE_FILES, MEDIATION_NEXT_STEPS } from '@app/domain';
import { PlainText } from '../../../complaints/dto/field-validators';
import { NAME_MAX, NOTE_MAX, OptionalAmountVnd, OptionalText, PLACE_MAX, TEXT_MAX } from './action-fields';
import { VersionedActionDto } from './versioned-action.dto';

// Mediation: the consent given on paper (Art 61) and the result (Art 65.2 record on success).

const MEDIATION_RESULTS = ['success', 'failure'] as const;
/** The parties who sign a record: the consumer and the business, each perhaps with a representative. */
const MAX_RECORD_PARTIES = 10;
const ART_65_2 = 'Law 19 Art 65.2: required on success (422 art_65_2_required naming the field otherwise)';

export class AcceptMediationActionDto extends VersionedActionDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxItems: MAX_EVIDENCE_FILES,
    description:
      'The business’s consent given on paper (Law 19 Art 61): ids of the documents staff uploaded to this case (422 otherwise)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EVIDENCE_FILES)
  @IsUUID('all', { each: true })
  documentIds: string[];
}

/** Law 19 Art 65.2: every element of the record of a successful mediation. */
export class Art652RecordDto {
  @ApiProperty({ example: 'Trần Văn Hòa', maxLength: NAME_MAX, description: ART_65_2 })
  @OptionalText(NAME_MAX)
  mediator: string;

  @ApiProperty({ example: 'Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Thái Nguyên', maxLength: NAME_MAX })
  @OptionalText(NAME_MAX)
  organisation: string;

  @ApiProperty({
    type: [String],
    example: ['Nguyễn Thị Lan', 'Cửa hàng Điện máy Ví Dụ'],
    maxItems: MAX_RECORD_PARTIES,
    description: 'At least the consumer and the business',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_RECORD_PARTIES)
  @IsString({ each: true })
  @MaxLength(NAME_MAX, { each: true })
  @PlainText({ each: true })
  parties: string[];

  @ApiProperty({
    format: 'date-time',
    example: '2026-11-20T09:00:00+07:00',
    description: 'When the record was drawn up',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  time: string;

  @ApiProperty({ example: 'Trụ sở Hội, số 5 đường Đội Cấn, Phường Phan Đình Phùng', maxLength: PLACE_MAX })
  @OptionalText(PLACE_MAX)
  place: string;

  @ApiProperty({ example: 'Nồi cơm điện hỏng sau một tuần sử dụng', maxLength: TEXT_MAX })
  @OptionalText(TEXT_MAX)
  subject: string;

  @ApiProperty({ example: 'Đề nghị đổi sản phẩm mới', maxLength: TEXT_MAX })
  @OptionalText(TEXT_MAX)
  consumerViews: string;

  @ApiProperty({ example: 'Đồng ý đổi sản phẩm mới', maxLength: TEXT_MAX })
  @OptionalText(TEXT_MAX)
  businessViews: string;

  @ApiProperty({ example: 'Cửa hàng đổi nồi cơm điện mới cho người tiêu dùng', maxLength: TEXT_MAX })
  @OptionalText(TEXT_MAX)
  result: string;

  @ApiProperty({ example: 'Giao hàng tận nhà', maxLength: TEXT_MAX })
  @OptionalText(TEXT_MAX)
  implementation: string;

  @ApiProperty({
    format: 'date',
    example: '2026-12-05',
    description: 'When the agreement must be performed: after the record’s date',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  performanceDeadline: string;

  @ApiProperty({ example: '', maxLength: TEXT_MAX, description: 'Other terms; present, and may be empty' })
  @OptionalText(TEXT_MAX)
  otherTerms: string;
}

export class RecordMediationResultActionDto extends VersionedActionDto {
  @ApiProperty({ enum: MEDIATION_RESULTS, example: 'success' })
  @IsOptional()
  @IsIn(MEDIATION_RESULTS)
  result: string;

  @ApiPropertyOptional({ type: Art652RecordDto, description: 'On success: the Art 65.2 record' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => Art652RecordDto)
  record?: Art652RecordDto;

  @ApiPropertyOptional({ example: 1290000, minimum: 0, description: 'On success: whole VND agreed for the consumer' })
  @OptionalAmountVnd()
  amountRecoveredVnd?: number;

  @ApiPropertyOptional({ maxLength: NOTE_MAX, description: 'On failure: why, required' })
  @OptionalText(NOTE_MAX)
  reason?: string;

  @ApiPropertyOptional({
    enum: MEDIATION_NEXT_STEPS,
    description: 'On failure, required: `continue` keeps the mediation open for a new session; the others end it',
  })
  @IsOptional()
  @IsIn(MEDIATION_NEXT_STEPS)
  nextStep?: string;
}
