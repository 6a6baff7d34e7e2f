import { createHmac, timingSafeEqual } from 'node:crypto';
import { UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { isStaffRole } from '@app/domain';
import { UserEntity } from '@app/persistence';
import type { StaffPrincipal } from './auth.decorators';

/** The HttpOnly cookie holding the staff token, for pages a browser opens itself (the queue board, a reload). */
export const STAFF_COOKIE = 'cc_staff';
/** The cookie the web app reads to send back as X-CSRF-Token (double submit, bound to the token). */
export const CSRF_COOKIE = 'cc_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * What a staff token says: the account (`sub`), the account's token version when it was issued
 * (`ver`: bumping the account's version ends every token at once), its own id (`jti`) and expiry.
 * Role, unit and supervisor flag are read fresh from the account on every request.
 */
export interface StaffTokenClaims {
  sub: string;
  ver: number;
  jti: string;
  exp: number;
}

/** The token a request was authenticated with, and how it came. */
export interface StaffSession {
  token: string;
  claims: StaffTokenClaims;
  via: 'bearer' | 'cookie';
}

/** The token of an `Authorization: Bearer …` header, if any. */
export function bearerToken(header: string | undefined): string | undefined {
  return header?.match(/^Bearer\s+(\S+)$/i)?.[1];
}

/** The value of the cookie `name` in a `Cookie` header, if any. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of header?.split(';') ?? []) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

/** The value of the staff cookie in a `Cookie` header, if any. */
export function cookieToken(header: string | undefined): string | undefined {
  return cookieValue(header, STAFF_COOKIE);
}

/**
 * The CSRF value of a token: an HMAC, under the JWT secret, of the token's account, id and version.
 * A page on another site can neither read it nor compute it, and it dies with the token.
 */
export function csrfTokenFor(secret: string, claims: Pick<StaffTokenClaims, 'sub' | 'jti' | 'ver'>): string {
  return createHmac('sha256', secret).update(`csrf:${claims.sub}:${claims.jti}:${claims.ver}`).digest('base64url');
}

/** Equal strings, compared in constant time. */
export function sameSecret(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function isClaims(value: unknown): value is StaffTokenClaims {
  const c = value as Partial<StaffTokenClaims> | null;
  return (
    typeof c?.sub === 'string' &&
    typeof c.jti === 'string' &&
    typeof c.exp === 'number' &&
    typeof c.ver === 'number' &&
    Number.isInteger(c.ver)
  );
}

/**
 * The account a token names, as it is now, with the token's claims; 401 when the token is absent,
 * invalid or expired, the account deactivated, or the account's token version moved on (signed out).
 */
export async function verifyStaffToken(
  jwt: JwtService,
  dataSource: DataSource,
  token: string | undefined,
): Promise<{ user: UserEntity; staff: StaffPrincipal; claims: StaffTokenClaims }> {
  if (!token) throw new UnauthorizedException('Sign in first');
  let claims: unknown;
  try {
    claims = await jwt.verifyAsync<object>(token);
  } catch {
    throw new UnauthorizedException('Invalid or expired token');
  }
  if (!isClaims(claims)) throw new UnauthorizedException('Invalid or expired token');
  // The account as it is now, not as it was when the token was issued: a deactivated officer,
  // or one moved to another unit, loses the old access at once.
  const user = await dataSource.getRepository(UserEntity).findOneBy({ id: claims.sub, active: true });
  if (!user || !isStaffRole(user.role) || user.tokenVersion !== claims.ver) {
    throw new UnauthorizedException('Invalid or expired token');
  }
  const staff: StaffPrincipal = {
    userId: user.id,
    role: user.role,
    organisationId: user.organisationId,
    supervisor: user.isSupervisor,
  };
  return { user, staff, claims };
}

/** The staff member a token names, as the account is now; 401 when absent, invalid, expired, signed out or deactivated. */
export async function staffFromToken(
  jwt: JwtService,
  dataSource: DataSource,
  token: string | undefined,
): Promise<StaffPrincipal> {
  return (await verifyStaffToken(jwt, dataSource, token)).staff;
}
