import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, type StaffPrincipal } from '../common/auth/auth.decorators';
import { IntakeResultDto } from './dto/intake-result.dto';
import { StaffIntakeDto } from './dto/staff-intake.dto';
import { ComplaintIntakeService } from './intake/complaint-intake.service';
import { IDEMPOTENCY_HEADER_DOC, IdempotencyKey } from './intake/idempotency-key.decorator';
import { IntakeRulesPipe } from './intake/intake-rules.pipe';

// Only POST /cases lives here; the rest of /cases is the staff case API (apps/api/src/cases).
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class StaffIntakeController {
  constructor(private readonly intake: ComplaintIntakeService) {}

  @Post()
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Register a complaint for a consumer (phone, email, in person, post, hotline)' })
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  @ApiCreatedResponse({ type: IntakeResultDto })
  register(
    @Body(IntakeRulesPipe) body: StaffIntakeDto,
    @CurrentStaff() staff: StaffPrincipal,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<IntakeResultDto> {
    const receivedAt = body.receivedAt === undefined ? undefined : new Date(body.receivedAt);
    return this.intake.submit(body, {
      channel: body.channel,
      staff,
      idempotencyKey,
      barReason: body.barReason,
      receivedAt,
    });
  }
}
