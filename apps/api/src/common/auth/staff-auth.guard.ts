import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { UserEntity } from '@app/persistence';
import { isStaffRole, StaffRole } from '@app/domain';
import { IS_PUBLIC, ROLES, StaffPrincipal } from './auth.decorators';

// The token names the account only: its role, unit and supervisor flag are read fresh.
interface TokenClaims {
  sub: string;
}

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
    const staff = await this.principal(request.headers.authorization);
    request.staff = staff;
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(staff.role)) throw new ForbiddenException('Your role may not do this');
    return true;
  }

  private async principal(header: string | undefined): Promise<StaffPrincipal> {
    const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) throw new UnauthorizedException('Sign in first');
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new UnauthorizedException('Invalid or expired token');
    }
    // The account as it is now, not as it was when the token was issued: a deactivated officer,
    // or one moved to another unit, loses the old access at once.
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: claims.sub, active: true });
    if (!user || !isStaffRole(user.role)) throw new UnauthorizedException('Invalid or expired token');
    return { userId: user.id, role: user.role, organisationId: user.organisationId, supervisor: user.isSupervisor };
  }
}
