import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/auth.decorators';
import { AccessLogPageDto, AccessLogQuery } from './access-log.dto';
import { AccessLogService } from './access-log.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/access-log')
export class AccessLogController {
  constructor(private readonly log: AccessLogService) {}

  @Get()
  @ApiOkResponse({
    type: AccessLogPageDto,
    description:
      'Who viewed a party’s contact data and when (issue 12 item 8; PDPL 91/2025): each case detail with contact ' +
      'data and each file download by staff, newest first',
  })
  @ApiForbiddenResponse({ description: 'Admins only' })
  list(@Query() query: AccessLogQuery): Promise<AccessLogPageDto> {
    return this.log.list(query);
  }
}
