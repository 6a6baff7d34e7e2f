import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { CaseEntity } from '@app/persistence';
import { Public } from '../../common/auth/auth.decorators';
import { ConsumerAccessGuard } from '../../complaints/tracking/consumer-access.guard';
import { ACCESS_KEY_HEADER_DOC, ConsumerCase } from '../../complaints/tracking/consumer-case.decorator';
import { PerformanceAnswerDto, PerformanceResultDto } from './dto/performance-answer.dto';
import { PerformanceFollowUpService } from './performance-follow-up.service';
import { Limit } from '../../common/limits/limit.decorator';

@ApiTags('complaints')
@Public()
@UseGuards(ConsumerAccessGuard)
@ApiHeader(ACCESS_KEY_HEADER_DOC)
@ApiNotFoundResponse({ description: 'Unknown tracking code or wrong key (the same answer for both)' })
@Limit('access')
@Controller('complaints/:trackingCode/performance')
export class PerformanceController {
  constructor(private readonly followUp: PerformanceFollowUpService) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({
    type: PerformanceResultDto,
    description:
      'Did the business do what the mediation record says (Law 19 Art 65.2)? Not performed: the case is flagged and the consumer told how to ask a court to recognise the agreement (Art 66)',
  })
  @ApiConflictResponse({ description: 'Answered already' })
  @ApiUnprocessableEntityResponse({
    description:
      'Not a case resolved by mediation with a performance deadline, or "not performed" before that deadline',
  })
  answer(@ConsumerCase() c: CaseEntity, @Body() body: PerformanceAnswerDto): Promise<PerformanceResultDto> {
    return this.followUp.answer(c, body);
  }
}
