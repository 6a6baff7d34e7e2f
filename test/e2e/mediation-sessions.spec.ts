import type { Attachment, ParsedMail } from 'mailparser';
import * as nodeIcal from 'node-ical';
import { issueBusinessLink } from '@app/cases';
import { formatDateTime } from '@app/cases/notifications/templates';
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

const ORG_EMAIL = 'hoagiai@hbvntd.example.vn';
const PLACE = 'Phòng 204, Hội Bảo vệ quyền lợi người tiêu dùng tỉnh, 18 Hoàng Văn Thụ, TP Thái Nguyên';
const MINUTES = 'Hai bên trình bày ý kiến. Doanh nghiệp đồng ý đổi sản phẩm mới trước ngày 20/12.';

/** A future instant on a quarter hour, `days` from now. */
const future = (days: number): Date => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCMinutes(d.getUTCMinutes() - (d.getUTCMinutes() % 15), 0, 0);
  return d;
};

/** The instant written as people in Thái Nguyên would: local time with +07:00. */
const hanoi = (d: Date): string => `${new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;

interface Invitation {
  method: string;
  event: nodeIcal.VEvent;
  attendees: string[];
}

/** The .ics attached to a mail, read back as a calendar would. */
function invitationIn(mail: ParsedMail): Invitation {
  const ics = mail.attachments.find((a: Attachment) => a.contentType.startsWith('text/calendar'));
  if (!ics) throw new Error(`no .ics in "${mail.subject}": ${mail.attachments.map((a) => a.filename).join(', ')}`);
  const parsed = nodeIcal.sync.parseICS(ics.content.toString('utf8'));
  const event = Object.values(parsed).find((c): c is nodeIcal.VEvent => c?.type === 'VEVENT');
  if (!event) throw new Error('no VEVENT');
  const attendee = event.attendee === undefined ? [] : [event.attendee].flat();
  return {
    method: String((parsed.vcalendar as nodeIcal.VCalendar).method),
    event,
    attendees: attendee.map((a) => (typeof a === 'string' ? a : a.val).replace(/^mailto:/i, '')),
  };
}

describe('mediation sessions', () => {
  let stack: Stack;
  let mediator: string;
  let otherMediator: string;
  let mediationAdmin: string;
  let association: string;
  let analyst: string;
  let officer: string;
  let admin: string;
  let mediatorId: string;
  let kase: CreatedCase;

  const as = (token: string) => ({
    get: (path: string) => stack.http.get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object) => stack.http.post(path).set('Authorization', `Bearer ${token}`).send(body),
    patch: (path: string, body: object) => stack.http.patch(path).set('Authorization', `Bearer ${token}`).send(body),
  });
  const sessions = (c: { id: string }) => `/api/v1/cases/${c.id}/sessions`;
  const sessionKeys = async (sessionId: string): Promise<string[]> =>
    (
      await stack.dataSource.query<{ message_key: string }[]>(
        `SELECT message_key FROM notifications WHERE message_key LIKE $1 ORDER BY message_key`,
        [`session:${sessionId}:%`],
      )
    ).map((r) => r.message_key);
  const uidOf = (sessionId: string) => `${sessionId}@${new URL(stack.config.publicBaseUrl).hostname}`;

  /** A case in mediation with HBVNTD, assigned to our mediator; the consumer reads English. */
  const caseInMediation = async (): Promise<CreatedCase> => {
    const c = await createCase(stack.dataSource, { language: 'en' });
    await putInMediation(stack.dataSource, c.id, 'HBVNTD', mediatorId);
    return c;
  };

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    await stack.dataSource.query(`UPDATE organisations SET email = $1 WHERE code = 'HBVNTD'`, [ORG_EMAIL]);
    mediatorId = await createStaff(stack.dataSource, {
      email: 'sessions-mediator@e2e.test',
      role: 'mediator',
      orgCode: 'HBVNTD',
    });
    await createStaff(stack.dataSource, { email: 'sessions-other@e2e.test', role: 'mediator', orgCode: 'HBVNTD' });
    await createStaff(stack.dataSource, {
      email: 'sessions-admin@e2e.test',
      role: 'mediation_admin',
      orgCode: 'HBVNTD',
    });
    await createStaff(stack.dataSource, { email: 'sessions-assoc@e2e.test', role: 'association', orgCode: 'HBVNTD' });
    await createStaff(stack.dataSource, { email: 'sessions-analyst@e2e.test', role: 'analyst', orgCode: 'SCT' });
    await createStaff(stack.dataSource, { email: 'sessions-officer@e2e.test', role: 'officer', orgCode: 'SCT' });
    await createStaff(stack.dataSource, { email: 'sessions-sysadmin@e2e.test', role: 'admin', orgCode: 'SCT' });
    mediator = await login(stack.http, 'sessions-mediator@e2e.test');
    otherMediator = await login(stack.http, 'sessions-other@e2e.test');
    mediationAdmin = await login(stack.http, 'sessions-admin@e2e.test');
    association = await login(stack.http, 'sessions-assoc@e2e.test');
    analyst = await login(stack.http, 'sessions-analyst@e2e.test');
    officer = await login(stack.http, 'sessions-officer@e2e.test');
    admin = await login(stack.http, 'sessions-sysadmin@e2e.test');
    kase = await caseInMediation();
  });
  afterAll(() => stack?.stop());

  let inPerson: { id: string; startsAt: Date };

  it('schedules a session: both parties get an .ics REQUEST and the time in Vietnam', async () => {
    const startsAt = future(10);
    const res = await as(mediator)
      .post(sessions(kase), { mode: 'in_person', place: PLACE, startsAt: hanoi(startsAt), durationMinutes: 90 })
      .expect(201);
    expect(res.body).toMatchObject({
      mode: 'in_person',
      place: PLACE,
      onlineUrl: null,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString(),
      durationMinutes: 90,
      status: 'scheduled',
      sequence: 0,
    });
    inPerson = { id: res.body.id, startsAt };

    // The consumer in the case's language (English), the business in Vietnamese.
    const toConsumer = await mailTo(stack.smtp, kase.consumerEmail, (m) => m.subject?.includes('scheduled') === true);
    expect(toConsumer.subject).toBe(`[${kase.trackingCode}] Mediation session scheduled`);
    expect(toConsumer.text).toContain(`When: ${formatDateTime(startsAt, 'en')} (Vietnam time, UTC+7).`);
    expect(toConsumer.text).toContain(`/complaints/${kase.trackingCode}`);
    const toBusiness = await mailTo(stack.smtp, kase.businessEmail, (m) => m.subject?.includes('Lịch phiên') === true);
    expect(toBusiness.text).toContain(`Thời gian: ${formatDateTime(startsAt, 'vi')} (giờ Việt Nam, GMT+7).`);
    expect(toBusiness.text).not.toContain(`/complaints/${kase.trackingCode}`);

    for (const mail of [toConsumer, toBusiness]) {
      const { method, event } = invitationIn(mail);
      expect(method).toBe('REQUEST');
      expect(event.uid).toBe(uidOf(inPerson.id));
      expect(String(event.sequence)).toBe('0');
      expect(event.start.toISOString()).toBe(startsAt.toISOString());
      expect(event.end.toISOString()).toBe(new Date(startsAt.getTime() + 90 * 60_000).toISOString());
      expect(event.summary).toContain(kase.trackingCode);
      expect(event.location).toBe(PLACE);
      expect(event.status).toBe('CONFIRMED');
      expect(JSON.stringify(event.organizer)).toContain(`mailto:${ORG_EMAIL}`);
    }
    // Both parties on the consumer's copy; the business does not learn the consumer's address
    // (not shared with it).
    expect(invitationIn(toConsumer).attendees.sort()).toEqual([kase.businessEmail, kase.consumerEmail].sort());
    expect(invitationIn(toBusiness).attendees).toEqual([kase.businessEmail]);

    const events = await as(mediator).get(`/api/v1/cases/${kase.id}/events`).expect(200);
    const scheduled = events.body.find((e: { action: string }) => e.action === 'session_scheduled');
    expect(scheduled).toMatchObject({
      visibility: 'public',
      data: { public: { sessionId: inPerson.id, mode: 'in_person', startsAt: startsAt.toISOString() } },
    });
    expect(await sessionKeys(inPerson.id)).toEqual([
      `session:${inPerson.id}:seq0:scheduled:business`,
      `session:${inPerson.id}:seq0:scheduled:consumer`,
    ]);
  });

  it('reschedules: an updated .ics with the same UID and SEQUENCE 1; the same change again mails nobody', async () => {
    const startsAt = future(12);
    const body = { startsAt: hanoi(startsAt), durationMinutes: 120 };
    const res = await as(mediationAdmin)
      .patch(`${sessions(kase)}/${inPerson.id}`, body)
      .expect(200);
    expect(res.body).toMatchObject({ status: 'scheduled', sequence: 1, durationMinutes: 120, place: PLACE });

    const mail = await mailTo(stack.smtp, kase.consumerEmail, (m) => m.subject?.includes('changed') === true);
    expect(mail.text).toContain(`When: ${formatDateTime(startsAt, 'en')}`);
    expect(mail.text).toContain(`Previously (no longer valid): ${formatDateTime(inPerson.startsAt, 'en')}`);
    const { method, event } = invitationIn(mail);
    expect(method).toBe('REQUEST');
    expect(event.uid).toBe(uidOf(inPerson.id));
    expect(String(event.sequence)).toBe('1');
    expect(event.start.toISOString()).toBe(startsAt.toISOString());
    expect(event.end.toISOString()).toBe(new Date(startsAt.getTime() + 120 * 60_000).toISOString());
    const toBusiness = await mailTo(stack.smtp, kase.businessEmail, (m) => m.subject?.includes('Thay đổi') === true);
    expect(String(invitationIn(toBusiness).event.sequence)).toBe('1');

    await as(mediationAdmin)
      .patch(`${sessions(kase)}/${inPerson.id}`, body)
      .expect(200);
    expect(await sessionKeys(inPerson.id)).toHaveLength(4);
    const events = await as(mediator).get(`/api/v1/cases/${kase.id}/events`).expect(200);
    expect(events.body.filter((e: { action: string }) => e.action === 'session_rescheduled')).toHaveLength(1);
    inPerson.startsAt = startsAt;
  });

  it('an online session has its link as LOCATION; cancelling sends METHOD:CANCEL to both parties', async () => {
    const url = 'https://meet.jit.si/hoa-giai-e2e-sessions';
    const startsAt = future(5);
    const created = await as(admin)
      .post(sessions(kase), { mode: 'online', onlineUrl: url, startsAt: startsAt.toISOString(), durationMinutes: 60 })
      .expect(201);
    const id = created.body.id as string;
    const invite = await mailTo(
      stack.smtp,
      kase.consumerEmail,
      (m) => m.subject?.includes('scheduled') === true && m.text?.includes(url) === true,
    );
    expect(invitationIn(invite).event.location).toBe(url);
    expect(invitationIn(invite).event.uid).toBe(uidOf(id));

    const reason = 'Doanh nghiệp xin dời lịch vì người đại diện ốm.';
    const cancelled = await as(mediationAdmin)
      .post(`${sessions(kase)}/${id}/cancel`, { reason })
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', sequence: 1 });
    for (const to of [kase.consumerEmail, kase.businessEmail]) {
      const mail = await mailTo(
        stack.smtp,
        to,
        (m) => /cancel|Hủy/i.test(m.subject ?? '') && m.text?.includes(reason) === true,
      );
      expect(mail.text).toContain(reason);
      const { method, event } = invitationIn(mail);
      expect(method).toBe('CANCEL');
      expect(event.status).toBe('CANCELLED');
      expect(String(event.sequence)).toBe('1');
      expect(event.start.toISOString()).toBe(startsAt.toISOString());
    }
    // Cancelled is final.
    await as(mediationAdmin)
      .patch(`${sessions(kase)}/${id}`, { durationMinutes: 30 })
      .expect(409);
    await as(mediationAdmin)
      .post(`${sessions(kase)}/${id}/cancel`, { reason })
      .expect(409);
    const events = await as(mediator).get(`/api/v1/cases/${kase.id}/events`).expect(200);
    expect(events.body.find((e: { action: string }) => e.action === 'session_cancelled')).toMatchObject({
      data: { public: { sessionId: id, reason } },
    });
  });

  it('the mediator records attendance and minutes once the session has begun', async () => {
    const path = `${sessions(kase)}/${inPerson.id}/record`;
    const record = { attendance: { consumer: true, business: true, interpreter: false }, minutes: MINUTES };
    const early = await as(mediator).post(path, record).expect(422);
    expect(early.body.details).toEqual([{ field: 'startsAt', rule: 'session_not_started' }]);

    await stack.dataSource.query(`UPDATE mediation_sessions SET starts_at = now() - interval '2 hours' WHERE id = $1`, [
      inPerson.id,
    ]);
    await as(mediationAdmin).post(path, record).expect(403);
    await as(otherMediator).post(path, record).expect(404);
    const held = await as(mediator).post(path, record).expect(200);
    expect(held.body).toMatchObject({
      status: 'held',
      minutes: MINUTES,
      attendance: { consumer: true, business: true, interpreter: false, others: null },
    });
    await as(mediator).post(path, record).expect(409);

    // The timeline says it was held; who came stays in the mediation circle.
    const byMediator = await as(mediator).get(`/api/v1/cases/${kase.id}/events`).expect(200);
    const heldEvent = byMediator.body.find((e: { action: string }) => e.action === 'session_held');
    expect(heldEvent).toMatchObject({
      visibility: 'confidential',
      data: { detail: { attendance: { consumer: true } } },
    });
    expect(JSON.stringify(heldEvent)).not.toContain(MINUTES);
    const byAssociation = await as(association).get(`/api/v1/cases/${kase.id}/events`).expect(200);
    const seen = byAssociation.body.find((e: { action: string }) => e.action === 'session_held');
    expect(seen.data.detail).toBeUndefined();
  });

  it('Law 19 Art 62.2: the minutes and attendance only for the mediation circle and the parties', async () => {
    const ours = (body: { id: string }[]) => body.find((s) => s.id === inPerson.id);
    for (const token of [association, analyst, officer, admin]) {
      const res = await as(token).get(sessions(kase)).expect(200);
      expect(res.body).toHaveLength(2);
      const session = ours(res.body);
      expect(session).toMatchObject({ status: 'held', place: PLACE });
      expect(session).not.toHaveProperty('minutes');
      expect(session).not.toHaveProperty('attendance');
    }
    for (const token of [mediator, mediationAdmin]) {
      const res = await as(token).get(sessions(kase)).expect(200);
      expect(ours(res.body)).toMatchObject({ minutes: MINUTES, attendance: { consumer: true } });
    }
    // A mediator of another case sees nothing of this one, and cannot schedule in it.
    await as(otherMediator).get(sessions(kase)).expect(404);
    await as(otherMediator)
      .post(sessions(kase), { mode: 'in_person', place: PLACE, startsAt: hanoi(future(3)), durationMinutes: 60 })
      .expect(404);
    await as(officer)
      .post(sessions(kase), { mode: 'in_person', place: PLACE, startsAt: hanoi(future(3)), durationMinutes: 60 })
      .expect(403);

    // The consumer, with the access key, reads the session and its minutes.
    const consumer = await stack.http
      .get(`/api/v1/complaints/${kase.trackingCode}/sessions`)
      .set('X-Access-Key', kase.accessKey)
      .expect(200);
    expect(ours(consumer.body)).toMatchObject({ status: 'held', mode: 'in_person', place: PLACE, minutes: MINUTES });
    await stack.http
      .get(`/api/v1/complaints/${kase.trackingCode}/sessions`)
      .set('X-Access-Key', 'not-the-key-0123456789')
      .expect(404);

    // The business, through a link still in force.
    const { token } = await stack.dataSource.transaction((m) => issueBusinessLink(m, kase.id, 7, new Date()));
    const business = await stack.http.get(`/api/v1/business/${token}/sessions`).expect(200);
    expect(ours(business.body)).toMatchObject({ minutes: MINUTES });
    await stack.dataSource.query(`UPDATE business_links SET revoked_at = now() WHERE case_id = $1`, [kase.id]);
    await stack.http.get(`/api/v1/business/${token}/sessions`).expect(410);
  });

  it('refuses bad input with 400 on the field, a case not in mediation with 409, and writes nothing', async () => {
    const c = await caseInMediation();
    const valid = { mode: 'in_person', place: PLACE, startsAt: hanoi(future(3)), durationMinutes: 60 };
    const cases: [object, string][] = [
      [{ ...valid, place: undefined }, 'place'],
      [{ ...valid, place: '   ' }, 'place'],
      [{ ...valid, mode: 'online', place: undefined, onlineUrl: 'http://meet.example.vn/x' }, 'onlineUrl'],
      [{ ...valid, mode: 'online', place: undefined }, 'onlineUrl'],
      [{ ...valid, mode: 'by_phone' }, 'mode'],
      [{ ...valid, startsAt: hanoi(new Date(Date.now() - 3_600_000)) }, 'startsAt'],
      [{ ...valid, startsAt: '2030-03-05T14:30:00' }, 'startsAt'],
      [{ ...valid, startsAt: '2030-02-30T14:30:00+07:00' }, 'startsAt'],
      [{ ...valid, startsAt: 'tomorrow' }, 'startsAt'],
      [{ ...valid, durationMinutes: 10 }, 'durationMinutes'],
      [{ ...valid, durationMinutes: 481 }, 'durationMinutes'],
      [{ ...valid, durationMinutes: '60' }, 'durationMinutes'],
      [{ ...valid, minutes: 'x' }, 'minutes'],
    ];
    for (const [body, field] of cases) {
      const res = await as(mediator).post(sessions(c), body);
      expect([res.status, body]).toEqual([400, body]);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const english = await as(mediator)
      .post(sessions(c), { ...valid, mode: 'online', onlineUrl: 'http://meet.example.vn/x' })
      .set('Accept-Language', 'en')
      .expect(400);
    expect(english.body.errors).toEqual([{ field: 'onlineUrl', messages: ['must be a link starting with https://'] }]);
    const past = await as(mediator)
      .post(sessions(c), { ...valid, startsAt: '2020-01-01T09:00:00+07:00' })
      .expect(400);
    expect(past.body.errors).toEqual([{ field: 'startsAt', messages: ['Phải là thời điểm trong tương lai'] }]);

    // Rescheduling to in person without a place is refused on the merged session.
    const online = await as(mediator)
      .post(sessions(c), { ...valid, mode: 'online', place: undefined, onlineUrl: 'https://meet.example.vn/x' })
      .expect(201);
    const patched = await as(mediator)
      .patch(`${sessions(c)}/${online.body.id}`, { mode: 'in_person' })
      .expect(400);
    expect(patched.body.errors).toEqual([{ field: 'place', messages: ['Không được để trống'] }]);
    await as(mediator)
      .patch(`${sessions(c)}/not-a-uuid`, { durationMinutes: 30 })
      .expect(404);
    await as(mediator)
      .post(`${sessions(c)}/${online.body.id}/cancel`, {})
      .expect(400);
    await as(mediator)
      .post(`${sessions(c)}/${online.body.id}/record`, { minutes: MINUTES })
      .expect(400);
    expect(await sessionKeys(online.body.id)).toHaveLength(2);

    // Outside mediation: nothing to schedule.
    await stack.dataSource.query(`UPDATE cases SET status = 'resolved' WHERE id = $1`, [c.id]);
    const closed = await as(mediator).post(sessions(c), valid).expect(409);
    expect(closed.body.details).toEqual([{ field: 'status', rule: 'not_in_mediation' }]);
    const rows = await stack.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM mediation_sessions WHERE case_id = $1`,
      [c.id],
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('a mediation that ends cancels the sessions still ahead, with a CANCEL .ics to both parties', async () => {
    const c = await caseInMediation();
    const ahead = await as(mediator)
      .post(sessions(c), {
        mode: 'online',
        onlineUrl: 'https://meet.example.vn/hg-2',
        startsAt: hanoi(future(5)),
        durationMinutes: 60,
      })
      .expect(201);
    const ended = await as(mediator).get(`/api/v1/cases/${c.id}`).expect(200);
    await as(mediator)
      .post(`/api/v1/cases/${c.id}/actions/record_mediation_result`, {
        version: ended.body.version,
        result: 'failure',
        reason: 'Doanh nghiệp không đồng ý phương án nào',
        nextStep: 'court',
      })
      .expect(200);
    const listed = await as(mediator).get(sessions(c)).expect(200);
    expect(listed.body).toEqual([expect.objectContaining({ id: ahead.body.id, status: 'cancelled', sequence: 1 })]);
    for (const to of [c.consumerEmail, c.businessEmail]) {
      const mail = await mailTo(stack.smtp, to, (m) => {
        try {
          const inv = invitationIn(m);
          return inv.method === 'CANCEL' && inv.event.uid === uidOf(ahead.body.id);
        } catch {
          return false;
        }
      });
      expect(invitationIn(mail).event.sequence).toBe('1');
    }
    const events = await as(mediator).get(`/api/v1/cases/${c.id}/events`).expect(200);
    expect(events.body.map((e: { action: string }) => e.action)).toContain('session_cancelled');
  });
});
