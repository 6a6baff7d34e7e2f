import { Controller, Get, Req, UseGuards } from '@nestjs/common';
import { ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { BusinessLinkGuard, type BusinessRequest, LinkUse } from '../../business/business-link.guard';
import { Public } from '../../common/auth/auth.decorators';
import { SessionDto } from './dto/session.dto';
import { SessionQueries } from './session-queries.service';

@ApiTags('business')
@Public()
@UseGuards(BusinessLinkGuard)
@LinkUse('sessions')
@ApiNotFoundResponse({ description: 'Unknown link' })
@ApiGoneResponse({ description: 'The link expired or was revoked' })
@Controller('business/:token/sessions')
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
}
