import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/auth.decorators';
import { KeyRecoveryAnswerDto, KeyRecoveryDto } from './dto/key-recovery.dto';
import { AccessKeyRecoveryService } from './recovery/access-key-recovery.service';
import { Limit } from '../common/limits/limit.decorator';

@ApiTags('complaints')
@Public()
@Limit('recovery', 'recovery_case')
@Controller('complaints/key-recovery')
export class KeyRecoveryController {
  constructor(private readonly recovery: AccessKeyRecoveryService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'A new access key, emailed to the address the complaint was filed with (the old key stops working)',
  })
  @ApiAcceptedResponse({
    type: KeyRecoveryAnswerDto,
    description: 'The same answer whether or not the code and the address match',
  })
  @ApiBadRequestResponse({ description: 'Field errors (a tracking code like TN-2026-000123, an email address)' })
  async recover(@Body() body: KeyRecoveryDto): Promise<KeyRecoveryAnswerDto> {
    return this.recovery.recover(body).then(() => ({ status: 'accepted' }));
  }
}
