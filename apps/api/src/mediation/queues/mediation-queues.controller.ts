import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentStaff, Roles, StaffPrincipal } from '../../common/auth/auth.decorators';
import { QueueCountsDto, QueuePageDto } from './dto/queue.dto';
import { QueueFiltersQuery, QueuePageQuery, QueueViewParams } from './dto/queue.query';
import { MediationQueuesService } from './mediation-queues.service';

@ApiTags('mediation')
@ApiBearerAuth()
@ApiForbiddenResponse({
  description: 'Only mediators, mediation admins and admins; a view of another role; another organisation',
})
@ApiBadRequestResponse({ description: 'A filter, the cursor or the view is invalid; an admin gave no organisationId' })
@Roles('mediator', 'mediation_admin', 'admin')
@Controller('mediation/queues')
export class MediationQueuesController {
  constructor(private readonly queues: MediationQueuesService) {}

  @Get()
  @ApiOperation({ summary: 'How many open cases each of the caller’s mediation queues holds (with the same filters)' })
  @ApiOkResponse({ type: QueueCountsDto })
  counts(@CurrentStaff() staff: StaffPrincipal, @Query() query: QueueFiltersQuery): Promise<QueueCountsDto> {
    return this.queues.counts(staff, query);
  }

  @Get(':view')
  @ApiOperation({
    summary: 'One page of a mediation queue',
    description:
      'mine: open cases assigned to the calling mediator. unassigned: the organisation’s cases in mediation with no ' +
      'mediator. organisation: all its open cases. due_soon: open cases of the caller’s scope whose next legal clock ' +
      'is due by 24:00 (UTC+7) of the 3rd working day after today. overdue: a clock has run out (overdueSince) or the ' +
      'next due time is past. Sorted by priority, then the next due time (none last), then id.',
  })
  @ApiOkResponse({ type: QueuePageDto })
  page(
    @CurrentStaff() staff: StaffPrincipal,
    @Param() params: QueueViewParams,
    @Query() query: QueuePageQuery,
  ): Promise<QueuePageDto> {
    return this.queues.page(staff, params.view, query);
  }
}
