import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { CaseActionError, CaseFailureCode } from '@app/cases';
import { CASE_ERROR_HTTP_STATUS } from '@app/domain';

// Domain codes become HTTP statuses only here, at the edge.
const STATUS: Record<CaseFailureCode, number> = {
  ...CASE_ERROR_HTTP_STATUS,
  not_found: 404,
  stale_version: 409,
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
