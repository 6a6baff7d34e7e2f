import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentStaff, Roles, type StaffPrincipal } from '../../common/auth/auth.decorators';
import { CreateMediatorDto, MediatorProfileDto, MediatorProfileInputDto } from './dto/mediator-profile.dto';
import { MediatorAccountsService } from './mediator-accounts.service';
import { MediatorProfilesService } from './mediator-profiles.service';

@ApiTags('mediation')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such organisation or mediator, or not the caller’s organisation' })
@ApiForbiddenResponse({ description: 'The caller’s role may not do this' })
@Controller('mediation')
export class MediatorProfilesController {
  constructor(
    private readonly profiles: MediatorProfilesService,
    private readonly accounts: MediatorAccountsService,
  ) {}

  @Get('organisations/:orgId/mediators')
  @Roles('admin', 'mediation_admin')
  @ApiOkResponse({
    type: [MediatorProfileDto],
    description: 'Every mediator of the organisation, with the full profile',
  })
  list(@CurrentStaff() staff: StaffPrincipal, @Param('orgId') orgId: string): Promise<MediatorProfileDto[]> {
    return this.profiles.listOfOrganisation(staff, orgId);
  }

  @Post('organisations/:orgId/mediators')
  @Roles('admin', 'mediation_admin')
  @ApiCreatedResponse({
    type: MediatorProfileDto,
    description: 'A mediator account with an empty profile; it cannot sign in until an admin sets its password',
  })
  @ApiBadRequestResponse({ description: 'Field errors (e-mail already in use…)' })
  @ApiUnprocessableEntityResponse({ description: 'The organisation does not mediate consumer disputes (Art 63.1)' })
  create(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('orgId') orgId: string,
    @Body() body: CreateMediatorDto,
  ): Promise<MediatorProfileDto> {
    return this.accounts.create(staff, orgId, body);
  }

  @Get('mediators/:userId/profile')
  @Roles('admin', 'mediation_admin', 'mediator')
  @ApiOkResponse({ type: MediatorProfileDto })
  profile(@CurrentStaff() staff: StaffPrincipal, @Param('userId') userId: string): Promise<MediatorProfileDto> {
    return this.profiles.profile(staff, userId);
  }

  @Put('mediators/:userId/profile')
  @Roles('admin', 'mediation_admin', 'mediator')
  @ApiOkResponse({
    type: MediatorProfileDto,
    description:
      'Sets the fields given (others stay). Changing an Art 64.2 declaration clears the verification. ' +
      'A mediator may change only their own languages, sectors, ties and accepting (403 otherwise).',
  })
  @ApiBadRequestResponse({ description: 'Field errors (unknown language or sector, capacity outside 1–100…)' })
  update(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('userId') userId: string,
    @Body() body: MediatorProfileInputDto,
  ): Promise<MediatorProfileDto> {
    return this.profiles.update(staff, userId, body);
  }

  @Post('mediators/:userId/verify')
  @HttpCode(200)
  @Roles('admin', 'mediation_admin')
  @ApiOkResponse({ type: MediatorProfileDto, description: 'Verified by the caller, now' })
  @ApiUnprocessableEntityResponse({
    description:
      'Art 64.2 gaps remain: `details` names each field and rule (e.g. judicialRecordOn / art_64_2_no_criminal_record)',
  })
  verify(@CurrentStaff() staff: StaffPrincipal, @Param('userId') userId: string): Promise<MediatorProfileDto> {
    return this.profiles.verify(staff, userId);
  }
}
