import {
  BadRequestException,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  type NestMiddleware,
  PayloadTooLargeException,
} from '@nestjs/common';
import { type NextFunction, type Request, type Response, text } from 'express';

/** A population file of 92 lines is about 2 KB; this leaves room for comments in spreadsheets' exports. */
export const POPULATION_CSV_MAX_BYTES = 64 * 1024;

/** The multipart form's file field. */
export const POPULATION_CSV_FIELD = 'file';

export const POPULATION_CSV_UPLOAD_LIMITS = {
  limits: { fileSize: POPULATION_CSV_MAX_BYTES, files: 1, fields: 0, parts: 1 },
};

const parseText = text({ type: ['text/csv', 'text/plain'], limit: POPULATION_CSV_MAX_BYTES, defaultCharset: 'utf-8' });

/**
 * Reads a text/csv body into a string (the app parses only JSON and forms). Its failures become
 * HTTP errors here: thrown from a route's middleware, the parser's own would answer 500.
 */
@Injectable()
export class CsvBodyMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    parseText(request, response, (error?: unknown) => {
      if (error === undefined) return next();
      const status = (error as { status?: number }).status;
      next(status === 413 ? new PayloadTooLargeException() : new BadRequestException('Unreadable CSV body'));
    });
  }
}

/** The CSV as text: the uploaded file of a multipart form, or a text/csv body; undefined when neither. */
export const PopulationCsv = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const request = context.switchToHttp().getRequest<Request & { file?: { buffer: Buffer } }>();
  if (request.file) return request.file.buffer.toString('utf8');
  return typeof request.body === 'string' ? request.body : undefined;
});
