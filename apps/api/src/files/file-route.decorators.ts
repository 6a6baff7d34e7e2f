import { applyDecorators, Header } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiProduces } from '@nestjs/swagger';

/** What every file download shares: never cached, never sniffed, the bytes as stored. */
export function FileDownloadRoute(notFound: string) {
  return applyDecorators(
    Header('Cache-Control', 'no-store'),
    Header('X-Content-Type-Options', 'nosniff'),
    ApiParam({ name: 'fileId', format: 'uuid' }),
    ApiProduces('image/jpeg', 'image/png', 'application/pdf', 'application/octet-stream'),
    ApiOkResponse({
      description:
        'The file’s bytes, streamed, with its stored Content-Type (HTML or SVG never: application/octet-stream), ' +
        '`Content-Disposition: attachment` (`inline` with `?inline=1` for an image or a PDF) and the original name ' +
        '(RFC 6266, `filename*` in UTF-8), `X-Content-Type-Options: nosniff`, `Cache-Control: no-store`',
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    }),
    ApiNotFoundResponse({ description: notFound }),
  );
}
