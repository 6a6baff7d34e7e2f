import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { CaseActionError, CaseFailureCode } from '@app/cases';

// Domain codes become HTTP statuses only here, at the edge.
const STATUS: Record<CaseFailureCode, number> = {
  unknown_action: 404,
  not_found: 404,
  invalid_transition: 409,
  stale_version: 409,
  forbidden: 403,
  rule_violated: 422,
};

@Catch(CaseActionError)
export class CaseActionErrorFilter implements ExceptionFilter {
  catch(error: CaseActionError, host: ArgumentsHost): void {
    const statusCode = STATUS[error.code];
    const body =
      error.code === 'not_found'
        ? { statusCode, error: 'not_found', message: 'Not found' }
        : {
            statusCode,
            error: error.code,
            message: error.message,
            details: error.details,
            ...(error.current && statusCode === 409 ? error.current : {}),
          };
    host.switchToHttp().getResponse<Response>().status(statusCode).json(body);
  }
}
