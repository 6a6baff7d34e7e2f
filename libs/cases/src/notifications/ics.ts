import ical, { ICalAttendeeRole, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { MailAttachment } from '@app/mail';

/** Someone on the invitation: the organiser or an attendee. */
export interface IcsPerson {
  name: string;
  email: string;
}

/**
 * One meeting as an iCalendar invitation (RFC 5546): `request` for a new or changed meeting,
 * `cancel` when it is called off, `publish` for a party to download and import (no reply asked).
 * Every version of a meeting keeps its `uid` and raises `sequence`, so calendars update the entry
 * they already have instead of adding one.
 */
export interface IcsInvitation {
  method: 'request' | 'cancel' | 'publish';
  /** A `publish` of a meeting that was called off (STATUS:CANCELLED); a `cancel` always is. */
  cancelled?: boolean;
  uid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description?: string;
  location: string;
  url?: string | null;
  organizer: IcsPerson;
  attendees: readonly IcsPerson[];
  /** DTSTAMP: when this version was made (now by default). */
  stamp?: Date;
}

const PRODUCT_ID = { company: 'Thai Nguyen consumer complaints', product: 'Mediation', language: 'VI' };

const METHOD: Readonly<Record<IcsInvitation['method'], ICalCalendarMethod>> = {
  request: ICalCalendarMethod.REQUEST,
  cancel: ICalCalendarMethod.CANCEL,
  publish: ICalCalendarMethod.PUBLISH,
};

// A parameter value (CN) may hold no double quote nor control character (RFC 5545 §3.1).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]+/g;

const paramText = (text: string): string => text.replace(/"/g, "'").replace(CONTROL, ' ').trim();

const person = (p: IcsPerson) => ({ name: paramText(p.name) || p.email, email: p.email });

/**
 * The .ics text. Times are written in UTC (DTSTART:…Z): exact for every calendar, whatever its
 * time zone; Vietnam has no daylight saving, so the local time never shifts.
 */
export function buildIcs(invitation: IcsInvitation): string {
  const cancelled = invitation.method === 'cancel' || invitation.cancelled === true;
  const calendar = ical({ prodId: PRODUCT_ID, method: METHOD[invitation.method] });
  calendar.createEvent({
    id: invitation.uid,
    sequence: invitation.sequence,
    stamp: invitation.stamp ?? new Date(),
    start: invitation.startsAt,
    end: invitation.endsAt,
    summary: invitation.summary,
    description: invitation.description ?? null,
    location: invitation.location || null,
    url: invitation.url ?? null,
    organizer: person(invitation.organizer),
    // A PUBLISH names no attendees (RFC 5546 §3.2.1): it asks no one to answer.
    attendees:
      invitation.method === 'publish'
        ? []
        : invitation.attendees.map((a) => ({
            ...person(a),
            role: ICalAttendeeRole.REQ,
            rsvp: invitation.method === 'request',
          })),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}

/** The invitation as an email attachment, typed so that mail clients offer to add it to the calendar. */
export function icsAttachment(invitation: IcsInvitation): MailAttachment {
  const method = METHOD[invitation.method];
  return {
    filename: invitation.method === 'cancel' ? 'cancel.ics' : 'invite.ics',
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    contentBase64: Buffer.from(buildIcs(invitation), 'utf8').toString('base64'),
  };
}
