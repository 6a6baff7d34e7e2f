import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CaseEntity } from '@app/persistence';
import { Public } from '../../common/auth/auth.decorators';
import { ConsumerAccessGuard } from '../../complaints/tracking/consumer-access.guard';
import { ACCESS_KEY_HEADER_DOC, ConsumerCase } from '../../complaints/tracking/consumer-case.decorator';
import { SessionDto } from './dto/session.dto';
import { SessionQueries } from './session-queries.service';

@ApiTags('complaints')
@Public()
@UseGuards(ConsumerAccessGuard)
@ApiHeader(ACCESS_KEY_HEADER_DOC)
@ApiNotFoundResponse({ description: 'Unknown tracking code or wrong key (the same answer for both)' })
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
}
