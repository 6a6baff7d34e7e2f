import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { StaffRole } from '@app/domain';
import { IS_PUBLIC, ROLES, StaffPrincipal } from './auth.decorators';
import { bearerToken, staffFromToken } from './staff-token';

/** Global guard: a valid staff token unless the route is @Public(), and the role when @Roles() says so. */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { staff?: StaffPrincipal }>();
    const staff = await staffFromToken(this.jwt, this.dataSource, bearerToken(request.headers.authorization));
    request.staff = staff;
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(staff.role)) throw new ForbiddenException('Your role may not do this');
    return true;
  }
}
