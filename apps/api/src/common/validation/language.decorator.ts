import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { Language, languageOf } from './messages';

/** The caller's language, from Accept-Language (vi unless English is preferred). */
export const CallerLanguage = createParamDecorator((_: unknown, context: ExecutionContext): Language =>
  languageOf(context.switchToHttp().getRequest<Request>().headers['accept-language']),
);
