import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SESSION_MODES, type SessionModeCode } from '@app/domain';
import type { SessionStatus } from '@app/persistence';

export class SessionAttendanceDto {
  @ApiProperty()
  consumer: boolean;

  @ApiProperty()
  business: boolean;

  @ApiPropertyOptional()
  interpreter?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true })
  others?: string | null;
}

/** A mediation session. `attendance` and `minutes` only for whom Art 62.2 lets read them. */
export class SessionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: SESSION_MODES })
  mode: SessionModeCode;

  @ApiProperty({ type: String, nullable: true })
  place: string | null;

  @ApiProperty({ type: String, nullable: true })
  onlineUrl: string | null;

  @ApiProperty()
  startsAt: Date;

  @ApiProperty()
  endsAt: Date;

  @ApiProperty()
  durationMinutes: number;

  @ApiProperty({ enum: ['scheduled', 'cancelled', 'held'] })
  status: SessionStatus;

  @ApiProperty({ description: 'The iCalendar SEQUENCE of the last invitation sent' })
  sequence: number;

  @ApiPropertyOptional({
    type: SessionAttendanceDto,
    nullable: true,
    description: 'Only for the mediator, their organisation’s admins, admins and the parties',
  })
  attendance?: SessionAttendanceDto | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Only for the mediator, their organisation’s admins, admins and the parties',
  })
  minutes?: string | null;
}
