import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { RecordKind } from '@app/domain';
import { CurrentStaff, StaffPrincipal } from '../../common/auth/auth.decorators';
import { RecordKindPipe } from './record-kind.pipe';
import { RecordPdfRoute } from './record-route.decorators';
import { RecordsService } from './records.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class StaffRecordsController {
  constructor(private readonly records: RecordsService) {}

  @Get(':id/records/:kind')
  @RecordPdfRoute(
    'No such case, or not one the caller may see; mediation records only for the mediator and their organisation’s admin (Art 62.2)',
  )
  record(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Param('kind', RecordKindPipe) kind: RecordKind,
  ): Promise<StreamableFile> {
    return this.records.forStaff(staff, id, kind);
  }
}
