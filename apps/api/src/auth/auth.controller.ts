import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentSession, Public } from '../common/auth/auth.decorators';
import type { StaffSession } from '../common/auth/staff-token';
import { Limit } from '../common/limits/limit.decorator';
import { CallerLanguage } from '../common/validation/language.decorator';
import type { Language } from '../common/validation/messages';
import { AuthService } from './auth.service';
import { AccessTokenDto, LoginDto } from './dto/login.dto';
import { StaffSessionDto } from './dto/staff-session.dto';
import { SessionCookies } from './session-cookies';

const SESSION_COOKIES = {
  'Set-Cookie': {
    description:
      'cc_staff=<the token>; HttpOnly; SameSite=Strict; Path=/; Max-Age=<token life> (Secure in production) and ' +
      'cc_csrf=<csrfToken>; SameSite=Strict; Path=/ (readable by the page)',
    schema: { type: 'string' },
  },
};
const CSRF_HEADER_DOC = {
  name: 'X-CSRF-Token',
  required: false,
  description: 'Required when signed in by the cc_staff cookie (no bearer header): the value of the cc_csrf cookie',
};
const CSRF_REFUSED = { description: '`{ code: "csrf_failed" }`: signed by the cookie without the right X-CSRF-Token' };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
  ) {}

  @Public()
  @Limit('login')
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: AccessTokenDto, headers: SESSION_COOKIES })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password, inactive account, or no password set yet' })
  @ApiTooManyRequestsResponse({
    description: '`login_locked`: failed sign-ins in a row locked the account for a while (its owner is emailed)',
  })
  async login(
    @Body() body: LoginDto,
    @CallerLanguage() language: Language,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AccessTokenDto> {
    return this.cookies.write(res, await this.auth.login(body, language));
  }

  @Get('session')
  @ApiBearerAuth()
  @ApiCookieAuth('cc_staff')
  @ApiOkResponse({ type: StaffSessionDto })
  @ApiUnauthorizedResponse({ description: 'Not signed in, or the token has ended' })
  session(@CurrentSession() session: StaffSession): Promise<StaffSessionDto> {
    return this.auth.session(session);
  }

  @Post('renew')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiCookieAuth('cc_staff')
  @ApiHeader(CSRF_HEADER_DOC)
  @ApiOkResponse({ type: AccessTokenDto, headers: SESSION_COOKIES, description: 'A fresh token and cookies' })
  @ApiUnauthorizedResponse({ description: 'Not signed in, or the token has ended' })
  @ApiForbiddenResponse(CSRF_REFUSED)
  async renew(
    @CurrentSession() session: StaffSession,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AccessTokenDto> {
    return this.cookies.write(res, await this.auth.renew(session));
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiCookieAuth('cc_staff')
  @ApiHeader(CSRF_HEADER_DOC)
  @ApiNoContentResponse({ description: 'Every token of the account stops working; both cookies are cleared' })
  @ApiForbiddenResponse(CSRF_REFUSED)
  async logout(@CurrentSession() session: StaffSession, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(session);
    this.cookies.clear(res);
  }
}
