import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/auth/auth.decorators';
import { RetentionReportDto } from './retention-report.dto';
import { RetentionReportService } from './retention-report.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/retention')
export class RetentionController {
  constructor(private readonly retention: RetentionReportService) {}

  @Get()
  @ApiOkResponse({
    type: RetentionReportDto,
    description:
      'The retention policy in force (Law 91/2025/QH15 Art 3, storage limitation), what is due now per kind, ' +
      'and the last runs of the retention job with their counts',
  })
  @ApiForbiddenResponse({ description: 'Admins only' })
  report(): Promise<RetentionReportDto> {
    return this.retention.report();
  }
}
