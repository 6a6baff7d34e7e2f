import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsIsoDate, PlainText, Trim } from '../../../complaints/dto/field-validators';

export class ExtendMediationDto {
  @ApiProperty({
    example: '2027-01-15',
    description:
      'The new last day of the mediation (Asia/Ho_Chi_Minh), after the current due date: it ends at 24:00 of that ' +
      'day, or of the next working day when that day is not one',
  })
  @IsIsoDate()
  dueDate: string;

  @ApiProperty({
    minLength: 10,
    maxLength: 1000,
    example: 'Doanh nghiệp cần thêm thời gian để giám định sản phẩm trước phiên hòa giải tiếp theo.',
    description: 'Why the mediation needs longer; shown to both parties on their timeline and in their email',
  })
  @Trim()
  @IsString()
  @PlainText()
  @MinLength(10)
  @MaxLength(1000)
  reason: string;
}
