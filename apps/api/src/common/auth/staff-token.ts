import { UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { isStaffRole } from '@app/domain';
import { UserEntity } from '@app/persistence';
import type { StaffPrincipal } from './auth.decorators';

/** The HttpOnly cookie holding the staff token for pages a browser opens itself (the queue board). */
export const STAFF_COOKIE = 'cc_staff';

// The token names the account only: its role, unit and supervisor flag are read fresh.
interface TokenClaims {
  sub: string;
}

/** The token of an `Authorization: Bearer …` header, if any. */
export function bearerToken(header: string | undefined): string | undefined {
  return header?.match(/^Bearer\s+(\S+)$/i)?.[1];
}

/** The value of the staff cookie in a `Cookie` header, if any. */
export function cookieToken(header: string | undefined): string | undefined {
  for (const pair of header?.split(';') ?? []) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === STAFF_COOKIE) return pair.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

/** The staff member a token names, as the account is now; 401 when absent, invalid, expired or deactivated. */
export async function staffFromToken(
  jwt: JwtService,
  dataSource: DataSource,
  token: string | undefined,
): Promise<StaffPrincipal> {
  if (!token) throw new UnauthorizedException('Sign in first');
  let claims: TokenClaims;
  try {
    claims = await jwt.verifyAsync<TokenClaims>(token);
  } catch {
    throw new UnauthorizedException('Invalid or expired token');
  }
  // The account as it is now, not as it was when the token was issued: a deactivated officer,
  // or one moved to another unit, loses the old access at once.
  const user = await dataSource.getRepository(UserEntity).findOneBy({ id: claims.sub, active: true });
  if (!user || !isStaffRole(user.role)) throw new UnauthorizedException('Invalid or expired token');
  return { userId: user.id, role: user.role, organisationId: user.organisationId, supervisor: user.isSupervisor };
}
