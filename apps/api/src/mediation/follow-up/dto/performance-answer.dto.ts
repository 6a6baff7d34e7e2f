import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { PlainText, Trim } from '../../../complaints/dto/field-validators';

/** The consumer's answer: did the business do what the mediation record says (Law 19 Art 65.2)? */
export class PerformanceAnswerDto {
  @ApiProperty({ example: false, description: 'true: the business did what was agreed; false: it did not' })
  @IsBoolean()
  performed: boolean;

  @ApiPropertyOptional({ example: 'Cửa hàng chưa chuyển khoản tiền hoàn.', maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  @PlainText()
  comment?: string;
}

export class PerformanceResultDto {
  @ApiProperty({ example: 'TN-2026-000123' }) trackingCode: string;
  @ApiProperty() performed: boolean;
  @ApiProperty({ description: 'The case is flagged for staff (the settlement was not performed)' }) flagged: boolean;
  @ApiProperty({
    description: 'Last day to ask a court to recognise the agreement (Law 19 Art 66; Civil Procedure Code Art 418.1)',
  })
  courtRecognitionDeadline: Date;
}
