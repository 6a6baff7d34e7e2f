import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/auth.decorators';
import { QueuedDto, TestMailDto } from './dto/test-mail.dto';
import { MailCheckService } from './mail-check.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/mail')
export class MailCheckController {
  constructor(private readonly mailCheck: MailCheckService) {}

  @Post('test')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: QueuedDto })
  sendTest(@Body() body: TestMailDto): Promise<QueuedDto> {
    return this.mailCheck.sendTestMail(body);
  }
}
