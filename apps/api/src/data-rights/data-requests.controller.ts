import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Query, UseFilters } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentStaff, Roles, type StaffPrincipal } from '../common/auth/auth.decorators';
import { DataRequestsService } from './data-requests.service';
import { DataRightsErrorFilter } from './data-rights-error.filter';
import { DataRequestDecisionDto, DataRequestListQuery } from './dto/data-request.dto';
import { DataRequestPageDto, StaffDataRequestDto } from './dto/data-request-view.dto';

/** Staff handle the consumers' personal-data requests on their clocks (Law 91/2025 Art 4; Decree 356/2025). */
@ApiTags('data-requests')
@ApiBearerAuth()
@Roles('officer', 'admin')
@UseFilters(DataRightsErrorFilter)
@ApiForbiddenResponse({ description: 'Officers of the handling unit and admins only' })
@Controller('data-requests')
export class DataRequestsController {
  constructor(private readonly requests: DataRequestsService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: DataRequestPageDto, description: 'Officers: their unit’s cases; admins: all' })
  list(@CurrentStaff() staff: StaffPrincipal, @Query() query: DataRequestListQuery): Promise<DataRequestPageDto> {
    return this.requests.list(staff, query);
  }

  @Post(':id/decision')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: StaffDataRequestDto, description: 'The consumer is emailed the decision (and the reason)' })
  @ApiNotFoundResponse({ description: 'No such request in your unit' })
  @ApiConflictResponse({ description: 'Decided already' })
  decide(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DataRequestDecisionDto,
  ): Promise<StaffDataRequestDto> {
    return this.requests.decide(staff, id, body);
  }
}
