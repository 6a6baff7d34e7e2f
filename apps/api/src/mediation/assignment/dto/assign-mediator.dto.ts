import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PlainText, Trim } from '../../../complaints/dto/field-validators';

export class AssignMediatorDto {
  @ApiProperty({
    format: 'uuid',
    description: 'A mediator of the case’s mediation organisation (from the suggestions, or by hand)',
  })
  @IsUUID()
  mediatorId: string;

  @ApiPropertyOptional({
    description:
      'An interpreter will be provided (Law 19 Art 64.3). Required (true) when a party needs an ethnic-minority ' +
      'language the mediator does not speak, or when a party flagged as an ethnic-minority consumer has no ' +
      'recorded language (`languageUnknown`) and none is given in `consumerLanguage`.',
  })
  @IsOptional()
  @IsBoolean()
  interpreter?: boolean;

  @ApiPropertyOptional({
    example: 'Tày',
    maxLength: 60,
    description:
      'Only while the language is unknown (`languageUnknown`): the language the consumer named when asked ' +
      '(Art 64.3), recorded on the case; the mediator must then work in it, or `interpreter` be true. ' +
      'Sensitive data, kept under the consent the consumer gave with the ethnic-minority flag.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  @PlainText()
  consumerLanguage?: string;
}
