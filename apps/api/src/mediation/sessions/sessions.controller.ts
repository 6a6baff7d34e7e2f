import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentStaff, Roles, StaffPrincipal } from '../../common/auth/auth.decorators';
import { CancelSessionDto } from './dto/cancel-session.dto';
import { RecordSessionDto } from './dto/record-session.dto';
import { RescheduleSessionDto } from './dto/reschedule-session.dto';
import { ScheduleSessionDto } from './dto/schedule-session.dto';
import { SessionDto } from './dto/session.dto';
import { SessionCommands } from './session-commands.service';
import { SessionQueries } from './session-queries.service';

// The case's mediator, their organisation's mediation admin, an admin (the case scope does the rest).
const ORGANISERS = ['mediator', 'mediation_admin', 'admin'] as const;

@ApiTags('mediation sessions')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such case or session, or not one the caller may see' })
@Controller('cases/:id/sessions')
export class SessionsController {
  constructor(
    private readonly queries: SessionQueries,
    private readonly commands: SessionCommands,
  ) {}

  @Get()
  @ApiOkResponse({
    type: [SessionDto],
    description:
      'Oldest first. Attendance and minutes only for the mediator, their organisation’s admins and the parties (Art 62.2)',
  })
  list(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<SessionDto[]> {
    return this.queries.forStaff(staff, id);
  }

  @Post()
  @Roles(...ORGANISERS)
  @ApiCreatedResponse({ type: SessionDto, description: 'Scheduled; both parties are emailed an .ics invitation' })
  @ApiBadRequestResponse({ description: 'A field is missing or malformed, or the time is not in the future' })
  @ApiConflictResponse({ description: 'The case is not in mediation' })
  @ApiUnprocessableEntityResponse({
    description: 'The business has not consented to the mediation yet (Art 61), or no mediator is assigned',
  })
  schedule(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: ScheduleSessionDto,
  ): Promise<SessionDto> {
    return this.commands.schedule(staff, id, body);
  }

  @Patch(':sessionId')
  @Roles(...ORGANISERS)
  @ApiOkResponse({ type: SessionDto, description: 'Rescheduled: an updated .ics (same UID, SEQUENCE + 1)' })
  @ApiBadRequestResponse({ description: 'A field is malformed, or in person without a place / online without a link' })
  @ApiConflictResponse({ description: 'The case is not in mediation, or the session was held or cancelled' })
  reschedule(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Param('sessionId') sessionId: string,
    @Body() body: RescheduleSessionDto,
  ): Promise<SessionDto> {
    return this.commands.reschedule(staff, id, sessionId, body);
  }

  @Post(':sessionId/cancel')
  @HttpCode(200)
  @Roles(...ORGANISERS)
  @ApiOkResponse({ type: SessionDto, description: 'Cancelled: both parties get a METHOD:CANCEL .ics' })
  @ApiConflictResponse({ description: 'The session was held or cancelled already' })
  cancel(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Param('sessionId') sessionId: string,
    @Body() body: CancelSessionDto,
  ): Promise<SessionDto> {
    return this.commands.cancel(staff, id, sessionId, body);
  }

  @Post(':sessionId/record')
  @HttpCode(200)
  @Roles('mediator')
  @ApiOkResponse({ type: SessionDto, description: 'Held: attendance and minutes recorded (confidential, Art 62.2)' })
  @ApiForbiddenResponse({ description: 'Only the case’s mediator records a session' })
  @ApiConflictResponse({ description: 'The session was held or cancelled already' })
  @ApiUnprocessableEntityResponse({ description: 'The session has not begun yet' })
  record(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Param('sessionId') sessionId: string,
    @Body() body: RecordSessionDto,
  ): Promise<SessionDto> {
    return this.commands.record(staff, id, sessionId, body);
  }
}
