import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PlainText, Trim } from '../../../complaints/dto/field-validators';

export class DeclineAssignmentDto {
  @ApiProperty({
    minLength: 10,
    maxLength: 1000,
    example: 'Tôi từng làm việc cho doanh nghiệp này trong năm 2024.',
    description: 'Why the mediator declines; staff only, never shown to the parties',
  })
  @Trim()
  @IsString()
  @PlainText()
  @MinLength(10)
  @MaxLength(1000)
  reason: string;

  @ApiPropertyOptional({
    description:
      'The mediator has a conflict of interest with the business: they will not be suggested for this case again',
  })
  @IsOptional()
  @IsBoolean()
  conflict?: boolean;
}
