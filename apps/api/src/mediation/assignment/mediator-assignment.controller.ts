import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentStaff, Roles, StaffPrincipal } from '../../common/auth/auth.decorators';
import { CaseDetailDto, CaseEventDto } from '../../cases/dto/case.dto';
import { AssignMediatorDto } from './dto/assign-mediator.dto';
import { DeclineAssignmentDto } from './dto/decline-assignment.dto';
import { MediatorSuggestionsDto, MediatorSuggestionsQuery } from './dto/mediator-suggestions.dto';
import { MediatorAssignmentService } from './mediator-assignment.service';
import { MediatorSuggestionsService } from './mediator-suggestions.service';

@ApiTags('mediation')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such case, or not one the caller may see' })
@ApiConflictResponse({ description: 'The case is not in mediation' })
@Controller('cases')
export class MediatorAssignmentController {
  constructor(
    private readonly suggestions: MediatorSuggestionsService,
    private readonly assignment: MediatorAssignmentService,
  ) {}

  @Get(':id/mediator-suggestions')
  @Roles('mediation_admin', 'admin')
  @ApiOperation({
    summary: 'Whom to appoint: the organisation’s mediators ranked for the case, the others with why (Arts 63.2, 64.3)',
    description:
      'Excluded: not verified (Art 64.2), not accepting, at capacity, a declared tie to the business, already ' +
      'assigned, declined this case (declined_this_case, or declined_with_conflict); with strictLanguage, no language ' +
      'a party needs (language_missing).',
  })
  @ApiOkResponse({ type: MediatorSuggestionsDto })
  @ApiForbiddenResponse({ description: 'Only mediation admins and admins' })
  suggest(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Query() query: MediatorSuggestionsQuery,
  ): Promise<MediatorSuggestionsDto> {
    return this.suggestions.suggest(staff, id, query);
  }

  @Post(':id/mediator')
  @HttpCode(200)
  @Roles('mediation_admin', 'admin')
  @ApiOperation({
    summary: 'Appoint a mediator of the case’s organisation, or replace the one appointed',
    description:
      'Events mediator_assigned / mediator_reassigned; emails the consumer and the mediator. Appointing the mediator ' +
      'already appointed changes nothing. Art 64.3: a party’s language the mediator lacks, or an unknown language ' +
      '(`languageUnknown` on the case), needs an interpreter unless `consumerLanguage` records one they share.',
  })
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiForbiddenResponse({ description: 'Only mediation admins and admins' })
  @ApiUnprocessableEntityResponse({
    description:
      'mediatorId: not_a_mediator_of_the_organisation, not_verified, not_accepting, at_capacity, tied_to_business, ' +
      'declined_with_conflict; interpreter: art_64_3_interpreter_required (a party needs a language the mediator ' +
      'lacks), art_64_3_language_unknown (a party flagged as an ethnic-minority consumer has no recorded language: ' +
      'give consumerLanguage or arrange an interpreter); consumerLanguage: art_64_3_language_already_known',
  })
  assign(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: AssignMediatorDto,
  ): Promise<CaseDetailDto> {
    return this.assignment.assign(staff, id, body);
  }

  @Post(':id/mediator/decline')
  @HttpCode(200)
  @Roles('mediator')
  @ApiOperation({
    summary: 'The appointed mediator declines the case, with a reason',
    description:
      'The case goes back to the organisation’s unassigned queue (new assignment clock); internal event ' +
      'mediator_declined; the organisation’s mediation admins are emailed.',
  })
  @ApiOkResponse({ type: CaseEventDto, description: 'The mediator_declined event' })
  @ApiForbiddenResponse({ description: 'Only the mediator appointed to the case' })
  decline(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: DeclineAssignmentDto,
  ): Promise<CaseEventDto> {
    return this.assignment.decline(staff, id, body);
  }
}
