import { SetMetadata } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import type { RateLimitName } from '@app/config';

const LIMITS = 'cc:rate-limits';

/** The abuse limits a route (or every route of a controller) counts against. Routes without it have none. */
export const Limit = (...names: RateLimitName[]) => SetMetadata(LIMITS, names);

/** The limits of the route being handled: the handler's own, else its controller's. */
export function limitsOf(context: ExecutionContext): readonly RateLimitName[] {
  const own = Reflect.getMetadata(LIMITS, context.getHandler()) as RateLimitName[] | undefined;
  return own ?? (Reflect.getMetadata(LIMITS, context.getClass()) as RateLimitName[] | undefined) ?? [];
}
