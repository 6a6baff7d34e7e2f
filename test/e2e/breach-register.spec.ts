import ExcelJS from 'exceljs';
import type { ParsedMail } from 'mailparser';
import type { Response } from 'superagent';
import { JobQueueService } from '@app/queue';
import { createCase, createStaff, login, Stack, startStack } from '../support/case-factory';
import { parseCsv } from '../support/csv';
import { readUntil } from '../support/wait';

// The personal-data breach register (issue 12 item 13): admins record a breach, a 72-hour clock
// (Law 91/2025/QH15 Art 23) reminds every active admin to notify the authority, the register exports.

interface FieldError {
  field: string;
  messages: string[];
}

/** supertest keeps a download as bytes only with a parser of its own. */
function bytes(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

const HOUR = 3_600_000;
const hoursAgo = (n: number) => new Date(Date.now() - n * HOUR).toISOString();
const fields = (body: { errors: FieldError[] }) => body.errors.map((e) => e.field).sort();
const messagesOf = (body: { errors: FieldError[] }, field: string) =>
  body.errors.find((e) => e.field === field)?.messages.join(' ') ?? '';

describe('personal-data breach register', () => {
  let stack: Stack;
  const token = {} as Record<'admin' | 'secondAdmin' | 'officer' | 'analyst', string>;
  let caseA: { id: string; trackingCode: string };

  const as = (who: keyof typeof token, language = 'vi') => ({
    get: (path = '') =>
      stack.http
        .get(`/api/v1/admin/breaches${path}`)
        .set('Authorization', `Bearer ${token[who]}`)
        .set('Accept-Language', language),
    post: (body: object) =>
      stack.http
        .post('/api/v1/admin/breaches')
        .set('Authorization', `Bearer ${token[who]}`)
        .set('Accept-Language', language)
        .send(body),
    patch: (id: string, body: object) =>
      stack.http
        .patch(`/api/v1/admin/breaches/${id}`)
        .set('Authorization', `Bearer ${token[who]}`)
        .set('Accept-Language', language)
        .send(body),
  });
  const rowCount = async () =>
    (await stack.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM data_breaches`))[0].n;
  const valid = (overrides: object = {}) => ({
    discoveredAt: hoursAgo(2),
    description: 'Một máy tính xách tay của cán bộ có bản xuất 40 hồ sơ bị mất.',
    dataCategories: ['identity', 'contact'],
    ...overrides,
  });

  beforeAll(async () => {
    // The worker runs with its schedulers every second: reminders come as they would in production.
    stack = await startStack({ worker: true, env: { DEADLINE_SWEEP_INTERVAL: '1' } });
    await createStaff(stack.dataSource, { email: 'second.admin@breach.test', role: 'admin', orgCode: 'SCT' });
    await createStaff(stack.dataSource, { email: 'former.admin@breach.test', role: 'admin', orgCode: 'SCT' });
    await stack.dataSource.query(`UPDATE users SET language = 'en' WHERE email = 'second.admin@breach.test'`);
    await stack.dataSource.query(`UPDATE users SET active = false WHERE email = 'former.admin@breach.test'`);
    token.admin = await login(stack.http, 'admin@demo.test');
    token.secondAdmin = await login(stack.http, 'second.admin@breach.test');
    token.officer = await login(stack.http, 'officer@demo.test');
    token.analyst = await login(stack.http, 'analyst@demo.test');
    caseA = await createCase(stack.dataSource);
  });
  afterAll(() => stack?.stop());

  describe('access', () => {
    it('401 without a token, 403 for staff other than admins, and nothing is written', async () => {
      const id = '00000000-0000-4000-8000-000000000000';
      await stack.http.get('/api/v1/admin/breaches').expect(401);
      for (const who of ['officer', 'analyst'] as const) {
        await as(who).get().expect(403);
        await as(who).get(`/${id}`).expect(403);
        await as(who).get('/export?format=csv').expect(403);
        await as(who).post(valid()).expect(403);
        await as(who).patch(id, { measures: 'x' }).expect(403);
      }
      expect(await rowCount()).toBe(0);
    });
  });

  describe('validation', () => {
    it('400 with field messages in Vietnamese, and no row', async () => {
      const res = await as('admin').post({}).expect(400);
      expect(res.body.error).toBe('validation_failed');
      expect(fields(res.body)).toEqual(['dataCategories', 'description', 'discoveredAt']);
      expect(messagesOf(res.body, 'description')).toContain('Không được để trống');
      expect(messagesOf(res.body, 'discoveredAt')).toContain('ISO 8601');
      expect(await rowCount()).toBe(0);
    });

    it('400 with field messages in English', async () => {
      const res = await as('admin', 'en')
        .post(
          valid({
            discoveredAt: new Date(Date.now() + 3 * HOUR).toISOString(),
            dataCategories: ['identity', 'horoscope'],
            approximatePeople: -1,
            caseIds: ['not-a-uuid'],
            colour: 'red',
          }),
        )
        .expect(400);
      expect(fields(res.body)).toEqual(['approximatePeople', 'caseIds', 'colour', 'dataCategories', 'discoveredAt']);
      expect(messagesOf(res.body, 'discoveredAt')).toBe('must not be later than now');
      expect(messagesOf(res.body, 'dataCategories')).toContain('must be one of');
      expect(messagesOf(res.body, 'approximatePeople')).toContain('must not be less than 0');
      expect(messagesOf(res.body, 'colour')).toBe('is not an allowed field');
      expect(await rowCount()).toBe(0);
    });

    it('400 on a case that does not exist, in the caller’s language, and no row', async () => {
      const body = valid({ caseIds: [caseA.id, '00000000-0000-4000-8000-000000000000'] });
      const vi = await as('admin').post(body).expect(400);
      expect(vi.body.errors).toEqual([{ field: 'caseIds', messages: ['Không có hồ sơ với mã này'] }]);
      const en = await as('admin', 'en').post(body).expect(400);
      expect(en.body.errors).toEqual([{ field: 'caseIds', messages: ['is not a known case'] }]);
      expect(await rowCount()).toBe(0);
    });
  });

  describe('record, list, update, close', () => {
    let recorded: string;

    it('records a breach: open, due 72 hours after its discovery, with its cases', async () => {
      const discoveredAt = hoursAgo(5);
      const res = await as('admin')
        .post(valid({ discoveredAt, caseIds: [caseA.id], approximatePeople: 40, measures: 'Khóa tài khoản.' }))
        .expect(201);
      recorded = res.body.id;
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toMatchObject({
        state: 'open',
        overdue: false,
        notifiedLate: false,
        discoveredAt,
        notifyBy: new Date(new Date(discoveredAt).getTime() + 72 * HOUR).toISOString(),
        legalBasis: 'Điều 23 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15',
        dataCategories: ['identity', 'contact'],
        approximatePeople: 40,
        cases: [{ id: caseA.id, trackingCode: caseA.trackingCode }],
        measures: 'Khóa tài khoản.',
        authorityNotifiedAt: null,
        closedAt: null,
        recordedBy: { name: 'Quản trị hệ thống (demo)' },
      });
      const again = await as('secondAdmin').get(`/${recorded}`).expect(200);
      expect(again.body).toEqual(res.body);
    });

    it('lists open breaches first (the nearest deadline first), then notified, then closed', async () => {
      const ids: Record<string, string> = {};
      for (const [name, hours] of [
        ['openLater', 1],
        ['notified', 30],
        ['closed', 40],
        ['openOverdue', 80],
      ] as const) {
        ids[name] = (
          await as('admin')
            .post(valid({ discoveredAt: hoursAgo(hours) }))
            .expect(201)
        ).body.id;
      }
      await as('admin')
        .patch(ids.notified, { authorityNotifiedAt: hoursAgo(20) })
        .expect(200);
      await as('admin')
        .patch(ids.closed, { authorityNotifiedAt: hoursAgo(39), close: true })
        .expect(200);

      const res = await as('admin').get().expect(200);
      const items: { id: string; state: string; overdue: boolean; notifyBy: string }[] = res.body.items;
      expect(items.map((b) => b.id)).toEqual([ids.openOverdue, recorded, ids.openLater, ids.notified, ids.closed]);
      expect(items.map((b) => b.state)).toEqual(['open', 'open', 'open', 'notified', 'closed']);
      expect(items.map((b) => b.overdue)).toEqual([true, false, false, false, false]);
      expect(items.every((b) => typeof b.notifyBy === 'string')).toBe(true);
      // Keep the overdue one out of the reminders below: it is reported now.
      await as('admin')
        .patch(ids.openOverdue, { authorityNotifiedAt: hoursAgo(1) })
        .expect(200);
      const late = await as('admin').get(`/${ids.openOverdue}`).expect(200);
      expect(late.body).toMatchObject({ state: 'notified', overdue: false, notifiedLate: true });
    });

    it('refuses a notice dated before the discovery, and closing before the authority is told (vi/en)', async () => {
      const vi = await as('admin')
        .patch(recorded, { authorityNotifiedAt: hoursAgo(6), close: true })
        .expect(400);
      expect(fields(vi.body)).toEqual(['authorityNotifiedAt']);
      expect(messagesOf(vi.body, 'authorityNotifiedAt')).toBe('Không được trước thời điểm phát hiện vi phạm');
      const en = await as('admin', 'en')
        .patch(recorded, { close: true, subjectsNotifiedAt: hoursAgo(7) })
        .expect(400);
      expect(fields(en.body)).toEqual(['close', 'subjectsNotifiedAt']);
      expect(messagesOf(en.body, 'close')).toContain('only once the authority was notified');
      const bad = await as('admin', 'en').patch(recorded, { close: 'yes', authorityReference: '' }).expect(400);
      expect(fields(bad.body)).toEqual(['authorityReference', 'close']);
      const unchanged = await as('admin').get(`/${recorded}`).expect(200);
      expect(unchanged.body).toMatchObject({ state: 'open', authorityNotifiedAt: null, subjectsNotifiedAt: null });
    });

    it('records the notices and the measures, then closes; a closed breach changes no more', async () => {
      const notifiedAt = hoursAgo(1);
      const notified = await as('admin')
        .patch(recorded, { authorityNotifiedAt: notifiedAt, authorityReference: 'A05-2026-117' })
        .expect(200);
      expect(notified.body).toMatchObject({
        state: 'notified',
        authorityNotifiedAt: notifiedAt,
        authorityReference: 'A05-2026-117',
        measures: 'Khóa tài khoản.',
      });
      const told = await as('admin')
        .patch(recorded, { subjectsNotifiedAt: hoursAgo(0.5), measures: 'Khóa tài khoản; đổi mật khẩu.' })
        .expect(200);
      expect(told.body).toMatchObject({ state: 'notified', measures: 'Khóa tài khoản; đổi mật khẩu.' });
      const closed = await as('admin').patch(recorded, { close: true }).expect(200);
      expect(closed.body.state).toBe('closed');
      expect(closed.body.closedAt).toEqual(expect.any(String));
      const refused = await as('admin', 'en').patch(recorded, { measures: 'later' }).expect(409);
      expect(refused.body).toMatchObject({ code: 'breach_closed' });
    });

    it('404 for a breach that does not exist, 400 for an id that is not one', async () => {
      await as('admin').get('/00000000-0000-4000-8000-000000000000').expect(404);
      await as('admin').patch('00000000-0000-4000-8000-000000000000', { measures: 'x' }).expect(404);
      await as('admin').get('/not-an-id').expect(400);
    });
  });

  describe('export', () => {
    const download = (format: string, language = 'vi') =>
      as('admin', language).get(`/export?format=${format}`).buffer(true).parse(bytes);

    it('CSV with a BOM, read back: the list’s rows and order, texts intact, formulas kept as text', async () => {
      const tricky = await as('admin')
        .post(valid({ description: '=HYPERLINK("http://x", "bấm vào")\nhai dòng, có dấu phẩy', consequences: '+1' }))
        .expect(201);
      const list = (await as('admin').get().expect(200)).body.items as { id: string; state: string }[];
      const res = await download('csv').expect(200);
      expect(res.headers['content-type']).toContain('text/csv');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="so-vi-pham-du-lieu-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const text = (res.body as Buffer).toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = parseCsv(text.slice(1));
      expect(header.slice(0, 5)).toEqual(['Mã', 'Trạng thái', 'Phát hiện lúc', 'Hạn thông báo (72 giờ)', 'Quá hạn']);
      expect(rows.map((r) => r[0])).toEqual(list.map((b) => b.id));
      const row = rows.find((r) => r[0] === tricky.body.id) ?? [];
      expect(row[header.indexOf('Mô tả')]).toBe('\'=HYPERLINK("http://x", "bấm vào")\nhai dòng, có dấu phẩy');
      expect(row[header.indexOf('Hậu quả')]).toBe("'+1");
      expect(row[header.indexOf('Loại dữ liệu')]).toBe(
        'Họ tên, giấy tờ tùy thân; Thông tin liên hệ (email, điện thoại, địa chỉ)',
      );
      const closedRow = rows.find((r) => r[header.indexOf('Trạng thái')] === 'Đã đóng') ?? [];
      expect(closedRow[header.indexOf('Hồ sơ liên quan')]).toBe(caseA.trackingCode);
      expect(closedRow[header.indexOf('Số hiệu thông báo')]).toBe('A05-2026-117');
      expect(closedRow[header.indexOf('Phát hiện lúc')]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    });

    it('English labels, and XLSX with the same rows', async () => {
      const en = await download('csv', 'en').expect(200);
      const [header] = parseCsv((en.body as Buffer).toString('utf8').slice(1));
      expect(header.slice(0, 3)).toEqual(['Id', 'State', 'Discovered']);
      const xlsx = await download('xlsx').expect(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      expect(sheet.getRow(1).getCell(1).value).toBe('Mã');
      expect(sheet.rowCount).toBe(1 + (await rowCount()));
    });

    it('400 for another format', async () => {
      const res = await as('admin', 'en').get('/export?format=pdf').expect(400);
      expect(fields(res.body)).toEqual(['format']);
    });
  });

  describe('reminders to notify the authority (Law 91/2025 Art 23: 72 hours)', () => {
    const ADMINS = ['admin@demo.test', 'second.admin@breach.test'];
    let breachId: string;
    const description = 'Reminder test: hộp thư cán bộ bị truy cập trái phép.';

    const mailsOf = (to: string) =>
      stack.smtp.messages.filter(
        (m: ParsedMail) => !Array.isArray(m.to) && m.to?.text === to && (m.text ?? '').includes(description),
      );

    /** Time passes for the breach: its instants move back by `hours`. */
    const letHoursPass = (hours: number) =>
      stack.dataSource.query(
        `UPDATE data_breaches SET discovered_at = discovered_at - $2 * interval '1 hour',
                recorded_at = recorded_at - $2 * interval '1 hour' WHERE id = $1`,
        [breachId, hours],
      );

    /** Runs the reminder job on the real worker twice, and waits until both ran and every email is sent. */
    async function sweepTwice(): Promise<void> {
      const queue = stack.api.get(JobQueueService);
      const ids = await Promise.all([1, 2].map(() => queue.enqueue('breach.remind', {})));
      const deadlines = queue.queue('deadlines');
      await readUntil(
        'both reminder runs to finish and every breach email to be sent',
        async () => {
          const states = await Promise.all(ids.map(async (id) => (await deadlines.getJob(id))?.getState()));
          const [{ unsent }] = await stack.dataSource.query<{ unsent: number }[]>(
            `SELECT count(*)::int AS unsent FROM notifications WHERE message_key LIKE 'breach:%' AND status = 'queued'`,
          );
          return { states, unsent };
        },
        (seen) => seen.states.every((s) => s === 'completed') && seen.unsent === 0,
      );
    }

    /** Waits until each admin has `count` reminders for this breach, then returns their subjects. */
    async function remindersSoFar(count: number): Promise<Record<string, string[]>> {
      return readUntil(
        `${count} reminder(s) to each admin`,
        () => Object.fromEntries(ADMINS.map((to) => [to, mailsOf(to).map((m) => m.subject ?? '')])),
        (seen) => Object.values(seen).every((subjects) => subjects.length >= count),
      );
    }

    it('nothing before 24 hours are left', async () => {
      breachId = (
        await as('admin')
          .post(valid({ discoveredAt: hoursAgo(1), description }))
          .expect(201)
      ).body.id;
      await sweepTwice();
      expect(ADMINS.map((to) => mailsOf(to).length)).toEqual([0, 0]);
    });

    it('24 h, 12 h and 1 h before the end, then once when missed: each active admin, each step once', async () => {
      await letHoursPass(47.5); // 48.5 hours since discovery
      await sweepTwice();
      let seen = await remindersSoFar(1);
      expect(seen['admin@demo.test']).toEqual([
        'Còn 24 giờ để thông báo vi phạm dữ liệu cá nhân cho cơ quan chức năng',
      ]);
      expect(seen['second.admin@breach.test']).toEqual([
        '24 hours left to report a personal-data breach to the authority',
      ]);

      await letHoursPass(12); // 60.5
      await sweepTwice();
      seen = await remindersSoFar(2);
      expect(seen['second.admin@breach.test'][1]).toBe(
        '12 hours left to report a personal-data breach to the authority',
      );

      await letHoursPass(11); // 71.5
      await sweepTwice();
      seen = await remindersSoFar(3);
      expect(seen['second.admin@breach.test'][2]).toBe('1 hour left to report a personal-data breach to the authority');

      await letHoursPass(1); // 72.5: missed
      await sweepTwice();
      seen = await remindersSoFar(4);
      expect(seen['admin@demo.test'][3]).toBe('Đã quá hạn 72 giờ thông báo vi phạm dữ liệu cá nhân');
      expect(seen['second.admin@breach.test'][3]).toBe('The 72 hours to report a personal-data breach are over');
      const missed = mailsOf('second.admin@breach.test')[3];
      expect(missed.text).toContain('Law 91/2025/QH15 on Personal Data Protection, Art 23');
      expect(missed.text).toContain('say why the report is late');

      // The sweep keeps running (every second) and runs twice more: nothing is sent again.
      await letHoursPass(100);
      await sweepTwice();
      expect(ADMINS.map((to) => mailsOf(to).length)).toEqual([4, 4]);
      expect(
        stack.smtp.messages.filter((m) => !Array.isArray(m.to) && m.to?.text === 'former.admin@breach.test'),
      ).toEqual([]);
      const overdue = await as('admin').get(`/${breachId}`).expect(200);
      expect(overdue.body).toMatchObject({ state: 'open', overdue: true });
    });

    it('no reminder once the authority is notified', async () => {
      const before = stack.smtp.messages.length;
      const other = await as('admin')
        .post(valid({ discoveredAt: hoursAgo(60), description: 'Reported at once.' }))
        .expect(201);
      await as('admin')
        .patch(other.body.id, { authorityNotifiedAt: hoursAgo(59) })
        .expect(200);
      await sweepTwice();
      expect(stack.smtp.messages.slice(before).filter((m) => (m.text ?? '').includes('Reported at once.'))).toEqual([]);
    });
  });
});
