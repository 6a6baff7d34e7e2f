import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/auth/auth.decorators';
import { STAFF_COOKIE } from '../common/auth/staff-token';
import { AuthService } from './auth.service';
import { AccessTokenDto, LoginDto } from './dto/login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({
    type: AccessTokenDto,
    headers: {
      'Set-Cookie': {
        description: 'cc_staff=<the token>; HttpOnly; SameSite=Strict; Path=/admin',
        schema: { type: 'string' },
      },
    },
  })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password' })
  async login(@Body() body: LoginDto, @Res({ passthrough: true }) res: Response): Promise<AccessTokenDto> {
    const token = await this.auth.login(body);
    // Also as an HttpOnly cookie: a browser opening the queue board cannot send the bearer header.
    res.cookie(STAFF_COOKIE, token.accessToken, this.auth.staffCookieOptions());
    return token;
  }
}
