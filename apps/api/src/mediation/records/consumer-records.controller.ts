import { Controller, Get, Param, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { RecordKind } from '@app/domain';
import type { CaseEntity } from '@app/persistence';
import { Public } from '../../common/auth/auth.decorators';
import { ConsumerAccessGuard } from '../../complaints/tracking/consumer-access.guard';
import { ACCESS_KEY_HEADER_DOC, ConsumerCase } from '../../complaints/tracking/consumer-case.decorator';
import { RecordKindPipe } from './record-kind.pipe';
import { RecordPdfRoute } from './record-route.decorators';
import { RecordsService } from './records.service';
import { Limit } from '../../common/limits/limit.decorator';

@ApiTags('complaints')
@Public()
@UseGuards(ConsumerAccessGuard)
@ApiHeader(ACCESS_KEY_HEADER_DOC)
@Limit('access')
@Controller('complaints/:trackingCode/records')
export class ConsumerRecordsController {
  constructor(private readonly records: RecordsService) {}

  @Get(':kind')
  @RecordPdfRoute('Unknown tracking code or wrong key (the same answer for both)')
  record(@ConsumerCase() c: CaseEntity, @Param('kind', RecordKindPipe) kind: RecordKind): Promise<StreamableFile> {
    return this.records.forConsumer(c, kind);
  }
}
