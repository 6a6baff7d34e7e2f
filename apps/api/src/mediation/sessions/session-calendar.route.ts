import { applyDecorators, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiProduces } from '@nestjs/swagger';

/**
 * What both parties' calendar routes share: `GET …/sessions/{sessionId}/calendar.ics`, an .ics
 * attachment never cached, described once.
 */
export function SessionCalendarRoute() {
  return applyDecorators(
    Get(':sessionId/calendar.ics'),
    Header('Cache-Control', 'no-store'),
    ApiProduces('text/calendar'),
    ApiParam({ name: 'sessionId', format: 'uuid', description: 'A session of this case (another case’s answers 404)' }),
    ApiOkResponse({
      description:
        'The session as an iCalendar file (RFC 5545) to add to a calendar, attached as ' +
        '`<trackingCode>-session-<yyyy-mm-dd>.ics`: the event of the invitation the party was emailed, with ' +
        'the same UID and SEQUENCE (so a calendar keeps one entry and later invitations update it), sent ' +
        'as METHOD:PUBLISH without attendees; a cancelled session has STATUS:CANCELLED',
      content: { 'text/calendar': { schema: { type: 'string' } } },
    }),
  );
}
