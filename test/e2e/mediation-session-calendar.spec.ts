import type { Attachment, ParsedMail } from 'mailparser';
import * as nodeIcal from 'node-ical';
import type { Response } from 'supertest';
import { issueBusinessLink } from '@app/cases';
import {
  createCase,
  createStaff,
  CreatedCase,
  login,
  mailTo,
  putInMediation,
  Stack,
  startStack,
} from '../support/case-factory';

// A party adds a session to its calendar from the case page: GET …/sessions/{id}/calendar.ics answers
// the invitation it was emailed — the same UID and SEQUENCE — so a calendar keeps one entry for the
// session, whichever way it came, and later invitations update that entry.

const ORG_EMAIL = 'lich@hbvntd.example.vn';
const PLACE = 'Phòng 204, Hội Bảo vệ quyền lợi người tiêu dùng tỉnh, 18 Hoàng Văn Thụ, TP Thái Nguyên';

/** A future instant on a quarter hour, `days` from now. */
const future = (days: number): Date => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCMinutes(d.getUTCMinutes() - (d.getUTCMinutes() % 15), 0, 0);
  return d;
};

interface Calendar {
  method: string;
  event: nodeIcal.VEvent;
  attendees: number;
}

/** An .ics read back as a calendar would. */
function parse(text: string): Calendar {
  const parsed = nodeIcal.sync.parseICS(text);
  const event = Object.values(parsed).find((c): c is nodeIcal.VEvent => c?.type === 'VEVENT');
  if (!event) throw new Error(`no VEVENT in:\n${text}`);
  return {
    method: String((parsed.vcalendar as nodeIcal.VCalendar).method),
    event,
    attendees: event.attendee === undefined ? 0 : [event.attendee].flat().length,
  };
}

/** The .ics attached to a mail. */
function invitationIn(mail: ParsedMail): Calendar {
  const ics = mail.attachments.find((a: Attachment) => a.contentType.startsWith('text/calendar'));
  if (!ics) throw new Error(`no .ics in "${mail.subject}"`);
  return parse(ics.content.toString('utf8'));
}

/** supertest keeps a text/calendar body as text. */
const bodyOf = (res: Response): string => res.text;

describe('a session’s calendar file for the parties (GET …/sessions/{id}/calendar.ics)', () => {
  let stack: Stack;
  let mediator: string;
  let mediatorId: string;
  let kase: CreatedCase;
  let businessToken: string;
  let sessionId: string;
  let startsAt: Date;

  const organise = {
    schedule: (caseId: string, at: Date, extra: object = {}) =>
      stack.http
        .post(`/api/v1/cases/${caseId}/sessions`)
        .set('Authorization', `Bearer ${mediator}`)
        .send({ mode: 'in_person', place: PLACE, startsAt: at.toISOString(), durationMinutes: 90, ...extra })
        .expect(201),
    patch: (caseId: string, id: string, body: object) =>
      stack.http
        .patch(`/api/v1/cases/${caseId}/sessions/${id}`)
        .set('Authorization', `Bearer ${mediator}`)
        .send(body)
        .expect(200),
    cancel: (caseId: string, id: string) =>
      stack.http
        .post(`/api/v1/cases/${caseId}/sessions/${id}/cancel`)
        .set('Authorization', `Bearer ${mediator}`)
        .send({ reason: 'Hòa giải viên bận việc đột xuất, sẽ hẹn lại.' })
        .expect(200),
  };
  const consumerIcs = (c: CreatedCase, id: string, key = c.accessKey) =>
    stack.http.get(`/api/v1/complaints/${c.trackingCode}/sessions/${id}/calendar.ics`).set('X-Access-Key', key);
  const businessIcs = (token: string, id: string) =>
    stack.http.get(`/api/v1/business/${token}/sessions/${id}/calendar.ics`);
  const mediationLink = async (caseId: string): Promise<string> =>
    (await stack.dataSource.transaction((m) => issueBusinessLink(m, caseId, 7, new Date(), 'mediation'))).token;

  /** A case in mediation with HBVNTD and our mediator; the consumer reads English. */
  const caseInMediation = async (): Promise<CreatedCase> => {
    const c = await createCase(stack.dataSource, { language: 'en' });
    await putInMediation(stack.dataSource, c.id, 'HBVNTD', mediatorId);
    return c;
  };

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    await stack.dataSource.query(`UPDATE organisations SET email = $1 WHERE code = 'HBVNTD'`, [ORG_EMAIL]);
    mediatorId = await createStaff(stack.dataSource, {
      email: 'calendar-mediator@e2e.test',
      role: 'mediator',
      orgCode: 'HBVNTD',
    });
    mediator = await login(stack.http, 'calendar-mediator@e2e.test');
    kase = await caseInMediation();
    businessToken = await mediationLink(kase.id);
    startsAt = future(9);
    sessionId = (await organise.schedule(kase.id, startsAt)).body.id as string;
  });
  afterAll(() => stack?.stop());

  it('the consumer, by its access key, gets the invitation it was emailed: same UID, SEQUENCE, time and text', async () => {
    const mail = await mailTo(stack.smtp, kase.consumerEmail, (m) => m.subject?.includes('scheduled') === true);
    const emailed = invitationIn(mail);

    const res = await consumerIcs(kase, sessionId).expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="${kase.trackingCode}-session-\\d{4}-\\d{2}-\\d{2}\\.ics"$`),
    );
    expect(res.headers['cache-control']).toBe('no-store');

    const { method, event, attendees } = parse(bodyOf(res));
    expect(method).toBe('PUBLISH');
    expect(event.uid).toBe(emailed.event.uid);
    expect(event.uid).toBe(`${sessionId}@${new URL(stack.config.publicBaseUrl).hostname}`);
    expect(String(event.sequence)).toBe(String(emailed.event.sequence));
    expect(event.start.toISOString()).toBe(startsAt.toISOString());
    expect(event.end.toISOString()).toBe(new Date(startsAt.getTime() + 90 * 60_000).toISOString());
    expect(event.start.toISOString()).toBe(emailed.event.start.toISOString());
    expect(event.summary).toBe(emailed.event.summary);
    expect(event.summary).toBe(`Mediation session, case ${kase.trackingCode}`);
    expect(event.description).toBe(emailed.event.description);
    expect(event.location).toBe(PLACE);
    expect(event.status).toBe('CONFIRMED');
    expect(JSON.stringify(event.organizer)).toContain(`mailto:${ORG_EMAIL}`);
    // A download asks no one to reply: no attendees, so no one's address either.
    expect(attendees).toBe(0);
    expect(bodyOf(res)).not.toContain(kase.businessEmail);
    expect(bodyOf(res)).not.toContain(kase.accessKey);
  });

  it('the business, by its link, gets its own invitation (in Vietnamese, without the consumer’s page): same UID', async () => {
    const mail = await mailTo(stack.smtp, kase.businessEmail, (m) => m.subject?.includes('Lịch phiên') === true);
    const emailed = invitationIn(mail);

    const res = await businessIcs(businessToken, sessionId).expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.ics"$/);
    expect(res.headers['cache-control']).toBe('no-store');
    const { method, event, attendees } = parse(bodyOf(res));
    expect(method).toBe('PUBLISH');
    expect(event.uid).toBe(emailed.event.uid);
    expect(String(event.sequence)).toBe(String(emailed.event.sequence));
    expect(event.summary).toBe(`Hòa giải hồ sơ ${kase.trackingCode}`);
    expect(event.summary).toBe(emailed.event.summary);
    expect(event.description).toBe(emailed.event.description);
    expect(event.description).not.toContain(`/complaints/${kase.trackingCode}`);
    expect(attendees).toBe(0);
    expect(bodyOf(res)).not.toContain(kase.consumerEmail);
  });

  it('after a reschedule: the same UID with the new SEQUENCE and time, as the updated invitation', async () => {
    const later = future(11);
    await organise.patch(kase.id, sessionId, { startsAt: later.toISOString(), durationMinutes: 60 });
    const mail = await mailTo(stack.smtp, kase.consumerEmail, (m) => m.subject?.includes('changed') === true);
    const emailed = invitationIn(mail);
    expect(String(emailed.event.sequence)).toBe('1');

    for (const res of [
      await consumerIcs(kase, sessionId).expect(200),
      await businessIcs(businessToken, sessionId).expect(200),
    ]) {
      const { event } = parse(bodyOf(res));
      expect(event.uid).toBe(emailed.event.uid);
      expect(String(event.sequence)).toBe('1');
      expect(event.start.toISOString()).toBe(later.toISOString());
      expect(event.end.toISOString()).toBe(new Date(later.getTime() + 60 * 60_000).toISOString());
    }
  });

  it('a cancelled session comes as CANCELLED, with the cancellation’s SEQUENCE', async () => {
    const online = (
      await organise.schedule(kase.id, future(6), {
        mode: 'online',
        place: undefined,
        onlineUrl: 'https://meet.jit.si/hoa-giai-e2e-calendar',
      })
    ).body.id as string;
    await organise.cancel(kase.id, online);
    const mail = await mailTo(
      stack.smtp,
      kase.consumerEmail,
      (m) => /cancel/i.test(m.subject ?? '') && invitationIn(m).event.uid.startsWith(online),
    );
    const emailed = invitationIn(mail);

    const { method, event } = parse(bodyOf(await consumerIcs(kase, online).expect(200)));
    expect(method).toBe('PUBLISH');
    expect(event.status).toBe('CANCELLED');
    expect(event.uid).toBe(emailed.event.uid);
    expect(String(event.sequence)).toBe(String(emailed.event.sequence));
    expect(String(event.sequence)).toBe('1');
    expect(event.location).toBe('https://meet.jit.si/hoa-giai-e2e-calendar');
    expect(parse(bodyOf(await businessIcs(businessToken, online).expect(200))).event.status).toBe('CANCELLED');
  });

  it('answers 404 for a session of another case, an unknown or malformed id, and a wrong key', async () => {
    const other = await caseInMediation();
    const othersSession = (await organise.schedule(other.id, future(8))).body.id as string;
    // The other case's own parties get it …
    await consumerIcs(other, othersSession).expect(200);
    // … not this case's, by key nor by link.
    await consumerIcs(kase, othersSession).expect(404);
    await businessIcs(businessToken, othersSession).expect(404);
    await consumerIcs(kase, '00000000-0000-4000-8000-000000000000').expect(404);
    await consumerIcs(kase, 'not-a-session').expect(404);
    await businessIcs(businessToken, 'not-a-session').expect(404);
    await consumerIcs(kase, sessionId, 'not-the-key-0123456789').expect(404);
    await stack.http.get(`/api/v1/complaints/${kase.trackingCode}/sessions/${sessionId}/calendar.ics`).expect(404);
  });

  it('follows the link: 403 for a link narrowed to the result report, 410 once revoked', async () => {
    const c = await caseInMediation();
    const id = (await organise.schedule(c.id, future(7))).body.id as string;
    // A result report still owed (Art 57.5) keeps a link narrowed to it in force, for that only.
    await stack.dataSource.query(
      `INSERT INTO case_deadlines (case_id, kind, status, started_at, due_at)
       VALUES ($1, 'business_result_report', 'pending', now(), now() + interval '5 days')`,
      [c.id],
    );
    const narrowed = (
      await stack.dataSource.transaction((m) => issueBusinessLink(m, c.id, 7, new Date(), 'result_report'))
    ).token;
    await businessIcs(narrowed, id).expect(403);

    const token = await mediationLink(c.id);
    await businessIcs(token, id).expect(200);
    await stack.dataSource.query(`UPDATE business_links SET revoked_at = now() WHERE case_id = $1`, [c.id]);
    await businessIcs(token, id).expect(410);
  });

  it('is described in the OpenAPI document as a text/calendar attachment', async () => {
    const doc = (await stack.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, { get?: { responses: Record<string, { content?: Record<string, unknown> }> } }>;
    };
    for (const path of [
      '/api/v1/complaints/{trackingCode}/sessions/{sessionId}/calendar.ics',
      '/api/v1/business/{token}/sessions/{sessionId}/calendar.ics',
    ]) {
      expect(doc.paths[path]?.get?.responses['200']?.content).toHaveProperty(['text/calendar']);
    }
  });
});
