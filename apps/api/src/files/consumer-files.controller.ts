import { Controller, Get, Param, Query, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { CaseEntity } from '@app/persistence';
import { Public } from '../common/auth/auth.decorators';
import { ConsumerAccessGuard } from '../complaints/tracking/consumer-access.guard';
import { ACCESS_KEY_HEADER_DOC, ConsumerCase } from '../complaints/tracking/consumer-case.decorator';
import { CaseFilesService } from './case-files.service';
import { FileDownloadQuery } from './dto/file-download.query';
import { FileDownloadRoute } from './file-route.decorators';

@ApiTags('complaints')
@Public()
@UseGuards(ConsumerAccessGuard)
@ApiHeader(ACCESS_KEY_HEADER_DOC)
@Controller('complaints/:trackingCode/files')
export class ConsumerFilesController {
  constructor(private readonly files: CaseFilesService) {}

  @Get(':fileId')
  @FileDownloadRoute(
    'Unknown tracking code, wrong key, or no such file in the case (the ids are in `evidence` of the view)',
  )
  download(
    @ConsumerCase() c: CaseEntity,
    @Param('fileId') fileId: string,
    @Query() query: FileDownloadQuery,
  ): Promise<StreamableFile> {
    return this.files.downloadForConsumer(c, fileId, query.inline === '1');
  }
}
