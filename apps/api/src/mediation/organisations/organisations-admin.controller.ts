import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../../common/auth/auth.decorators';
import {
  CreateOrganisationDto,
  ListOrganisationsQuery,
  OrganisationDetailDto,
  UpdateOrganisationDto,
} from './dto/organisation.dto';
import { OrganisationsAdminService } from './organisations-admin.service';

@ApiTags('admin')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Admins only' })
@Roles('admin')
@Controller('admin/organisations')
export class OrganisationsAdminController {
  constructor(private readonly organisations: OrganisationsAdminService) {}

  @Get()
  @ApiOkResponse({ type: [OrganisationDetailDto], description: 'Every organisation, with its contact details' })
  list(@Query() query: ListOrganisationsQuery): Promise<OrganisationDetailDto[]> {
    return this.organisations.list(query);
  }

  @Post()
  @ApiCreatedResponse({ type: OrganisationDetailDto })
  @ApiBadRequestResponse({
    description: 'Field errors: code taken, mediation type missing (Art 63.1), unknown commune…',
  })
  create(@Body() body: CreateOrganisationDto): Promise<OrganisationDetailDto> {
    return this.organisations.create(body);
  }

  @Patch(':id')
  @ApiOkResponse({ type: OrganisationDetailDto, description: 'Fields left out stay as they are; null clears one' })
  @ApiBadRequestResponse({ description: 'Field errors' })
  @ApiNotFoundResponse()
  update(@Param('id') id: string, @Body() body: UpdateOrganisationDto): Promise<OrganisationDetailDto> {
    return this.organisations.update(id, body);
  }
}
