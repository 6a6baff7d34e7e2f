import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { MEDIATION_LANGUAGES, QUALIFICATION_GAPS, TAX_CODE_PATTERN } from '@app/domain';
import { IsIsoDate, NotInFuture, PlainText, Trim } from '../../../complaints/dto/field-validators';
import { IfPresent, TrimToNull } from './optional-fields';

const LANGUAGE_CODES = MEDIATION_LANGUAGES.map((l) => l.code);

/** A business the mediator has a tie to (conflict of interest): by tax code, by name, or both. */
export class MediatorTieDto {
  @ApiPropertyOptional({
    example: '4600000001',
    description: '10 digits, or 10 + "-" + 3 for a branch',
    nullable: true,
  })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @Matches(TAX_CODE_PATTERN)
  taxCode?: string | null;

  @ApiPropertyOptional({ example: 'Công ty TNHH Bánh Kẹo Ví Dụ', maxLength: 250, nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(250)
  @PlainText()
  name?: string | null;

  @ApiPropertyOptional({ example: 'Từng là cố vấn pháp lý của công ty (2022–2024)', maxLength: 500, nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(500)
  @PlainText()
  note?: string | null;
}

/** Every tie names the business by tax code or by name. */
const EveryTieNamed = () =>
  ValidateBy({
    name: 'tieNeedsTaxCodeOrName',
    validator: {
      validate: (ties: unknown) =>
        !Array.isArray(ties) ||
        ties.every((t: MediatorTieDto | null) => t === null || typeof t !== 'object' || !!t.taxCode || !!t.name),
    },
  });

/**
 * The Art 64.2 declarations and what assignment needs. Fields left out stay as they are; a
 * mediator may change only their own languages, sectors, ties and `accepting`.
 */
export class MediatorProfileInputDto {
  @ApiPropertyOptional({ example: true, description: 'Art 64.2: Vietnamese citizen' })
  @IfPresent()
  @IsBoolean()
  vietnameseCitizen?: boolean;

  @ApiPropertyOptional({ example: true, description: 'Art 64.2: full civil-act capacity' })
  @IfPresent()
  @IsBoolean()
  fullCivilCapacity?: boolean;

  @ApiPropertyOptional({
    example: '2025-11-03',
    nullable: true,
    description: 'Art 64.2: date of the attestation of good ethics and reputation',
  })
  @IsOptional()
  @IsIsoDate()
  @NotInFuture()
  reputationAttestedOn?: string | null;

  @ApiPropertyOptional({
    example: 'HGV-2025-0147',
    maxLength: 120,
    nullable: true,
    description: 'Art 64.2: mediation-skills certificate',
  })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(120)
  @PlainText()
  mediationTrainingCertificate?: string | null;

  @ApiPropertyOptional({
    example: '2025-06-20',
    nullable: true,
    description: 'Art 64.2: date of the mediation-skills certificate',
  })
  @IsOptional()
  @IsIsoDate()
  @NotInFuture()
  mediationTrainingOn?: string | null;

  @ApiPropertyOptional({
    example: '2025-09-12',
    nullable: true,
    description: 'Art 64.2: date of the consumer-law training certificate',
  })
  @IsOptional()
  @IsIsoDate()
  @NotInFuture()
  consumerLawTrainingOn?: string | null;

  @ApiPropertyOptional({
    example: '2026-01-08',
    nullable: true,
    description: 'Art 64.2: date of the judicial-record certificate (not prosecuted, no unexpunged conviction)',
  })
  @IsOptional()
  @IsIsoDate()
  @NotInFuture()
  judicialRecordOn?: string | null;

  @ApiPropertyOptional({
    enum: LANGUAGE_CODES,
    isArray: true,
    example: ['vi', 'tay'],
    description: 'Languages the mediator works in (Art 64.3)',
  })
  @IfPresent()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(LANGUAGE_CODES.length)
  @ArrayUnique()
  @IsIn(LANGUAGE_CODES, { each: true })
  languages?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['ecommerce', 'utilities'],
    description: 'Sector codes (GET /api/v1/reference/sectors)',
  })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  sectors?: string[];

  @ApiPropertyOptional({
    type: [MediatorTieDto],
    description: 'Businesses the mediator has a tie to (never assigned their cases)',
  })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MediatorTieDto)
  @EveryTieNamed()
  ties?: MediatorTieDto[];

  @ApiPropertyOptional({
    example: 10,
    minimum: 1,
    maximum: 100,
    description: 'Open cases the mediator may hold at once',
  })
  @IfPresent()
  @IsInt()
  @Min(1)
  @Max(100)
  maxOpenCases?: number;

  @ApiPropertyOptional({ example: true, description: 'Taking new cases' })
  @IfPresent()
  @IsBoolean()
  accepting?: boolean;

  @ApiPropertyOptional({
    example: 'Luật sư, 12 năm hòa giải tranh chấp tiêu dùng; nói tiếng Tày.',
    maxLength: 500,
    nullable: true,
    description: 'Shown on the public list (no contact details there)',
  })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(500)
  @PlainText()
  publicProfile?: string | null;
}

/** A new mediator account in the organisation; its password is set by an admin afterwards. */
export class CreateMediatorDto {
  @ApiProperty({ example: 'hoagiaivien.moi@example.vn', maxLength: 250 })
  @Trim()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value))
  @IsEmail()
  @MaxLength(250)
  email: string;

  @ApiProperty({ example: 'Nông Văn Hải', maxLength: 200 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @PlainText()
  fullName: string;

  @ApiPropertyOptional({ enum: ['vi', 'en'], example: 'vi', description: 'Language of the emails the mediator gets' })
  @IsOptional()
  @IsIn(['vi', 'en'])
  language?: 'vi' | 'en';
}

export class MediatorTieViewDto {
  @ApiPropertyOptional({ nullable: true }) taxCode: string | null;
  @ApiPropertyOptional({ nullable: true }) name: string | null;
  @ApiPropertyOptional({ nullable: true }) note: string | null;
}

/** A mediator as their organisation's admin sees them: profile, gaps, verification, load. */
export class MediatorProfileDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) organisationId: string | null;
  @ApiProperty({ description: 'The account is active' }) active: boolean;
  @ApiProperty() vietnameseCitizen: boolean;
  @ApiProperty() fullCivilCapacity: boolean;
  @ApiPropertyOptional({ nullable: true, example: '2025-11-03' }) reputationAttestedOn: string | null;
  @ApiPropertyOptional({ nullable: true }) mediationTrainingCertificate: string | null;
  @ApiPropertyOptional({ nullable: true }) mediationTrainingOn: string | null;
  @ApiPropertyOptional({ nullable: true }) consumerLawTrainingOn: string | null;
  @ApiPropertyOptional({ nullable: true }) judicialRecordOn: string | null;
  @ApiProperty({
    enum: QUALIFICATION_GAPS,
    isArray: true,
    description: 'What Art 64.2 still requires; empty when the declarations are complete',
  })
  gaps: string[];
  @ApiProperty({ description: 'Verified by the organisation’s admin since the last change of the declarations' })
  verified: boolean;
  @ApiPropertyOptional({ nullable: true, format: 'date-time' }) verifiedAt: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) verifiedById: string | null;
  @ApiProperty({ enum: LANGUAGE_CODES, isArray: true }) languages: string[];
  @ApiProperty({ type: [String] }) sectors: string[];
  @ApiProperty({ type: [MediatorTieViewDto] }) ties: MediatorTieViewDto[];
  @ApiProperty() maxOpenCases: number;
  @ApiProperty({ description: 'Open cases the mediator holds now' }) openCases: number;
  @ApiProperty() accepting: boolean;
  @ApiProperty({ description: 'Active, verified, accepting and below capacity' }) available: boolean;
  @ApiPropertyOptional({ nullable: true }) publicProfile: string | null;
}
