import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';

export class NoteDto {
  @ApiProperty({ example: 'Đã gọi điện cho doanh nghiệp, hẹn trả lời trong tuần.' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  body: string;
}

export class MessageDto extends NoteDto {
  @ApiProperty({ enum: ['consumer', 'business'] })
  @IsIn(['consumer', 'business'])
  to: 'consumer' | 'business';
}
