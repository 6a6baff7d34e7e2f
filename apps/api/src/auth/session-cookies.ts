import { Injectable } from '@nestjs/common';
import type { CookieOptions, Response } from 'express';
import { AppConfig } from '@app/config';
import { CSRF_COOKIE, STAFF_COOKIE } from '../common/auth/staff-token';
import type { AccessTokenDto } from './dto/login.dto';

/**
 * The two cookies of a staff session: cc_staff holds the token (HttpOnly: no script reads it), for
 * the pages a browser opens itself (the queue board) and for getting the token back after a reload;
 * cc_csrf holds the CSRF value the web app sends back as X-CSRF-Token.
 */
@Injectable()
export class SessionCookies {
  constructor(private readonly config: AppConfig) {}

  /** Sets both cookies for `token` and returns it, so a handler stays one line. */
  write(res: Response, token: AccessTokenDto): AccessTokenDto {
    res.cookie(STAFF_COOKIE, token.accessToken, this.staffCookieOptions());
    res.cookie(CSRF_COOKIE, token.csrfToken, this.csrfCookieOptions());
    return token;
  }

  clear(res: Response): void {
    const { maxAge: _staff, ...staff } = this.staffCookieOptions();
    const { maxAge: _csrf, ...csrf } = this.csrfCookieOptions();
    res.clearCookie(STAFF_COOKIE, staff);
    res.clearCookie(CSRF_COOKIE, csrf);
  }

  /** The staff cookie lives as long as the token, on the whole site, same-site requests only. */
  staffCookieOptions(): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: this.config.env === 'production',
      maxAge: this.config.jwt.ttlSeconds * 1000,
    };
  }

  /** Readable by the page's script (that is its purpose); worthless without the HttpOnly token. */
  csrfCookieOptions(): CookieOptions {
    return { ...this.staffCookieOptions(), httpOnly: false };
  }
}
