import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AccessTokenDto } from '../auth/dto/login.dto';
import { SessionCookies } from '../auth/session-cookies';
import { CurrentStaff, StaffPrincipal } from '../common/auth/auth.decorators';
import { CallerLanguage } from '../common/validation/language.decorator';
import type { Language } from '../common/validation/messages';
import { ChangePasswordDto } from './dto/change-password.dto';
import { MyPasswordService } from './my-password.service';
import { Limit } from '../common/limits/limit.decorator';

@ApiTags('me')
@ApiBearerAuth()
@ApiCookieAuth('cc_staff')
@Limit('login')
@Controller('me/password')
export class MyPasswordController {
  constructor(
    private readonly passwords: MyPasswordService,
    private readonly cookies: SessionCookies,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({
    type: AccessTokenDto,
    description: 'Changed: every other token of the account ends; this fresh one (and its cookies) keeps the caller in',
  })
  @ApiBadRequestResponse({ description: '`currentPassword` wrong, `newPassword` refused by the policy' })
  @ApiForbiddenResponse({ description: '`{ code: "csrf_failed" }` when signed by the cookie without X-CSRF-Token' })
  async change(
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: ChangePasswordDto,
    @CallerLanguage() language: Language,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AccessTokenDto> {
    return this.cookies.write(res, await this.passwords.change(staff, body, language));
  }
}
