import { Body, Controller, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiUnprocessableEntityResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { WEB_INTAKE_CHANNEL } from '@app/domain';
import { Public } from '../common/auth/auth.decorators';
import { ComplaintIntakeDto } from './dto/complaint-intake.dto';
import { IntakeResultDto } from './dto/intake-result.dto';
import { ComplaintIntakeService } from './intake/complaint-intake.service';
import { IDEMPOTENCY_HEADER_DOC, IdempotencyKey } from './intake/idempotency-key.decorator';
import { IntakeRulesPipe } from './intake/intake-rules.pipe';
import { Limit } from '../common/limits/limit.decorator';

@ApiTags('complaints')
@Public()
@Limit('intake')
@Controller('complaints')
export class IntakeController {
  constructor(private readonly intake: ComplaintIntakeService) {}

  @Post()
  @ApiOperation({ summary: 'File a complaint (public form); the access key is shown once and emailed' })
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  @ApiCreatedResponse({ type: IntakeResultDto })
  @ApiBadRequestResponse({ description: 'Field errors, in Vietnamese or in English (Accept-Language: en)' })
  @ApiUnprocessableEntityResponse({
    description: 'idempotency_key_reused: the Idempotency-Key was used with another body',
  })
  submit(
    @Body(IntakeRulesPipe) body: ComplaintIntakeDto,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<IntakeResultDto> {
    return this.intake.submit(body, { channel: WEB_INTAKE_CHANNEL, staff: null, idempotencyKey });
  }
}
