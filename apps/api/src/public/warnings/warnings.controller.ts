import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentStaff, Roles, type StaffPrincipal } from '../../common/auth/auth.decorators';
import { CallerLanguage } from '../../common/validation/language.decorator';
import type { Language } from '../../common/validation/messages';
import { ListWarningsQuery } from './dto/list-warnings.query';
import { ProposeWarningDto } from './dto/propose-warning.dto';
import { RejectWarningDto } from './dto/reject-warning.dto';
import { WarningDto } from './dto/warning.dto';
import { WarningsService } from './warnings.service';

// Decree 55/2024 Art 24.3 spirit; Plan 126/KH-UBND "inform and warn consumers".
@ApiTags('warnings')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Officers, analysts and admins only; deciding needs a supervisor or an admin' })
@Roles('officer', 'analyst', 'admin')
@Controller('warnings')
export class WarningsController {
  constructor(private readonly warnings: WarningsService) {}

  @Post()
  @ApiOperation({
    summary: 'Propose a warning about a business',
    description:
      'The counts and the cases behind them are computed now from the closed (resolved or unresolved) cases ' +
      'against the tax code. The summary is public: e-mail addresses, phone numbers and tracking codes are refused.',
  })
  @ApiCreatedResponse({ type: WarningDto })
  @ApiBadRequestResponse({ description: 'Field errors (vi/en), e.g. contact data in the summary' })
  @ApiUnprocessableEntityResponse({ description: 'no_substantiated_complaints: nothing closed against this tax code' })
  propose(
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: ProposeWarningDto,
    @CallerLanguage() language: Language,
  ): Promise<WarningDto> {
    return this.warnings.propose(staff, body, language);
  }

  @Get()
  @ApiOkResponse({ type: [WarningDto], description: 'Newest first' })
  list(@Query() query: ListWarningsQuery, @CallerLanguage() language: Language): Promise<WarningDto[]> {
    return this.warnings.list(query, query.lang ?? language);
  }

  @Get(':id')
  @ApiOkResponse({ type: WarningDto })
  @ApiNotFoundResponse()
  get(@Param('id') id: string, @CallerLanguage() language: Language): Promise<WarningDto> {
    return this.warnings.get(id, language);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve and publish a proposed warning for 30 days',
    description:
      'A supervisor (is_supervisor) or an admin, never the proposer (403 own_proposal). Public until 24:00 on the ' +
      '30th calendar day after approval (Asia/Ho_Chi_Minh), then archived.',
  })
  @ApiOkResponse({ type: WarningDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'not_proposed: already decided' })
  approve(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @CallerLanguage() language: Language,
  ): Promise<WarningDto> {
    return this.warnings.approve(staff, id, language);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a proposed warning, with a reason (a supervisor or an admin)' })
  @ApiOkResponse({ type: WarningDto })
  @ApiBadRequestResponse({ description: 'The reason is missing' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'not_proposed: already decided' })
  reject(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: RejectWarningDto,
    @CallerLanguage() language: Language,
  ): Promise<WarningDto> {
    return this.warnings.reject(staff, id, body, language);
  }
}
