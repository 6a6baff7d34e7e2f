import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, StaffPrincipal } from '../common/auth/auth.decorators';
import { CaseFilesService } from './case-files.service';
import { CaseFileDto } from './dto/case-file.dto';
import { FileDownloadQuery } from './dto/file-download.query';
import { FileDownloadRoute } from './file-route.decorators';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/files')
export class StaffFilesController {
  constructor(private readonly files: CaseFilesService) {}

  @Get()
  @ApiOkResponse({
    type: [CaseFileDto],
    description:
      'The case’s evidence, documents and attachments, oldest first (signed scans of records the caller may not read left out)',
  })
  @ApiNotFoundResponse({ description: 'No such case, or not one the caller may see' })
  list(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<CaseFileDto[]> {
    return this.files.listForStaff(staff, id);
  }

  @Get(':fileId')
  @FileDownloadRoute('No such case or file, or not one the caller may see')
  @ApiForbiddenResponse({ description: 'The association and analysts see no parties’ files (least privilege)' })
  download(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Param('fileId') fileId: string,
    @Query() query: FileDownloadQuery,
  ): Promise<StreamableFile> {
    return this.files.downloadForStaff(staff, id, fileId, query.inline === '1');
  }
}
