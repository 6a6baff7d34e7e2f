import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CASE_ACTIONS } from '@app/domain';
import { CurrentStaff, Roles, StaffPrincipal } from '../common/auth/auth.decorators';
import { ActionBody } from '../common/validation/action-body.pipe';
import { CaseNotificationDto } from '../me/dto/notification.dto';
import { CaseCommandService } from './case-command.service';
import { CaseNotificationsService } from './case-notifications.service';
import { CaseQueryService } from './case-query.service';
import { MessageDto, NoteDto } from './dto/case-inputs.dto';
import {
  STAFF_ACTION_BODY_DOC,
  STAFF_ACTION_BODY_MODELS,
  StaffActionBody,
  staffActionBodyPipe,
} from './dto/actions/staff-action-bodies';
import { CaseDetailDto, CaseEventDto, CasePageDto } from './dto/case.dto';
import { ListCasesQuery } from './dto/list-cases.query';

const WRITERS = ['officer', 'mediator', 'mediation_admin', 'admin'] as const;

@ApiTags('cases')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such case, or not one the caller may see' })
@Controller('cases')
export class CasesController {
  constructor(
    private readonly queries: CaseQueryService,
    private readonly commands: CaseCommandService,
    private readonly notifications: CaseNotificationsService,
  ) {}

  @Get()
  @ApiOkResponse({ type: CasePageDto, description: 'The caller’s queue: priority first, then the next due date' })
  list(@CurrentStaff() staff: StaffPrincipal, @Query() query: ListCasesQuery): Promise<CasePageDto> {
    return this.queries.list(staff, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: CaseDetailDto })
  detail(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<CaseDetailDto> {
    return this.queries.detail(staff, id);
  }

  @Get(':id/events')
  @ApiOkResponse({ type: [CaseEventDto], description: 'The timeline, oldest first' })
  events(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<CaseEventDto[]> {
    return this.queries.events(staff, id);
  }

  @Get(':id/notifications')
  @ApiOkResponse({
    type: [CaseNotificationDto],
    description: 'The emails about the case, oldest first: recipient (masked), status, attempts, last error',
  })
  notificationsOf(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<CaseNotificationDto[]> {
    return this.notifications.list(staff, id);
  }

  @Post(':id/actions/:action')
  @HttpCode(200)
  @ApiExtraModels(...STAFF_ACTION_BODY_MODELS)
  @ApiBody(STAFF_ACTION_BODY_DOC)
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiBadRequestResponse({
    description: 'The body does not fit the action: a field it does not take, a type, a length',
  })
  @ApiConflictResponse({ description: 'Not allowed from the current status, or `version` is stale' })
  @ApiForbiddenResponse({ description: 'The caller’s role may not do this' })
  @ApiUnprocessableEntityResponse({ description: 'A rule is broken (e.g. refusal without an Art 58 ground)' })
  act(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Param('action') action: (typeof CASE_ACTIONS)[number],
    @ActionBody(staffActionBodyPipe) body: StaffActionBody,
  ): Promise<CaseDetailDto> {
    return this.commands.act(staff, id, action, body);
  }

  @Post(':id/notes')
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: CaseEventDto, description: 'An internal note: staff only, never shown to the parties' })
  addNote(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: NoteDto,
  ): Promise<CaseEventDto> {
    return this.commands.addNote(staff, id, body);
  }

  @Post(':id/messages')
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: CaseEventDto, description: 'A message to a party, on the public timeline and by email' })
  sendMessage(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: MessageDto,
  ): Promise<CaseEventDto> {
    return this.commands.sendMessage(staff, id, body);
  }

  @Post(':id/business-link')
  @Roles('officer', 'admin')
  @ApiCreatedResponse({
    description:
      'A new secure link for the business, shown once; older links for the same purpose stop working. In negotiation, ' +
      'for the negotiation; after it, while the business owes its result report (Law 19 Art 57.5), for that report only',
  })
  reissueBusinessLink(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string) {
    return this.commands.reissueBusinessLink(staff, id);
  }

  @Delete(':id/business-link')
  @HttpCode(204)
  @Roles('officer', 'admin')
  revokeBusinessLinks(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<void> {
    return this.commands.revokeLinks(staff, id);
  }
}
