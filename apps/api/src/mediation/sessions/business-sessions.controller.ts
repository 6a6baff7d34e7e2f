import { Controller, Get, Param, Req, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse, ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { BusinessLinkGuard, type BusinessRequest, LinkUse } from '../../business/business-link.guard';
import { ApiBusinessToken, businessPaths } from '../../business/link-token';
import { Public } from '../../common/auth/auth.decorators';
import { SessionDto } from './dto/session.dto';
import { SessionCalendarRoute } from './session-calendar.route';
import { SessionQueries } from './session-queries.service';
import { Limit } from '../../common/limits/limit.decorator';

@ApiTags('business')
@Public()
@UseGuards(BusinessLinkGuard)
@LinkUse('sessions')
@ApiNotFoundResponse({ description: 'Unknown link; or no such session in its case' })
@ApiGoneResponse({ description: 'The link expired or was revoked' })
@ApiForbiddenResponse({ description: 'The link now serves only to report the negotiation’s result (Law 19 Art 57.5)' })
@ApiBusinessToken()
@Limit('business')
@Controller(businessPaths('/sessions'))
export class BusinessSessionsController {
  constructor(private readonly sessions: SessionQueries) {}

  @Get()
  @ApiOkResponse({
    type: [SessionDto],
    description: 'The mediation sessions of the case, with attendance and minutes: a party may read them (Art 62.2)',
  })
  list(@Req() request: BusinessRequest): Promise<SessionDto[]> {
    return this.sessions.forParty(String(request.businessLink?.caseId));
  }

  @SessionCalendarRoute()
  calendar(@Req() request: BusinessRequest, @Param('sessionId') sessionId: string): Promise<StreamableFile> {
    return this.sessions.calendarFile(String(request.businessLink?.caseId), sessionId, 'business');
  }
}
