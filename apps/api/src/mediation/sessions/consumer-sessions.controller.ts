import { Controller, Get, Param, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CaseEntity } from '@app/persistence';
import { Public } from '../../common/auth/auth.decorators';
import { ConsumerAccessGuard } from '../../complaints/tracking/consumer-access.guard';
import { ACCESS_KEY_HEADER_DOC, ConsumerCase } from '../../complaints/tracking/consumer-case.decorator';
import { SessionDto } from './dto/session.dto';
import { SessionCalendarRoute } from './session-calendar.route';
import { SessionQueries } from './session-queries.service';
import { Limit } from '../../common/limits/limit.decorator';

@ApiTags('complaints')
@Public()
@UseGuards(ConsumerAccessGuard)
@ApiHeader(ACCESS_KEY_HEADER_DOC)
@ApiNotFoundResponse({
  description: 'Unknown tracking code or wrong key (the same answer for both); or no such session',
})
@Limit('access')
@Controller('complaints/:trackingCode/sessions')
export class ConsumerSessionsController {
  constructor(private readonly sessions: SessionQueries) {}

  @Get()
  @ApiOkResponse({
    type: [SessionDto],
    description:
      'The mediation sessions of the complaint, with attendance and minutes: a party may read them (Art 62.2)',
  })
  list(@ConsumerCase() c: CaseEntity): Promise<SessionDto[]> {
    return this.sessions.forParty(c.id);
  }

  @SessionCalendarRoute()
  calendar(@ConsumerCase() c: CaseEntity, @Param('sessionId') sessionId: string): Promise<StreamableFile> {
    return this.sessions.calendarFile(c.id, sessionId, 'consumer');
  }
}
