import * as nodeIcal from 'node-ical';
import { buildIcs, icsAttachment, type IcsInvitation } from '@app/cases/notifications/ics';

const invitation: IcsInvitation = {
  method: 'request',
  uid: '0b8f7c1e-2f1d-4a57-9d1c-3c8e1f0a9b11@khieunai.example.vn',
  sequence: 0,
  startsAt: new Date('2026-12-15T07:30:00Z'),
  endsAt: new Date('2026-12-15T09:00:00Z'),
  summary: 'Hòa giải hồ sơ TN-2026-000123',
  description: 'Phiên hòa giải; nội dung được giữ bí mật, trừ khi các bên đồng ý khác.',
  location: 'Phòng 204, 18 Hoàng Văn Thụ, TP Thái Nguyên',
  organizer: { name: 'Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Thái Nguyên', email: 'hoagiai@example.vn' },
  attendees: [
    { name: 'Nguyễn Thị Lan', email: 'lan@example.org' },
    { name: 'Công ty "ABC"\nchi nhánh 2', email: 'cskh@abc.example.com' },
  ],
  stamp: new Date('2026-12-01T02:00:00Z'),
};

const parse = (text: string) => {
  const parsed = nodeIcal.sync.parseICS(text);
  const event = Object.values(parsed).find((c): c is nodeIcal.VEvent => c?.type === 'VEVENT');
  if (!event) throw new Error(`no VEVENT in:\n${text}`);
  return { calendar: parsed.vcalendar as nodeIcal.VCalendar, event };
};

const addresses = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map((a: { val: string }) => a.val.replace(/^mailto:/i, ''));

describe(buildIcs.name, () => {
  it('writes a REQUEST that a calendar reads back: the instant, the UID, SEQUENCE, summary and place', () => {
    const sut = buildIcs(invitation);
    const { calendar, event } = parse(sut);
    expect(sut).toContain('METHOD:REQUEST');
    expect(calendar.method).toBe('REQUEST');
    expect(event.uid).toBe(invitation.uid);
    expect(String(event.sequence)).toBe('0');
    expect(event.start.toISOString()).toBe('2026-12-15T07:30:00.000Z');
    expect(event.end.toISOString()).toBe('2026-12-15T09:00:00.000Z');
    expect(event.summary).toBe(invitation.summary);
    expect(event.location).toBe(invitation.location);
    expect(event.description).toBe(invitation.description);
    expect(event.status).toBe('CONFIRMED');
    expect(sut).toContain('DTSTAMP:20261201T020000Z');
  });

  it('names the organiser and every attendee, with quotes and line breaks taken out of their names', () => {
    const sut = buildIcs(invitation);
    const { event } = parse(sut);
    expect(addresses(event.organizer)).toEqual(['hoagiai@example.vn']);
    expect(addresses(event.attendee)).toEqual(['lan@example.org', 'cskh@abc.example.com']);
    expect(sut).toContain(`CN="Công ty 'ABC' chi nhánh 2"`);
    expect(sut).toContain('RSVP=TRUE');
  });

  it('writes times in UTC, so that no calendar has to know the Vietnamese time zone', () => {
    const sut = buildIcs(invitation);
    expect(sut).toMatch(/^DTSTART:20261215T073000Z$/m);
    expect(sut).toMatch(/^DTEND:20261215T090000Z$/m);
  });

  it('writes a CANCEL with the same UID, a higher SEQUENCE and STATUS:CANCELLED', () => {
    const sut = buildIcs({ ...invitation, method: 'cancel', sequence: 2 });
    const { calendar, event } = parse(sut);
    expect(calendar.method).toBe('CANCEL');
    expect(event.uid).toBe(invitation.uid);
    expect(String(event.sequence)).toBe('2');
    expect(event.status).toBe('CANCELLED');
    expect(sut).not.toContain('RSVP=TRUE');
  });

  it('writes a PUBLISH to download: the same UID and SEQUENCE, no attendee asked to reply', () => {
    const sut = buildIcs({ ...invitation, method: 'publish', sequence: 1 });
    const { calendar, event } = parse(sut);
    expect(calendar.method).toBe('PUBLISH');
    expect(event.uid).toBe(invitation.uid);
    expect(String(event.sequence)).toBe('1');
    expect(event.status).toBe('CONFIRMED');
    expect(addresses(event.organizer)).toEqual(['hoagiai@example.vn']);
    expect(sut).not.toContain('ATTENDEE');
    expect(sut).not.toContain('lan@example.org');
  });

  it('a PUBLISH of a cancelled meeting says STATUS:CANCELLED', () => {
    const { calendar, event } = parse(buildIcs({ ...invitation, method: 'publish', cancelled: true }));
    expect(calendar.method).toBe('PUBLISH');
    expect(event.status).toBe('CANCELLED');
  });

  it('an online session carries its link as URL', () => {
    const url = 'https://meet.example.vn/hoa-giai-123';
    const { event } = parse(buildIcs({ ...invitation, location: url, url }));
    expect(event.location).toBe(url);
    expect(JSON.stringify(event.url)).toContain(url);
  });
});

describe(icsAttachment.name, () => {
  it('is a text/calendar attachment with the method, its content the .ics in base64', () => {
    const sut = icsAttachment(invitation);
    expect(sut.filename).toBe('invite.ics');
    expect(sut.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(Buffer.from(sut.contentBase64, 'base64').toString('utf8')).toBe(buildIcs(invitation));
    const cancel = icsAttachment({ ...invitation, method: 'cancel' });
    expect(cancel.filename).toBe('cancel.ics');
    expect(cancel.contentType).toContain('method=CANCEL');
  });
});
