import { Controller, Get, Param, Query, Req, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { BusinessLinkEntity } from '@app/persistence';
import { BusinessLinkGuard, type BusinessRequest, LinkUse } from '../business/business-link.guard';
import { ApiBusinessToken, businessPaths } from '../business/link-token';
import { Public } from '../common/auth/auth.decorators';
import { CaseFilesService } from './case-files.service';
import { CaseFileDto } from './dto/case-file.dto';
import { FileDownloadQuery } from './dto/file-download.query';
import { FileDownloadRoute } from './file-route.decorators';

const link = (request: BusinessRequest) => request.businessLink as BusinessLinkEntity;

@ApiTags('business')
@Public()
@UseGuards(BusinessLinkGuard)
@LinkUse('view')
@ApiGoneResponse({ description: 'The link expired or was revoked' })
@ApiBusinessToken()
@Controller(businessPaths('/files'))
export class BusinessFilesController {
  constructor(private readonly files: CaseFilesService) {}

  @Get()
  @ApiOkResponse({
    type: [CaseFileDto],
    description: 'The business’s own documents and the files staff shared with the parties, oldest first',
  })
  @ApiNotFoundResponse({ description: 'Unknown link' })
  list(@Req() request: BusinessRequest): Promise<CaseFileDto[]> {
    return this.files.listForBusiness(link(request));
  }

  @Get(':fileId')
  @FileDownloadRoute('Unknown link, or no such file the business may see (the consumer’s evidence is the consumer’s)')
  download(
    @Req() request: BusinessRequest,
    @Param('fileId') fileId: string,
    @Query() query: FileDownloadQuery,
  ): Promise<StreamableFile> {
    return this.files.downloadForBusiness(link(request), fileId, query.inline === '1');
  }
}
