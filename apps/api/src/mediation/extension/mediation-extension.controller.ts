import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
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
import { CaseDetailDto } from '../../cases/dto/case.dto';
import { ExtendMediationDto } from './dto/extend-mediation.dto';
import { MediationExtensionService } from './mediation-extension.service';

@ApiTags('mediation')
@ApiBearerAuth()
@Controller('cases/:id/mediation/extension')
export class MediationExtensionController {
  constructor(private readonly extension: MediationExtensionService) {}

  @Post()
  @HttpCode(200)
  @Roles('mediator', 'mediation_admin')
  @ApiOperation({
    summary: 'Extend the mediation: a new last day and why (policy: 30 days, extendable as many times as it says)',
    description:
      'Moves the due date of the mediation_conclusion clock (a breach not yet met is cleared), event ' +
      'mediation_extended on both parties’ timelines (new date, previous date, reason), and emails both parties.',
  })
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case, its deadlines showing the new due date' })
  @ApiBadRequestResponse({ description: 'dueDate not a YYYY-MM-DD date, or reason missing or too short' })
  @ApiForbiddenResponse({ description: 'Only the case’s mediator and its organisation’s mediation admins' })
  @ApiNotFoundResponse({ description: 'No such case, or not one the caller may see' })
  @ApiConflictResponse({
    description: 'status: not_in_mediation; status: clock_not_open (the mediation clock was met, or is paused)',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'dueDate: extension_not_after_due (not after the current due date); extensions: max_extensions_reached ' +
      '(the policy allows no more)',
  })
  extend(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: ExtendMediationDto,
  ): Promise<CaseDetailDto> {
    return this.extension.extend(staff, id, body);
  }
}
