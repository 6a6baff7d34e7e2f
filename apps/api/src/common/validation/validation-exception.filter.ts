import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { fieldMessage, languageOf, SUMMARY } from './messages';
import { RequestValidationError } from './validation.pipe';

export interface FieldError {
  field: string;
  messages: string[];
}

/** Renders validation failures as 400 with field-level messages in the caller's language. */
@Catch(RequestValidationError)
export class ValidationExceptionFilter implements ExceptionFilter {
  catch(exception: RequestValidationError, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const language = languageOf(request.headers['accept-language']);
    const errors: FieldError[] = exception.failures.map((failure) => ({
      field: failure.field,
      messages: failure.constraints.map((c) => fieldMessage(language, c.name, failure.field, c.args)),
    }));
    http
      .getResponse<Response>()
      .status(400)
      .json({ statusCode: 400, error: 'validation_failed', message: SUMMARY[language], errors });
  }
}
