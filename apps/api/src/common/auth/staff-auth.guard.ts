import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { StaffRole } from '@app/domain';
import { IS_PUBLIC, ROLES, StaffPrincipal } from './auth.decorators';
import { csrfRefused } from './csrf';
import { bearerToken, cookieToken, StaffSession, verifyStaffToken } from './staff-token';

/**
 * Global guard: a valid staff token unless the route is @Public(), and the role when @Roles() says so.
 * The token comes from the bearer header or, without one, from the cc_staff cookie; a request
 * signed by the cookie that changes something must also prove it comes from our page (CSRF).
 */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context
      .switchToHttp()
      .getRequest<Request & { staff?: StaffPrincipal; staffSession?: StaffSession }>();
    const bearer = bearerToken(request.headers.authorization);
    const token = bearer ?? cookieToken(request.headers.cookie);
    const { staff, claims } = await verifyStaffToken(this.jwt, this.dataSource, token);
    const via = bearer ? 'bearer' : 'cookie';
    if (via === 'cookie' && csrfRefused(request, claims, this.config.jwt.secret)) {
      throw new ForbiddenException({
        statusCode: 403,
        error: 'csrf_failed',
        code: 'csrf_failed',
        message: 'Send the X-CSRF-Token header with the value of the cc_csrf cookie',
      });
    }
    request.staff = staff;
    request.staffSession = { token: token!, claims, via };
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(staff.role)) throw new ForbiddenException('Your role may not do this');
    return true;
  }
}
