import type { ExecutionContext } from '@nestjs/common';
import type { ThrottlerModuleOptions, ThrottlerOptions, ThrottlerStorage } from '@nestjs/throttler';
import type { Request } from 'express';
import { AppConfig, RATE_LIMIT_NAMES, type RateLimitName } from '@app/config';
import { limitsOf } from './limit.decorator';

const MESSAGES = {
  vi: 'Bạn đã gửi quá nhiều yêu cầu. Hãy đợi vài phút rồi thử lại.',
  en: 'Too many requests. Please wait a few minutes and try again.',
};

/** Limits that count per thing named in the request rather than per address. */
const TRACKERS: Partial<Record<RateLimitName, (request: Request) => string>> = {
  recovery_case: (request) => {
    const code = (request.body as { trackingCode?: unknown } | undefined)?.trackingCode;
    return typeof code === 'string' ? code.replace(/\s+/g, '').toUpperCase().slice(0, 40) : '';
  },
};

/** One throttler per limit; each counts only on the routes that name it. */
export function throttlerOptions(config: AppConfig, storage: ThrottlerStorage): ThrottlerModuleOptions {
  const throttlers = RATE_LIMIT_NAMES.map((name): ThrottlerOptions => {
    const { limit, windowSeconds } = config.rateLimits[name];
    const tracker = TRACKERS[name];
    return {
      name,
      limit,
      ttl: windowSeconds * 1000,
      skipIf: (context: ExecutionContext) => !limitsOf(context).includes(name),
      ...(tracker && { getTracker: (request: Record<string, unknown>) => tracker(request as unknown as Request) }),
      // Keys under the deployment's prefix; the same for every route that shares the limit.
      generateKey: (_context: ExecutionContext, trackerValue: string, throttler: string) =>
        `${config.redis.prefix}:limit:${throttler}:${trackerValue}`,
    };
  });
  return {
    throttlers,
    storage,
    errorMessage: (context: ExecutionContext) => {
      const language = context.switchToHttp().getRequest<Request>().acceptsLanguages('vi', 'en');
      return language === 'en' ? MESSAGES.en : MESSAGES.vi;
    },
  };
}
