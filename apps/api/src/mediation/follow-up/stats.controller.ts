import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, StaffPrincipal } from '../../common/auth/auth.decorators';
import { MediationStatsDto } from './dto/stats.dto';
import { StatsQuery } from './dto/stats.query';
import { MediationStatsService } from './mediation-stats.service';

@ApiTags('mediation')
@ApiBearerAuth()
@Controller('mediation/stats')
export class StatsController {
  constructor(private readonly stats: MediationStatsService) {}

  @Get()
  @Roles('association', 'analyst', 'admin', 'mediation_admin')
  @ApiOkResponse({
    type: MediationStatsDto,
    description:
      'Per organisation and mediator: cases assigned, mediations concluded, settlements, success rate, median working days. A mediation organisation’s admin sees their own organisation only',
  })
  @ApiBadRequestResponse({ description: 'A date not written YYYY-MM-DD, or `to` before `from`' })
  @ApiForbiddenResponse({ description: 'The caller’s role may not read these figures' })
  read(@CurrentStaff() staff: StaffPrincipal, @Query() query: StatsQuery): Promise<MediationStatsDto> {
    return this.stats.stats(staff, query);
  }
}
