import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PlainText, Trim } from '../../../complaints/dto/field-validators';

export class RejectWarningDto {
  @ApiProperty({ example: 'Chưa đủ căn cứ: các khiếu nại đều đã được doanh nghiệp khắc phục.', maxLength: 1000 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @PlainText()
  reason: string;
}
