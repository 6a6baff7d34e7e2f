import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PlainText, Trim } from '../../../complaints/dto/field-validators';

/** The business says no to mediation (Law 19 Art 61: it rests on both parties' agreement). */
export class DeclineMediationDto {
  @ApiPropertyOptional({
    description: 'Why, if the business wishes to say; the consumer reads it on their timeline',
    example: 'Doanh nghiệp đề nghị giải quyết tại Tòa án.',
    maxLength: 2000,
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  @PlainText()
  reason?: string;
}
