import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PlainText, Trim } from '../../../complaints/dto/field-validators';

export class AttendanceDto {
  @ApiProperty({ description: 'The consumer (or their representative) attended' })
  @IsBoolean()
  consumer: boolean;

  @ApiProperty({ description: 'The business (or its representative) attended' })
  @IsBoolean()
  business: boolean;

  @ApiPropertyOptional({ description: 'An interpreter attended (Law 19 Art 64.3)' })
  @IsOptional()
  @IsBoolean()
  interpreter?: boolean;

  @ApiPropertyOptional({
    description: 'Anyone else present',
    example: 'Đại diện sàn thương mại điện tử',
    maxLength: 500,
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  @PlainText()
  others?: string;
}

/** Who came and what was said: confidential to the mediation circle and the parties (Art 62.2). */
export class RecordSessionDto {
  @ApiProperty({ type: AttendanceDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AttendanceDto)
  attendance: AttendanceDto;

  @ApiProperty({
    description: 'The minutes of the session',
    example: 'Hai bên trình bày ý kiến. Doanh nghiệp đồng ý xem xét đổi sản phẩm, trả lời trước ngày 20/12.',
    maxLength: 20000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  @PlainText()
  minutes: string;
}
