import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsTrue, PlainText, Trim } from './field-validators';

/** Explicit consent per purpose, with the version of the text the consumer saw as proof (domain.md §6). */
export class ConsentsDto {
  @ApiProperty({ example: true, description: 'Processing of personal data to handle the complaint: must be true' })
  @IsTrue()
  dataProcessing: boolean;

  @ApiProperty({ example: '2026-01', maxLength: 20, description: 'Version of the consent text shown to the consumer' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  @PlainText()
  textVersion: string;

  @ApiPropertyOptional({ example: false, description: 'Publication of the case (anonymised)' })
  @IsOptional()
  @IsBoolean()
  publication?: boolean;

  @ApiPropertyOptional({
    // true, so that the documented example (with vulnerable groups) is accepted as it is
    example: true,
    description:
      'Explicit consent to process sensitive data (PDPL): the Art 8 groups that reveal ethnicity or health, ethnic language',
  })
  @IsOptional()
  @IsBoolean()
  sensitiveData?: boolean;

  @ApiPropertyOptional({ example: true, description: 'The business may see the consumer’s contact details' })
  @IsOptional()
  @IsBoolean()
  shareContactWithBusiness?: boolean;
}
