import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PlainText, Trim } from '../../../complaints/dto/field-validators';
import { IsInstant, NotAfterNow } from '../../../complaints/dto/instant-validators';
import { BREACH_PEOPLE_MAX, BREACH_TEXT_MAX } from './record-breach.dto';

/**
 * `PATCH /api/v1/admin/breaches/:id`: the notice to the authority and to the people, what is
 * known since, and closing. Fields left out stay as they are.
 */
export class UpdateBreachDto {
  @ApiPropertyOptional({ example: '2026-12-05T10:00:00+07:00', description: 'When the authority was notified' })
  @IsOptional()
  @IsInstant()
  @NotAfterNow()
  authorityNotifiedAt?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'The notice’s reference (dispatch number, portal receipt)' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @PlainText()
  authorityReference?: string;

  @ApiPropertyOptional({ example: '2026-12-05T15:00:00+07:00', description: 'When the people affected were told' })
  @IsOptional()
  @IsInstant()
  @NotAfterNow()
  subjectsNotifiedAt?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: BREACH_PEOPLE_MAX })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(BREACH_PEOPLE_MAX)
  approximatePeople?: number;

  @ApiPropertyOptional({ maxLength: BREACH_TEXT_MAX })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(BREACH_TEXT_MAX)
  @PlainText()
  consequences?: string;

  @ApiPropertyOptional({ maxLength: BREACH_TEXT_MAX, description: 'Measures taken (replaces the earlier text)' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(BREACH_TEXT_MAX)
  @PlainText()
  measures?: string;

  @ApiPropertyOptional({
    enum: [true],
    description: 'Closes the breach: only once the authority was notified; a closed breach changes no more',
  })
  @IsOptional()
  @IsIn([true])
  close?: true;
}
