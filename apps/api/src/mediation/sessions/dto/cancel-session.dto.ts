import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PlainText, Trim } from '../../../complaints/dto/field-validators';

export class CancelSessionDto {
  @ApiProperty({ description: 'Told to both parties', example: 'Doanh nghiệp đề nghị dời lịch do người đại diện ốm.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @PlainText()
  reason: string;
}
