import { Controller, Get, Param, Req, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse, ApiGoneResponse, ApiTags } from '@nestjs/swagger';
import type { RecordKind } from '@app/domain';
import type { BusinessLinkEntity } from '@app/persistence';
import { BusinessLinkGuard, type BusinessRequest, LinkUse } from '../../business/business-link.guard';
import { ApiBusinessToken, businessPaths } from '../../business/link-token';
import { Public } from '../../common/auth/auth.decorators';
import { RecordKindPipe } from './record-kind.pipe';
import { RecordPdfRoute } from './record-route.decorators';
import { RecordsService } from './records.service';
import { Limit } from '../../common/limits/limit.decorator';

@ApiTags('business')
@Public()
@UseGuards(BusinessLinkGuard)
@LinkUse('records')
@ApiGoneResponse({ description: 'The link expired, was revoked, or the negotiation ended' })
@ApiForbiddenResponse({ description: 'The link now serves only to report the negotiation’s result (Law 19 Art 57.5)' })
@ApiBusinessToken()
@Limit('business')
@Controller(businessPaths('/records'))
export class BusinessRecordsController {
  constructor(private readonly records: RecordsService) {}

  @Get(':kind')
  @RecordPdfRoute('Unknown link; or a mediation record, which the link (it ends with the negotiation) does not give')
  record(@Req() request: BusinessRequest, @Param('kind', RecordKindPipe) kind: RecordKind): Promise<StreamableFile> {
    return this.records.forBusiness(request.businessLink as BusinessLinkEntity, kind);
  }
}
