import type { Request } from 'express';
import { cookieValue, CSRF_COOKIE, CSRF_HEADER, csrfTokenFor, sameSecret, StaffTokenClaims } from './staff-token';

// Reading changes nothing: only these may go without the header.
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request signed by the staff cookie fails the CSRF check: a method that changes
 * something must carry X-CSRF-Token equal to the cc_csrf cookie and to the value derived from the
 * token itself. Another site can make the browser send the cookies, but cannot read them to set
 * the header.
 */
export function csrfRefused(request: Request, claims: StaffTokenClaims, secret: string): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const header = request.headers[CSRF_HEADER];
  const sent = Array.isArray(header) ? undefined : header;
  const expected = csrfTokenFor(secret, claims);
  return !(sameSecret(sent, cookieValue(request.headers.cookie, CSRF_COOKIE)) && sameSecret(sent, expected));
}
