import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { BREACH_DATA_CATEGORIES, type BreachDataCategory } from '@app/domain/personal-data';
import { PlainText, Trim } from '../../../complaints/dto/field-validators';
import { IsInstant, NotAfterNow } from '../../../complaints/dto/instant-validators';

export const BREACH_TEXT_MAX = 4000;
export const BREACH_CASES_MAX = 200;
export const BREACH_PEOPLE_MAX = 100_000_000;

/** `POST /api/v1/admin/breaches`: a personal-data breach as the admin knows it when recording it. */
export class RecordBreachDto {
  @ApiProperty({
    example: '2026-12-04T09:30:00+07:00',
    description: 'When the breach was discovered (with its offset); the 72 hours to notify run from here',
  })
  @IsInstant()
  @NotAfterNow()
  discoveredAt: string;

  @ApiProperty({ maxLength: BREACH_TEXT_MAX, example: 'A staff laptop holding an export of 40 cases was stolen.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(BREACH_TEXT_MAX)
  @PlainText()
  description: string;

  @ApiProperty({ enum: BREACH_DATA_CATEGORIES, isArray: true, description: 'The kinds of personal data touched' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(BREACH_DATA_CATEGORIES, { each: true })
  dataCategories: BreachDataCategory[];

  @ApiPropertyOptional({ minimum: 0, maximum: BREACH_PEOPLE_MAX, description: 'Roughly how many people' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(BREACH_PEOPLE_MAX)
  approximatePeople?: number;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'The cases affected, if known' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(BREACH_CASES_MAX)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  caseIds?: string[];

  @ApiPropertyOptional({ maxLength: BREACH_TEXT_MAX, description: 'Likely consequences for the people' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(BREACH_TEXT_MAX)
  @PlainText()
  consequences?: string;

  @ApiPropertyOptional({ maxLength: BREACH_TEXT_MAX, description: 'Measures taken or planned' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(BREACH_TEXT_MAX)
  @PlainText()
  measures?: string;
}
