import { applyDecorators, Header } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { RECORD_KINDS } from '@app/domain';

/**
 * What every record route shares: a PDF attachment ("<tracking>-<kind>.pdf") never cached, the
 * `{kind}` parameter, and its failures (unknown kind 400, incomplete or not recorded 422).
 */
export function RecordPdfRoute(notFound: string) {
  return applyDecorators(
    Header('Cache-Control', 'no-store'),
    ApiProduces('application/pdf'),
    ApiParam({
      name: 'kind',
      enum: RECORD_KINDS,
      description:
        'mediation-success (Law 19 Art 65.2), mediation-failure (parties, date, reason, next step), negotiation (Art 60)',
    }),
    ApiOkResponse({
      description: 'The record as an A4 PDF in Vietnamese, as an attachment named `<trackingCode>-<kind>.pdf`',
      content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
    }),
    ApiBadRequestResponse({ description: 'Unknown `kind`' }),
    ApiNotFoundResponse({ description: notFound }),
    ApiUnprocessableEntityResponse({
      description: 'The record’s data is incomplete, or not recorded for this case: `details` lists the missing fields',
    }),
  );
}
