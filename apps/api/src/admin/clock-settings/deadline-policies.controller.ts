import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { DEADLINE_KINDS } from '@app/domain';
import { CurrentStaff, Roles, type StaffPrincipal } from '../../common/auth/auth.decorators';
import { DeadlinePoliciesService } from './deadline-policies.service';
import { DeadlinePolicyDto, PutDeadlinePolicyDto } from './dto/deadline-policy.dto';

// Due times are stored when a clock starts, so an edit never moves a running clock.
const APPLIES_TO_NEW_CLOCKS =
  'A change applies only to clocks started after it: the due times of running clocks are stored and do not move.';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/deadline-policies')
export class DeadlinePoliciesController {
  constructor(private readonly policies: DeadlinePoliciesService) {}

  @Get()
  @ApiOperation({ summary: 'The policy in force for every kind of legal clock' })
  @ApiOkResponse({ type: [DeadlinePolicyDto] })
  list(): Promise<DeadlinePolicyDto[]> {
    return this.policies.list();
  }

  @Put(':kind')
  @ApiOperation({
    summary: 'Sets the period, reminder lead and department escalation of one kind of clock',
    description: `A statutory period (unit, amount) is set by law and cannot change. ${APPLIES_TO_NEW_CLOCKS}`,
  })
  @ApiParam({ name: 'kind', enum: DEADLINE_KINDS })
  @ApiOkResponse({ type: DeadlinePolicyDto })
  @ApiNotFoundResponse({ description: 'No such kind of deadline' })
  save(
    @Param('kind') kind: string,
    @Body() body: PutDeadlinePolicyDto,
    @CurrentStaff() admin: StaffPrincipal,
  ): Promise<DeadlinePolicyDto> {
    return this.policies.save(kind, body, admin.userId);
  }

  @Delete(':kind')
  @HttpCode(204)
  @ApiOperation({ summary: "Returns one kind of clock to the law's default", description: APPLIES_TO_NEW_CLOCKS })
  @ApiParam({ name: 'kind', enum: DEADLINE_KINDS })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No such kind of deadline' })
  reset(@Param('kind') kind: string): Promise<void> {
    return this.policies.reset(kind);
  }
}
