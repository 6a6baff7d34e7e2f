import { applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';

/**
 * The business's link token travels in this header on `/business/link/…`, so that it never stands in
 * a URL that reaches the server or its logs. The path form `/business/{token}/…` stays for the
 * clients and emails that use it.
 */
export const BUSINESS_TOKEN_HEADER = 'X-Business-Token';

/**
 * Every business route's two paths: the header form first (Express tries routes in order), the
 * path form after it.
 */
export const businessPaths = (rest = ''): string[] => [`business/link${rest}`, `business/:token${rest}`];

/** The token of a business route: the header when given, else the path's `:token`. */
export function linkTokenOf(request: Request): string {
  const header = request.headers[BUSINESS_TOKEN_HEADER.toLowerCase()];
  if (typeof header === 'string' && header !== '') return header;
  return String(request.params.token ?? '');
}

/** The link token of the request (see `linkTokenOf`), for the handlers that take it. */
export const LinkToken = createParamDecorator((_: unknown, context: ExecutionContext): string =>
  linkTokenOf(context.switchToHttp().getRequest<Request>()),
);

/** Swagger: the header, required on `/business/link/…`, instead of the token in the path. */
export const ApiBusinessToken = () =>
  applyDecorators(
    ApiHeader({
      name: BUSINESS_TOKEN_HEADER,
      required: false,
      description:
        'The link’s token: required on /business/link/… (keeps it out of URLs and logs); on /business/{token}/… ' +
        'it wins over the path when both are given',
    }),
  );
