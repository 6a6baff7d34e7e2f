import { ClockSettingsService } from '@app/cases';
import { DEADLINE_KINDS, OFFICIAL_YEAR_TABLES, WorkingDayCalendar } from '@app/domain';
import { CalendarYearEntity, DeadlinePolicyEntity } from '@app/persistence';
import { complaintBody } from '../support/lifecycle-client';
import { createStaff, login, Stack, startStack, userId } from '../support/case-factory';

interface FieldError {
  field: string;
  messages: string[];
}

const fields = (body: { errors: FieldError[] }) => body.errors.map((e) => e.field).sort();
const messagesOf = (body: { errors: FieldError[] }, field: string) =>
  body.errors.find((e) => e.field === field)?.messages.join(' ') ?? '';

// Admins edit the working-day calendar (domain.md §5) and the deadline policies (§2).
describe('admin clock settings', () => {
  let stack: Stack;
  let admin: string;
  let adminId: string;
  let officer: string;
  let analyst: string;

  beforeAll(async () => {
    stack = await startStack();
    await createStaff(stack.dataSource, { email: 'second.admin@example.vn', role: 'admin', orgCode: 'SCT' });
    admin = await login(stack.http, 'second.admin@example.vn');
    adminId = await userId(stack.dataSource, 'second.admin@example.vn');
    officer = await login(stack.http, 'officer@demo.test');
    analyst = await login(stack.http, 'analyst@demo.test');
  });
  afterAll(() => stack?.stop());

  const as = (token: string) => ({
    get: (path: string) => stack.http.get(`/api/v1/admin/${path}`).set('Authorization', `Bearer ${token}`),
    put: (path: string, body: object) =>
      stack.http.put(`/api/v1/admin/${path}`).set('Authorization', `Bearer ${token}`).send(body),
    delete: (path: string) => stack.http.delete(`/api/v1/admin/${path}`).set('Authorization', `Bearer ${token}`),
  });
  const yearRow = (year: number) => stack.dataSource.getRepository(CalendarYearEntity).findOneBy({ year });
  const policyRow = (kind: string) => stack.dataSource.getRepository(DeadlinePolicyEntity).findOneBy({ kind });

  describe('access', () => {
    it.each(['calendar/years', 'calendar/years/2026', 'deadline-policies'])(
      'GET %s: 401 anonymous, 403 for other staff, 200 for an admin',
      async (path) => {
        await stack.http.get(`/api/v1/admin/${path}`).expect(401);
        await as(officer).get(path).expect(403);
        await as(analyst).get(path).expect(403);
        await as(admin).get(path).expect(200);
      },
    );

    it('refuses changes from anyone but an admin, and writes nothing', async () => {
      const table = { daysOff: ['2030-01-01'], workingDays: [] };
      await stack.http.put('/api/v1/admin/calendar/years/2030').send(table).expect(401);
      await as(officer).put('calendar/years/2030', table).expect(403);
      await as(officer).delete('calendar/years/2026').expect(403);
      const policy = {
        unit: 'working_days',
        amount: 4,
        reminderLeadWorkingDays: 2,
        departmentEscalationWorkingDays: 3,
      };
      await stack.http.put('/api/v1/admin/deadline-policies/triage').send(policy).expect(401);
      await as(analyst).put('deadline-policies/triage', policy).expect(403);
      await as(officer).delete('deadline-policies/triage').expect(403);
      expect(await yearRow(2030)).toBeNull();
      expect(await policyRow('triage')).toBeNull();
    });
  });

  describe('calendar years', () => {
    it('shows the official 2026 table', async () => {
      const res = await as(admin).get('calendar/years/2026').expect(200);
      expect(res.body).toMatchObject({ year: 2026, origin: 'official', updatedAt: null });
      const off: string[] = res.body.daysOff;
      for (const day of ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-04-27', '2026-04-30']) {
        expect(off).toContain(day);
      }
      for (const day of ['2026-05-01', '2026-08-29', '2026-08-31', '2026-09-01', '2026-09-02']) {
        expect(off).toContain(day);
      }
      for (let d = 14; d <= 22; d += 1) expect(off).toContain(`2026-02-${d}`);
      expect(res.body.workingDays).toEqual(['2026-01-10', '2026-08-22']);
      expect(res.body.holidays).toEqual(
        expect.arrayContaining([
          { date: '2026-04-26', kind: 'hung_kings' },
          { date: '2026-09-02', kind: 'national_day' },
        ]),
      );
      // 261 weekdays − 13 weekdays off + 2 Saturdays worked.
      expect(res.body.workingDayCount).toBe(250);

      const list = await as(admin).get('calendar/years').expect(200);
      expect(list.body).toEqual(expect.arrayContaining([expect.objectContaining({ year: 2026, origin: 'official' })]));
    });

    it('computes a year without a table from the Labour Code', async () => {
      const res = await as(admin).get('calendar/years/2031').expect(200);
      expect(res.body).toMatchObject({ year: 2031, origin: 'statutory', workingDays: [], updatedAt: null });
      expect(res.body.daysOff).toContain('2031-01-01');
      expect(res.body.holidays.length).toBeGreaterThanOrEqual(11);
    });

    it('saves a 2027 table, which the clocks then use, and deleting it falls back to the statute', async () => {
      const body = {
        daysOff: ['2027-02-08', '2027-01-01', '2027-02-05', '2027-02-09', '2027-02-10', '2027-02-11', '2027-01-01'],
        workingDays: ['2027-02-20'],
        source: 'Thông báo 1234/TB-BNV',
      };
      const saved = await as(admin).put('calendar/years/2027', body).expect(200);
      expect(saved.body).toMatchObject({
        year: 2027,
        origin: 'saved',
        source: 'Thông báo 1234/TB-BNV',
        daysOff: ['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
        workingDays: ['2027-02-20'],
      });
      expect(saved.body.updatedAt).toEqual(expect.any(String));

      const read = await as(admin).get('calendar/years/2027').expect(200);
      expect(read.body).toMatchObject({ origin: 'saved', daysOff: saved.body.daysOff, workingDays: ['2027-02-20'] });
      const row = await yearRow(2027);
      expect(row).toMatchObject({ daysOff: saved.body.daysOff, workingDays: ['2027-02-20'], updatedById: adminId });
      const list = await as(admin).get('calendar/years').expect(200);
      expect(list.body.map((t: { year: number; origin: string }) => [t.year, t.origin])).toEqual(
        expect.arrayContaining([
          [2026, 'official'],
          [2027, 'saved'],
        ]),
      );

      // The cache of the clock settings was invalidated: the swapped Saturday is a working day.
      const settings = await stack.api.get(ClockSettingsService).current();
      expect(settings.calendar.isWorkingDay('2027-02-20')).toBe(true);
      expect(settings.calendar.isWorkingDay('2027-02-05')).toBe(false);

      await as(admin).delete('calendar/years/2027').expect(204);
      expect(await yearRow(2027)).toBeNull();
      const after = await as(admin).get('calendar/years/2027').expect(200);
      expect(after.body).toMatchObject({ origin: 'statutory', workingDays: [] });
      const settingsAfter = await stack.api.get(ClockSettingsService).current();
      expect(settingsAfter.calendar.isWorkingDay('2027-02-20')).toBe(false);
    });

    it('deleting a saved table of an official year falls back to the official table', async () => {
      await as(admin)
        .put('calendar/years/2026', { daysOff: ['2026-01-01'], workingDays: [] })
        .expect(200);
      expect((await as(admin).get('calendar/years/2026').expect(200)).body.origin).toBe('saved');
      await as(admin).delete('calendar/years/2026').expect(204);
      const res = await as(admin).get('calendar/years/2026').expect(200);
      expect(res.body).toMatchObject({ origin: 'official', workingDays: ['2026-01-10', '2026-08-22'] });
    });

    it('refuses a date outside the year with a field error in Vietnamese, or English on request, and writes nothing', async () => {
      const body = { daysOff: ['2028-01-01', '2029-01-01'], workingDays: [] };
      const vi = await as(admin).put('calendar/years/2028', body).expect(400);
      expect(vi.body).toMatchObject({
        statusCode: 400,
        error: 'validation_failed',
        message: 'Dữ liệu gửi lên không hợp lệ',
      });
      expect(fields(vi.body)).toEqual(['daysOff']);
      expect(messagesOf(vi.body, 'daysOff')).toContain('Mọi ngày phải thuộc năm 2028');
      expect(messagesOf(vi.body, 'daysOff')).toContain('2029-01-01');

      const en = await as(admin).put('calendar/years/2028', body).set('Accept-Language', 'en-GB,en;q=0.9').expect(400);
      expect(en.body.message).toBe('The request contains invalid data');
      expect(messagesOf(en.body, 'daysOff')).toContain('every date must be in 2028');
      expect(await yearRow(2028)).toBeNull();
    });

    it('refuses a day both off and worked', async () => {
      const res = await as(admin)
        .put('calendar/years/2028', { daysOff: ['2028-01-01', '2028-01-08'], workingDays: ['2028-01-08'] })
        .set('Accept-Language', 'en')
        .expect(400);
      expect(fields(res.body)).toEqual(['workingDays']);
      expect(messagesOf(res.body, 'workingDays')).toContain('both a day off and a working day (2028-01-08)');
      expect(await yearRow(2028)).toBeNull();
    });

    it('refuses malformed tables and years outside 2000–2100 with field errors', async () => {
      const bad = await as(admin)
        .put('calendar/years/2028', { daysOff: ['2028-02-30', 'tomorrow'], workingDays: 'none', extra: 1 })
        .set('Accept-Language', 'en')
        .expect(400);
      expect(fields(bad.body)).toEqual(['daysOff', 'extra', 'workingDays']);
      expect(messagesOf(bad.body, 'daysOff')).toContain('YYYY-MM-DD');
      const tooMany = Array.from({ length: 367 }, () => '2028-01-01');
      const long = await as(admin).put('calendar/years/2028', { daysOff: tooMany, workingDays: [] }).expect(400);
      expect(fields(long.body)).toEqual(['daysOff']);

      const table = { daysOff: [], workingDays: [] };
      for (const year of ['1999', '2101', 'abc']) {
        const res = await as(admin).put(`calendar/years/${year}`, table).expect(400);
        expect(fields(res.body)).toEqual(['year']);
        await as(admin).get(`calendar/years/${year}`).expect(400);
        await as(admin).delete(`calendar/years/${year}`).expect(400);
      }
      expect(await stack.dataSource.getRepository(CalendarYearEntity).count()).toBe(0);
    });
  });

  describe('deadline policies', () => {
    const policy = (kind: string) =>
      as(admin)
        .get('deadline-policies')
        .expect(200)
        .then((res) => (res.body as { kind: string }[]).find((p) => p.kind === kind) as Record<string, unknown>);
    const triage = { unit: 'working_days', amount: 5, reminderLeadWorkingDays: 2, departmentEscalationWorkingDays: 3 };
    const negotiation = {
      unit: 'working_days',
      amount: 7,
      reminderLeadWorkingDays: 2,
      departmentEscalationWorkingDays: 3,
    };

    it('lists every kind of clock with the law’s defaults', async () => {
      const res = await as(admin).get('deadline-policies').expect(200);
      expect(res.body.map((p: { kind: string }) => p.kind).sort()).toEqual([...DEADLINE_KINDS].sort());
      expect(res.body).toHaveLength(DEADLINE_KINDS.length);
      expect(res.body.every((p: { origin: string }) => p.origin === 'default')).toBe(true);
      expect(res.body.find((p: { kind: string }) => p.kind === 'business_negotiation')).toEqual({
        kind: 'business_negotiation',
        unit: 'working_days',
        amount: 7,
        reminderLeadWorkingDays: 2,
        departmentEscalationWorkingDays: 3,
        legalBasis: expect.stringContaining('Art 57.2'),
        statutory: true,
        actor: 'business',
        extendable: false,
        maxExtensions: 0,
        origin: 'default',
        updatedAt: null,
      });
    });

    it('saves a local-practice period within the law, and a reset returns to the default', async () => {
      const saved = await as(admin).put('deadline-policies/triage', triage).expect(200);
      expect(saved.body).toMatchObject({ kind: 'triage', amount: 5, origin: 'saved', statutory: false });
      expect(await policy('triage')).toMatchObject({ amount: 5, origin: 'saved' });
      expect(await policyRow('triage')).toMatchObject({ amount: 5, updatedById: adminId });
      const settings = await stack.api.get(ClockSettingsService).current();
      expect(settings.policies.find((p) => p.kind === 'triage')?.amount).toBe(5);

      // Citizen Reception Law Art 28: at most 10 working days. Nothing is written.
      const over = await as(admin)
        .put('deadline-policies/triage', { ...triage, amount: 11 })
        .expect(400);
      expect(fields(over.body)).toEqual(['amount']);
      expect(messagesOf(over.body, 'amount')).toContain('Điều 28 Luật Tiếp công dân');
      const overEn = await as(admin)
        .put('deadline-policies/triage', { ...triage, amount: 11 })
        .set('Accept-Language', 'en')
        .expect(400);
      expect(messagesOf(overEn.body, 'amount')).toContain('Citizen Reception Law Art 28');
      expect(await policyRow('triage')).toMatchObject({ amount: 5 });

      await as(admin).delete('deadline-policies/triage').expect(204);
      expect(await policyRow('triage')).toBeNull();
      expect(await policy('triage')).toMatchObject({ amount: 3, origin: 'default', updatedAt: null });
    });

    it('keeps a statutory period as the law sets it, but lets its reminder lead change', async () => {
      const res = await as(admin)
        .put('deadline-policies/business_negotiation', { ...negotiation, amount: 10 })
        .set('Accept-Language', 'en')
        .expect(400);
      expect(fields(res.body)).toEqual(['amount']);
      expect(messagesOf(res.body, 'amount')).toContain('the period is set by law (Law 19/2023/QH15 Art 57.2');
      const unit = await as(admin)
        .put('deadline-policies/business_negotiation', { ...negotiation, unit: 'calendar_days' })
        .expect(400);
      expect(fields(unit.body)).toEqual(['unit']);
      expect(messagesOf(unit.body, 'unit')).toContain('do luật định');
      expect(await policyRow('business_negotiation')).toBeNull();

      const saved = await as(admin)
        .put('deadline-policies/business_negotiation', { ...negotiation, reminderLeadWorkingDays: 1 })
        .expect(200);
      expect(saved.body).toMatchObject({ amount: 7, reminderLeadWorkingDays: 1, statutory: true, origin: 'saved' });
      expect(await policy('business_negotiation')).toMatchObject({ reminderLeadWorkingDays: 1, origin: 'saved' });
      await as(admin).delete('deadline-policies/business_negotiation').expect(204);
      expect(await policy('business_negotiation')).toMatchObject({ reminderLeadWorkingDays: 2, origin: 'default' });
    });

    it('a new complaint’s triage clock follows the saved period; a running clock keeps its due time', async () => {
      const calendar = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES);
      const triageOf = async (id: string) =>
        (
          (await stack.http.get(`/api/v1/cases/${id}`).set('Authorization', `Bearer ${officer}`).expect(200)).body
            .deadlines as { kind: string; dueAt: string; startedAt: string }[]
        ).find((c) => c.kind === 'triage');
      const before = await stack.http.post('/api/v1/complaints').send(complaintBody()).expect(201);
      const running = await triageOf(before.body.id);

      await as(admin).put('deadline-policies/triage', triage).expect(200);
      const filed = await stack.http.post('/api/v1/complaints').send(complaintBody()).expect(201);
      const clock = await triageOf(filed.body.id);
      expect(clock?.dueAt).toBe(calendar.workingDaysDeadline(new Date(clock?.startedAt ?? ''), 5).toISOString());
      expect(await triageOf(before.body.id)).toEqual(running);
      expect(running?.dueAt).toBe(calendar.workingDaysDeadline(new Date(running?.startedAt ?? ''), 3).toISOString());
      await as(admin).delete('deadline-policies/triage').expect(204);
    });

    it('refuses an unknown kind with 404', async () => {
      await as(admin).put('deadline-policies/coffee_break', triage).expect(404);
      await as(admin).delete('deadline-policies/coffee_break').expect(404);
    });

    it('refuses invalid escalations, reminder leads and shapes with field errors, and writes nothing', async () => {
      const escalation = await as(admin)
        .put('deadline-policies/triage', { ...triage, departmentEscalationWorkingDays: -1 })
        .set('Accept-Language', 'en')
        .expect(400);
      expect(fields(escalation.body)).toEqual(['departmentEscalationWorkingDays']);
      expect(messagesOf(escalation.body, 'departmentEscalationWorkingDays')).toContain('from 0 to 22');

      const lead = await as(admin)
        .put('deadline-policies/triage', { ...triage, amount: 2, reminderLeadWorkingDays: 2 })
        .expect(400);
      expect(fields(lead.body)).toEqual(['reminderLeadWorkingDays']);

      const shape = await as(admin)
        .put('deadline-policies/mediation_conclusion', { unit: 'weeks', amount: 1.5, reminderLeadWorkingDays: '2' })
        .expect(400);
      expect(fields(shape.body)).toEqual([
        'amount',
        'departmentEscalationWorkingDays',
        'reminderLeadWorkingDays',
        'unit',
      ]);

      const fixed = await as(admin)
        .put('deadline-policies/mediation_conclusion', { ...triage, unit: 'fixed_date', amount: null })
        .expect(400);
      expect(fields(fixed.body)).toEqual(['unit']);
      expect(await stack.dataSource.getRepository(DeadlinePolicyEntity).count()).toBe(0);

      // Null escalation (never tell the department) is accepted for local practice.
      const never = await as(admin)
        .put('deadline-policies/mediation_conclusion', {
          unit: 'calendar_days',
          amount: 45,
          reminderLeadWorkingDays: 3,
          departmentEscalationWorkingDays: null,
        })
        .expect(200);
      expect(never.body).toMatchObject({
        amount: 45,
        departmentEscalationWorkingDays: null,
        extendable: true,
        maxExtensions: 1,
      });
      await as(admin).delete('deadline-policies/mediation_conclusion').expect(204);
    });
  });
});
