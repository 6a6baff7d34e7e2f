import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { isStaffRole, StaffRole } from '@app/domain';
import { IS_PUBLIC, ROLES, StaffPrincipal } from './auth.decorators';

interface TokenClaims {
  sub: string;
  role: string;
  org: string | null;
  sup?: boolean;
}

/** Global guard: a valid staff token unless the route is @Public(), and the role when @Roles() says so. */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { staff?: StaffPrincipal }>();
    const staff = await this.principal(request.headers.authorization);
    request.staff = staff;
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(staff.role)) throw new ForbiddenException('Your role may not do this');
    return true;
  }

  private async principal(header: string | undefined): Promise<StaffPrincipal> {
    const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) throw new UnauthorizedException('Sign in first');
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token);
      if (!isStaffRole(claims.role)) throw new Error('role');
      return { userId: claims.sub, role: claims.role, organisationId: claims.org, supervisor: claims.sup === true };
    } catch {
      throw new UnauthorizedException('Invalid or expired token');
    }
  }
}
