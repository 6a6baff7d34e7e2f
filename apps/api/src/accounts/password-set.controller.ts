import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiGoneResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/auth.decorators';
import { CallerLanguage } from '../common/validation/language.decorator';
import type { Language } from '../common/validation/messages';
import { SetPasswordDto } from './dto/password.dto';
import { PasswordLinksService } from './password-links.service';
import { Limit } from '../common/limits/limit.decorator';

@ApiTags('auth')
@Limit('login')
@Controller('auth/password')
export class PasswordSetController {
  constructor(private readonly links: PasswordLinksService) {}

  @Public()
  @Post('set')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The password is set; the link is used up; earlier tokens stop working' })
  @ApiBadRequestResponse({ description: '`password`: refused by the policy (vi/en by Accept-Language)' })
  @ApiGoneResponse({ description: '`{ code: "link_expired" }`: used, expired, replaced or unknown' })
  setPassword(@Body() body: SetPasswordDto, @CallerLanguage() language: Language): Promise<void> {
    return this.links.setPassword(body.token, body.password, language);
  }
}
