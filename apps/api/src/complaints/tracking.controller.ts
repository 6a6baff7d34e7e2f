import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiExtraModels,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { CaseEntity } from '@app/persistence';
import { Public } from '../common/auth/auth.decorators';
import { ActionBody } from '../common/validation/action-body.pipe';
import { ComplaintViewDto } from './dto/complaint-view.dto';
import {
  CONSUMER_ACTION_BODY_DOC,
  CONSUMER_ACTION_BODY_MODELS,
  consumerActionBodyPipe,
} from './dto/consumer-action-bodies';
import { RatingDto } from './dto/rating.dto';
import { ConsumerAccessGuard } from './tracking/consumer-access.guard';
import { ConsumerActionsService } from './tracking/consumer-actions.service';
import { ACCESS_KEY_HEADER_DOC, ConsumerCase } from './tracking/consumer-case.decorator';
import { ComplaintViewService } from './tracking/complaint-view.service';
import { Limit } from '../common/limits/limit.decorator';

@ApiTags('complaints')
@Public()
@UseGuards(ConsumerAccessGuard)
@ApiHeader(ACCESS_KEY_HEADER_DOC)
@ApiNotFoundResponse({ description: 'Unknown tracking code or wrong key (the same answer for both)' })
@Limit('access')
@Controller('complaints/:trackingCode')
export class TrackingController {
  constructor(
    private readonly views: ComplaintViewService,
    private readonly actions: ConsumerActionsService,
  ) {}

  @Get()
  @ApiOkResponse({ type: ComplaintViewDto })
  view(@ConsumerCase() c: CaseEntity): Promise<ComplaintViewDto> {
    return this.views.view(c);
  }

  @Post('actions/:action')
  @HttpCode(200)
  @ApiExtraModels(...CONSUMER_ACTION_BODY_MODELS)
  @ApiBody(CONSUMER_ACTION_BODY_DOC)
  @ApiOkResponse({
    type: ComplaintViewDto,
    description: 'provide_info, accept_proposal, reject_proposal, withdraw, request_mediation',
  })
  @ApiBadRequestResponse({
    description: 'The body does not fit the action: a field it does not take, a type, a length',
  })
  perform(
    @ConsumerCase() c: CaseEntity,
    @Param('action') action: string,
    @ActionBody(consumerActionBodyPipe) body: Record<string, unknown>,
  ): Promise<ComplaintViewDto> {
    return this.actions.perform(c, action, body);
  }

  @Post('rating')
  @HttpCode(200)
  @ApiOkResponse({ type: ComplaintViewDto })
  @ApiConflictResponse({ description: 'The case is not closed yet, or was rated already' })
  rate(@ConsumerCase() c: CaseEntity, @Body() body: RatingDto): Promise<ComplaintViewDto> {
    return this.actions.rate(c, body);
  }
}
