import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { languageOf } from '../common/validation/messages';
import { DataRightsError, type DataRightsFailure } from './data-rights.error';
import { FAILURE_MESSAGES } from './data-rights-texts';

// Domain codes become HTTP statuses only here, at the edge.
const STATUS: Record<DataRightsFailure, number> = {
  not_found: 404,
  consent_needed_while_case_runs: 422,
  case_file_kept_by_law: 422,
  consent_not_given: 409,
  request_closed: 409,
};

@Catch(DataRightsError)
export class DataRightsErrorFilter implements ExceptionFilter {
  catch(error: DataRightsError, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const language = languageOf(http.getRequest<Request>().headers['accept-language']);
    const statusCode = STATUS[error.code];
    http
      .getResponse<Response>()
      .status(statusCode)
      .json({ statusCode, error: error.code, message: FAILURE_MESSAGES[error.code][language], ...error.extra });
  }
}
