import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { SESSION_MINUTES, SESSION_MODES, type SessionModeCode } from '@app/domain';
import { PlainText, Trim } from '../../../complaints/dto/field-validators';
import { InFuture, IsHttpsUrl, IsInstant } from './session-validators';

/** A mediation session, in person or online (Law 19 Art 54.1). */
export class ScheduleSessionDto {
  @ApiProperty({ enum: SESSION_MODES, example: 'in_person' })
  @IsIn(SESSION_MODES)
  mode: SessionModeCode;

  @ApiPropertyOptional({
    description: 'Where the parties meet: required in person',
    example: 'Phòng 204, Hội Bảo vệ quyền lợi người tiêu dùng tỉnh, 18 Đường Hoàng Văn Thụ, TP Thái Nguyên',
    maxLength: 300,
  })
  @ValidateIf((o: ScheduleSessionDto) => o.mode === 'in_person' || o.place !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @PlainText()
  place?: string;

  @ApiPropertyOptional({
    description: 'The meeting link: required online, https only',
    example: 'https://meet.jit.si/hoa-giai-TN-2026-000123',
    maxLength: 500,
  })
  @ValidateIf((o: ScheduleSessionDto) => o.mode === 'online' || o.onlineUrl !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @IsHttpsUrl()
  onlineUrl?: string;

  @ApiProperty({
    description: 'ISO 8601 with its offset from UTC, in the future',
    example: '2030-03-05T14:30:00+07:00',
  })
  @IsInstant()
  @InFuture()
  startsAt: string;

  @ApiProperty({ minimum: SESSION_MINUTES.min, maximum: SESSION_MINUTES.max, example: 90 })
  @IsInt()
  @Min(SESSION_MINUTES.min)
  @Max(SESSION_MINUTES.max)
  durationMinutes: number;
}
