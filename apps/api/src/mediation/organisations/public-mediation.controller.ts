import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/auth.decorators';
import {
  PublicMediationOrganisationDto,
  PublicMediatorPageDto,
  PublicMediatorsQuery,
} from './dto/public-mediation.dto';
import { PublicMediationService } from './public-mediation.service';

// Law 19 Art 63.2: mediation organisations publish their list of mediators. No contact details.
@ApiTags('public')
@Public()
@Controller('public/mediation-organisations')
export class PublicMediationController {
  constructor(private readonly lists: PublicMediationService) {}

  @Get()
  @ApiOkResponse({
    type: [PublicMediationOrganisationDto],
    description: 'Active organisations that mediate consumer disputes (Art 63.1), by name',
  })
  organisations(): Promise<PublicMediationOrganisationDto[]> {
    return this.lists.organisations();
  }

  @Get(':id/mediators')
  @ApiOkResponse({ type: PublicMediatorPageDto, description: 'Its verified, active mediators, by name' })
  @ApiNotFoundResponse({ description: 'No such active mediation organisation' })
  mediators(@Param('id') id: string, @Query() query: PublicMediatorsQuery): Promise<PublicMediatorPageDto> {
    return this.lists.mediators(id, query);
  }
}
