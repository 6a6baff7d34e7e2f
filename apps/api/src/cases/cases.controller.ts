import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
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
import { CaseNotificationDto } from '../me/dto/notification.dto';
import { CaseCommandService } from './case-command.service';
import { CaseNotificationsService } from './case-notifications.service';
import { CaseQueryService } from './case-query.service';
import { MessageDto, NoteDto } from './dto/case-inputs.dto';
import { BarActionDto, RefuseActionDto, TransferActionDto } from './dto/reception-actions.dto';
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
  @ApiExtraModels(RefuseActionDto, TransferActionDto, BarActionDto)
  @ApiBody({
    description:
      'The action’s fields and the case `version` the caller saw. Refuse (Art 58 grounds), transfer (Art 11.3) ' +
      'and bar (Art 54.2) are described field by field in the schemas RefuseActionDto, TransferActionDto and BarActionDto',
    schema: {
      type: 'object',
      required: ['version'],
      properties: { version: { type: 'integer' } },
      additionalProperties: true,
    },
    examples: {
      accept: { value: { version: 1 } },
      refuse: { value: { version: 1, ground: 'c', note: 'Không xác định được doanh nghiệp' } },
      forward_to_business: { value: { version: 2, basis: 'business_silent' } },
      bar: { value: { version: 2, barReason: 'many_unknown_consumers' } },
      // Law 19 Art 59.1: a party's request, recorded by the desk; `lift_negotiation_request` ends it.
      record_negotiation_request: {
        value: {
          version: 3,
          requestedBy: 'business',
          confidential: true,
          paused: true,
          reason: 'Giám đốc đi công tác đến tuần sau',
        },
      },
      lift_negotiation_request: { value: { version: 4, paused: true } },
    },
  })
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiConflictResponse({ description: 'Not allowed from the current status, or `version` is stale' })
  @ApiForbiddenResponse({ description: 'The caller’s role may not do this' })
  @ApiUnprocessableEntityResponse({ description: 'A rule is broken (e.g. refusal without an Art 58 ground)' })
  act(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Param('action') action: (typeof CASE_ACTIONS)[number],
    @Body() body: Record<string, unknown>,
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
