import { groupColumns } from '@app/persistence';
import {
  createCase,
  createStaff,
  CreatedCase,
  driveTo,
  Http,
  login,
  mailTo,
  orgId,
  Stack,
  startStack,
  userId,
} from '../support/case-factory';

// Mediator suggestions, appointment, decline and reassignment (Law 19 Arts 63.2, 64.2, 64.3; conflict
// of interest, domain.md §2), on an organisation of this spec's own so that demo data does not matter.

const ORG = 'E2E-HGV';
const BUSINESS = { name: 'Điện Máy Đồng Hỷ', taxCode: '4600123456' };

interface Profile {
  languages?: string[];
  sectors?: string[];
  ties?: object[];
  verified?: boolean;
  accepting?: boolean;
  maxOpenCases?: number;
}

describe('mediator assignment', () => {
  let stack: Stack;
  let http: Http;
  let organisationId: string;
  let officer: string;
  let admin: string;
  let otherOrgAdmin: string;
  let systemAdmin: string;
  const m = {} as Record<
    'a' | 'b' | 'c' | 'tied' | 'unverified' | 'full',
    { id: string; email: string; token: string }
  >;

  /** A mediator of ORG with a profile as the organisation recorded it (all Art 64.2 documents). */
  async function mediator(key: keyof typeof m, email: string, profile?: Profile) {
    const id = await createStaff(stack.dataSource, { email, role: 'mediator', orgCode: ORG });
    if (profile) {
      await stack.dataSource.query(
        `INSERT INTO mediator_profiles (user_id, vietnamese_citizen, full_civil_capacity, reputation_attested_on,
           mediation_training_certificate, mediation_training_on, consumer_law_training_on, judicial_record_on,
           verified_at, languages, sectors, ties, max_open_cases, accepting)
         VALUES ($1, true, true, '2025-01-10', 'HGV-2025-001', '2025-02-01', '2025-03-01', '2025-04-01',
           $2, $3, $4, $5::jsonb, $6, $7)`,
        [
          id,
          profile.verified === false ? null : new Date(),
          profile.languages ?? ['vi'],
          profile.sectors ?? [],
          JSON.stringify(profile.ties ?? []),
          profile.maxOpenCases ?? 10,
          profile.accepting ?? true,
        ],
      );
    }
    m[key] = { id, email, token: await login(http, email) };
  }

  const get = (token: string, path: string) => http.get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
  const post = (token: string, path: string, body: object = {}) =>
    http.post(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).send(body);

  /** A Tày-speaking consumer (ethnic minority) against BUSINESS, in mediation with ORG, no mediator yet. */
  async function tayCase(): Promise<CreatedCase> {
    const c = await createCase(stack.dataSource, {
      consumer: { ethnicLanguage: 'Tày', ...groupColumns(['ethnic_minority']), sensitiveConsentAt: new Date() },
      business: BUSINESS,
    });
    await driveTo(http, officer, c.id, 'negotiation');
    await http
      .post(`/api/v1/complaints/${c.trackingCode}/actions/request_mediation`)
      .set('X-Access-Key', c.accessKey)
      .send({ organisationId, consumerConsent: true })
      .expect(200);
    return c;
  }

  const events = async (caseId: string) =>
    (await get(admin, `/cases/${caseId}/events`).expect(200)).body as {
      action: string;
      visibility: string;
      data: { detail: Record<string, unknown> };
    }[];

  const clocks = (caseId: string) =>
    stack.dataSource.query<{ status: string }[]>(
      `SELECT status FROM case_deadlines WHERE case_id = $1 AND kind = 'mediator_assignment' ORDER BY started_at`,
      [caseId],
    );

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    http = stack.http;
    await stack.dataSource.query(
      `INSERT INTO organisations (code, name, kind, mediation_type, email)
       VALUES ($1, 'Trung tâm Hòa giải E2E', 'mediation_organisation', 'a', 'hgv@e2e.test')`,
      [ORG],
    );
    organisationId = await orgId(stack.dataSource, ORG);
    await createStaff(stack.dataSource, { email: 'hgv.admin@e2e.test', role: 'mediation_admin', orgCode: ORG });
    await createStaff(stack.dataSource, { email: 'hgv.admin2@e2e.test', role: 'mediation_admin', orgCode: ORG });
    officer = await login(http, 'officer@demo.test');
    admin = await login(http, 'hgv.admin@e2e.test');
    otherOrgAdmin = await login(http, 'mediation_admin@demo.test');
    systemAdmin = await login(http, 'admin@demo.test');
    await mediator('a', 'a.tay@e2e.test', { languages: ['vi', 'tay'], sectors: ['ecommerce'] });
    await mediator('b', 'b.tay@e2e.test', { languages: ['vi', 'tay'] });
    await mediator('c', 'c.kinh@e2e.test', { sectors: ['ecommerce'] });
    await mediator('tied', 'd.tied@e2e.test', {
      languages: ['vi', 'tay'],
      sectors: ['ecommerce'],
      ties: [{ name: 'Công ty TNHH Điện máy Đồng Hỷ', note: 'Từng là kế toán' }],
    });
    await mediator('unverified', 'e.unverified@e2e.test', { languages: ['vi', 'tay'], verified: false });
    await mediator('full', 'f.full@e2e.test', { languages: ['vi', 'tay'], maxOpenCases: 1 });
    // f.full already holds one open case: at capacity.
    const held = await tayCase();
    await post(admin, `/cases/${held.id}/mediator`, { mediatorId: m.full.id }).expect(200);
  });

  afterAll(() => stack?.stop());

  it('suggests Tày speakers, ranked; excludes the tied, unverified, full, and (by default) those without Tày', async () => {
    const c = await tayCase();
    const res = await get(admin, `/cases/${c.id}/mediator-suggestions`).expect(200);
    expect(res.body.neededLanguages).toEqual(['tay']);
    expect(res.body.strictLanguage).toBe(true);
    expect(res.body.suggestions.map((s: { mediatorId: string }) => s.mediatorId)).toEqual([m.a.id, m.b.id]);
    expect(res.body.suggestions[0]).toMatchObject({
      reasons: ['speaks_tay', 'sector_match', 'load_0_of_10'],
      interpreterNeeded: false,
    });
    const excluded = Object.fromEntries(
      res.body.excluded.map((e: { mediatorId: string; reasons: string[] }) => [e.mediatorId, e.reasons]),
    );
    expect(excluded).toEqual({
      [m.c.id]: ['language_missing'],
      [m.tied.id]: ['tied_to_business'],
      [m.unverified.id]: ['not_verified'],
      [m.full.id]: ['at_capacity'],
    });

    // Without the strict language rule, the mediator without Tày is offered last, with an interpreter.
    const loose = await get(admin, `/cases/${c.id}/mediator-suggestions?strictLanguage=false`).expect(200);
    expect(loose.body.strictLanguage).toBe(false);
    expect(loose.body.suggestions.map((s: { mediatorId: string }) => s.mediatorId)).toEqual([m.a.id, m.b.id, m.c.id]);
    expect(loose.body.suggestions[2]).toMatchObject({
      interpreterNeeded: true,
      missingLanguages: ['tay'],
      reasons: ['sector_match', 'load_0_of_10', 'interpreter_needed'],
    });
    await get(admin, `/cases/${c.id}/mediator-suggestions?strictLanguage=maybe`).expect(400);
  });

  it('suggestions: the organisation’s admins and admins only; the case must be in mediation', async () => {
    const c = await tayCase();
    await get(systemAdmin, `/cases/${c.id}/mediator-suggestions`).expect(200);
    await get(otherOrgAdmin, `/cases/${c.id}/mediator-suggestions`).expect(404);
    await get(officer, `/cases/${c.id}/mediator-suggestions`).expect(403);
    await get(m.a.token, `/cases/${c.id}/mediator-suggestions`).expect(403);
    await http.get(`/api/v1/cases/${c.id}/mediator-suggestions`).expect(401);
    const submitted = await createCase(stack.dataSource);
    const res = await get(systemAdmin, `/cases/${submitted.id}/mediator-suggestions`).expect(409);
    expect(res.body.details).toEqual([{ field: 'status', rule: 'not_in_mediation' }]);
  });

  it('refuses (422, naming the field) whom the rules exclude, and writes nothing', async () => {
    const c = await tayCase();
    const before = {
      events: (await events(c.id)).length,
      mails: await stack.dataSource.query(`SELECT id FROM notifications WHERE case_id = $1 ORDER BY id`, [c.id]),
    };
    const refused = async (body: object, field: string, rule: string) => {
      const res = await post(admin, `/cases/${c.id}/mediator`, body).expect(422);
      expect(res.body.details).toEqual([{ field, rule }]);
    };
    await refused({ mediatorId: m.tied.id }, 'mediatorId', 'tied_to_business');
    await refused({ mediatorId: m.unverified.id }, 'mediatorId', 'not_verified');
    await refused({ mediatorId: m.full.id }, 'mediatorId', 'at_capacity');
    await refused(
      { mediatorId: await userId(stack.dataSource, 'mediator@demo.test') },
      'mediatorId',
      'not_a_mediator_of_the_organisation',
    );
    // Art 64.3: someone without Tày only with an interpreter.
    await refused({ mediatorId: m.c.id }, 'interpreter', 'art_64_3_interpreter_required');
    await post(admin, `/cases/${c.id}/mediator`, { mediatorId: 'nope' }).expect(400);
    await post(admin, `/cases/${c.id}/mediator`, { mediatorId: m.a.id, interpreter: 'yes' }).expect(400);
    expect(await events(c.id)).toHaveLength(before.events);
    expect(await stack.dataSource.query(`SELECT id FROM notifications WHERE case_id = $1 ORDER BY id`, [c.id])).toEqual(
      before.mails,
    );
    const [{ mediator_id }] = await stack.dataSource.query('SELECT mediator_id FROM cases WHERE id = $1', [c.id]);
    expect(mediator_id).toBeNull();
  });

  it('assign from the suggestions → decline → back in the unassigned queue → reassigned; all on the timeline, all emailed', async () => {
    const c = await tayCase();
    expect(await clocks(c.id)).toEqual([{ status: 'pending' }]);

    // The organisation's admin appoints the first suggestion.
    const suggested = (await get(admin, `/cases/${c.id}/mediator-suggestions`).expect(200)).body.suggestions[0];
    expect(suggested.mediatorId).toBe(m.a.id);
    const assigned = await post(admin, `/cases/${c.id}/mediator`, { mediatorId: suggested.mediatorId }).expect(200);
    expect(assigned.body.assignments.mediatorId).toBe(m.a.id);
    expect(await clocks(c.id)).toEqual([{ status: 'met' }]);
    // Appointing the same mediator again changes nothing.
    await post(admin, `/cases/${c.id}/mediator`, { mediatorId: m.a.id }).expect(200);

    const toMediator = await mailTo(stack.smtp, m.a.email, (mail) => mail.subject?.includes(c.trackingCode) ?? false);
    expect(toMediator.subject).toContain('Bạn được phân công hòa giải');
    expect(toMediator.text).toContain(`/staff/cases/${c.id}`);
    await mailTo(stack.smtp, c.consumerEmail, (mail) => mail.subject?.includes('Đã phân công hòa giải viên') ?? false);

    // Only the appointed mediator may decline; the reason is required.
    await post(m.b.token, `/cases/${c.id}/mediator/decline`, { reason: 'Tôi không nhận vụ này.' }).expect(404);
    await post(admin, `/cases/${c.id}/mediator/decline`, { reason: 'Tôi không nhận vụ này.' }).expect(403);
    const short = await post(m.a.token, `/cases/${c.id}/mediator/decline`, { reason: 'bận' }).expect(400);
    expect(JSON.stringify(short.body)).toContain('reason');
    await post(m.a.token, `/cases/${c.id}/mediator/decline`, {}).expect(400);

    const reason = 'Tôi nghỉ phép hai tuần, không thể tổ chức phiên hòa giải kịp.';
    const declined = await post(m.a.token, `/cases/${c.id}/mediator/decline`, { reason }).expect(200);
    expect(declined.body).toMatchObject({ action: 'mediator_declined', visibility: 'internal' });

    // Back to the organisation: no mediator, in its unassigned queue, a new assignment clock; the mediator no longer sees it.
    const back = await get(admin, `/cases/${c.id}`).expect(200);
    expect(back.body.assignments.mediatorId).toBeNull();
    expect(back.body.status).toBe('mediation');
    const unassigned = await get(admin, '/mediation/queues/unassigned?limit=200').expect(200);
    expect(unassigned.body.items.map((i: { id: string }) => i.id)).toContain(c.id);
    expect(await clocks(c.id)).toEqual([{ status: 'met' }, { status: 'pending' }]);
    await get(m.a.token, `/cases/${c.id}`).expect(404);

    // Both admins of the organisation hear of it, with the reason.
    for (const to of ['hgv.admin@e2e.test', 'hgv.admin2@e2e.test']) {
      const mail = await mailTo(
        stack.smtp,
        to,
        (x) => (x.subject?.includes('từ chối') && x.subject.includes(c.trackingCode)) ?? false,
      );
      expect(mail.text).toContain(reason);
      expect(mail.text).toContain(`/staff/cases/${c.id}`);
    }

    // The one who declined is not offered again; the admin appoints the next suggestion.
    const again = (await get(admin, `/cases/${c.id}/mediator-suggestions`).expect(200)).body;
    expect(again.suggestions.map((s: { mediatorId: string }) => s.mediatorId)).toEqual([m.b.id]);
    expect(again.excluded).toContainEqual(
      expect.objectContaining({ mediatorId: m.a.id, reasons: ['declined_this_case'] }),
    );
    await post(admin, `/cases/${c.id}/mediator`, { mediatorId: m.b.id }).expect(200);
    await mailTo(stack.smtp, m.b.email, (mail) => mail.subject?.includes(c.trackingCode) ?? false);
    expect(await clocks(c.id)).toEqual([{ status: 'met' }, { status: 'met' }]);

    // Replacing b by someone without Tày: only with an interpreter, who is named in the mediator's email.
    await post(admin, `/cases/${c.id}/mediator`, { mediatorId: m.c.id, interpreter: true }).expect(200);
    const toC = await mailTo(stack.smtp, m.c.email, (mail) => mail.subject?.includes(c.trackingCode) ?? false);
    expect(toC.text).toContain('tiếng Tày');
    expect(toC.text).toContain('phiên dịch');

    const timeline = await events(c.id);
    const mediation = timeline.filter((e) => e.action.startsWith('mediator_'));
    expect(mediation.map((e) => e.action)).toEqual([
      'mediator_assigned',
      'mediator_declined',
      'mediator_assigned',
      'mediator_reassigned',
    ]);
    expect(mediation[0].data.detail).toMatchObject({
      mediatorId: m.a.id,
      suggestionRank: 1,
      reasons: ['speaks_tay', 'sector_match', 'load_0_of_10'],
      interpreter: false,
    });
    expect(mediation[1]).toMatchObject({
      visibility: 'internal',
      data: { detail: { mediatorId: m.a.id, reason, conflict: false } },
    });
    expect(mediation[2].data.detail).toMatchObject({ mediatorId: m.b.id, suggestionRank: 1 });
    expect(mediation[3].data.detail).toMatchObject({
      mediatorId: m.c.id,
      previousMediatorId: m.b.id,
      interpreter: true,
      interpreterLanguages: ['tay'],
    });

    // The consumer sees the appointments, never the internal decline.
    const view = await http.get(`/api/v1/complaints/${c.trackingCode}`).set('X-Access-Key', c.accessKey).expect(200);
    const seen = view.body.timeline.map((e: { action: string }) => e.action);
    expect(seen).toEqual(expect.arrayContaining(['mediator_assigned', 'mediator_reassigned']));
    expect(seen).not.toContain('mediator_declined');
    expect(JSON.stringify(view.body)).not.toContain(reason);
  });

  it('a decline declaring a conflict keeps that mediator off the case for good', async () => {
    const c = await tayCase();
    await post(admin, `/cases/${c.id}/mediator`, { mediatorId: m.b.id }).expect(200);
    await post(m.b.token, `/cases/${c.id}/mediator/decline`, {
      reason: 'Em họ tôi là giám đốc của cửa hàng này.',
      conflict: true,
    }).expect(200);
    const res = await get(admin, `/cases/${c.id}/mediator-suggestions`).expect(200);
    expect(res.body.excluded).toContainEqual(
      expect.objectContaining({ mediatorId: m.b.id, reasons: ['declined_with_conflict'] }),
    );
    const refused = await post(admin, `/cases/${c.id}/mediator`, { mediatorId: m.b.id }).expect(422);
    expect(refused.body.details).toEqual([{ field: 'mediatorId', rule: 'declined_with_conflict' }]);
    await mailTo(
      stack.smtp,
      'hgv.admin@e2e.test',
      (x) => (x.text?.includes('xung đột lợi ích') && x.subject?.includes(c.trackingCode)) ?? false,
    );
  });
});
