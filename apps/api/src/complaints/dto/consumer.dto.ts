import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import {
  CONSUMER_LANGUAGES,
  type ConsumerLanguage,
  isSensitiveGroup,
  VULNERABLE_GROUPS,
  type VulnerableGroup,
} from '@app/domain';
import { PHONE_PATTERN, PlainText, Trim } from './field-validators';

const SENSITIVE_GROUPS = VULNERABLE_GROUPS.filter(isSensitiveGroup);

export class ConsumerDto {
  @ApiProperty({ example: 'Nguyễn Thị Lan', maxLength: 200 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @PlainText()
  fullName: string;

  @ApiPropertyOptional({
    example: 'lan.nguyen@example.vn',
    description: 'Email and/or phone: at least one is required',
  })
  @IsOptional()
  @Trim()
  @IsEmail()
  @MaxLength(250)
  email?: string;

  @ApiPropertyOptional({ example: '0912 345 678', description: 'Email and/or phone: at least one is required' })
  @IsOptional()
  @Trim()
  @IsString()
  @Matches(PHONE_PATTERN)
  phone?: string;

  @ApiProperty({ example: '05443', description: 'GSO code of one of the 92 communes (GET /api/v1/reference/communes)' })
  @IsString()
  @Matches(/^\d{5}$/)
  communeCode: string;

  @ApiPropertyOptional({ example: 'Số 12 đường Hoàng Văn Thụ, tổ 5', maxLength: 500 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  @PlainText()
  address?: string;

  @ApiPropertyOptional({ enum: CONSUMER_LANGUAGES, default: 'vi', description: 'Language of emails and pages' })
  @IsOptional()
  @IsEnum(CONSUMER_LANGUAGES)
  language?: ConsumerLanguage;

  @ApiPropertyOptional({
    enum: VULNERABLE_GROUPS,
    isArray: true,
    example: ['elderly'],
    description:
      'Law 19 Art 8 groups: any of them gives the complaint priority (Art 8.2.đ). Those that reveal ethnicity or ' +
      `health (${SENSITIVE_GROUPS.join(', ')}) are sensitive personal data, accepted only with ` +
      'consents.sensitiveData = true; the others need no such consent',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(VULNERABLE_GROUPS.length)
  @IsEnum(VULNERABLE_GROUPS, { each: true })
  vulnerableGroups?: VulnerableGroup[];

  @ApiPropertyOptional({
    example: 'Tày',
    maxLength: 60,
    description: 'Language for mediation (Art 64.3). Sensitive: only with consents.sensitiveData = true',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(60)
  @PlainText()
  ethnicLanguage?: string;
}
