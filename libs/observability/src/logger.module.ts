import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { DynamicModule, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '@app/config';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

// The segment after `/business/` is a link's token (the page `/business/{token}`, the api's path
// form `/api/v1/business/{token}/…`), whatever its length; `/business/link/…` carries it in a header.
const BUSINESS_TOKEN_SEGMENT = /(\/business\/)(?!link(?:\/|$))[^/]+/g;

/** Secrets in paths (business links, tracking keys) and query strings never reach the log. */
export function scrubUrl(url: string | undefined): string {
  return (url ?? '')
    .split(/[?#]/)[0]
    .replace(BUSINESS_TOKEN_SEGMENT, '$1[secret]')
    .replace(/[A-Za-z0-9_-]{24,}/g, '[secret]');
}

/**
 * JSON logs with a request id on every line. Only method, route and status are logged for a
 * request: never bodies, headers or query strings, which may hold personal data.
 */
export function loggerModule(): DynamicModule {
  return LoggerModule.forRootAsync({
    inject: [AppConfig],
    useFactory: (config: AppConfig) => ({
      // Named wildcard: the path syntax of Express 5 (a bare '*' logs a conversion warning).
      forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
      pinoHttp: {
        level: config.logLevel,
        genReqId: (req: IncomingMessage) => {
          const given = req.headers['x-request-id'];
          return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        },
        // Every line logged while serving a request carries its id.
        customProps: (req: IncomingMessage & { id?: unknown }) => ({ requestId: req.id }),
        serializers: {
          req: (req: { id: string; method: string; url: string }) => ({
            id: req.id,
            method: req.method,
            url: scrubUrl(req.url),
          }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          // Errors keep their type, message, code and stack only: a database error's query
          // parameters (case content, personal data) never reach the log.
          err: (err: Error & { code?: unknown }) => ({
            type: err?.constructor?.name ?? 'Error',
            message: err?.message,
            code: err?.code,
            stack: err?.stack,
          }),
        },
        redact: { paths: ['email', 'phone', 'password', '*.email', '*.phone', '*.password'], censor: '[redacted]' },
        autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
      },
    }),
  });
}
