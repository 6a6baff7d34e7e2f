import { CasePartyEntity, groupColumns } from '@app/persistence';
import {
  createCase,
  createStaff,
  CreatedCase,
  Http,
  login,
  mailTo,
  orgId,
  Stack,
  startStack,
} from '../support/case-factory';

// Law 19 Art 64.3 for a consumer flagged as an ethnic minority (Art 8) who gave no language: the
// mediator must ask, and appointing needs a recorded language the mediator shares or an interpreter.
// On an organisation of this spec's own, so that demo data does not matter.

const ORG = 'E2E-LANG';

describe('Art 64.3: the language of an ethnic-minority consumer', () => {
  let stack: Stack;
  let http: Http;
  let organisationId: string;
  let admin: string;
  const m = {} as Record<'tay' | 'kinh', { id: string; email: string }>;

  async function mediator(key: keyof typeof m, email: string, languages: string[]) {
    const id = await createStaff(stack.dataSource, { email, role: 'mediator', orgCode: ORG });
    await stack.dataSource.query(
      `INSERT INTO mediator_profiles (user_id, vietnamese_citizen, full_civil_capacity, reputation_attested_on,
         mediation_training_certificate, mediation_training_on, consumer_law_training_on, judicial_record_on,
         verified_at, languages)
       VALUES ($1, true, true, '2025-01-10', 'HGV-2025-002', '2025-02-01', '2025-03-01', '2025-04-01', now(), $2)`,
      [id, languages],
    );
    m[key] = { id, email };
  }

  const get = (token: string, path: string) => http.get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
  const post = (token: string, path: string, body: object = {}) =>
    http.post(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).send(body);

  /** In mediation with ORG, no mediator yet; the consumer flagged ethnic minority, with `ethnicLanguage` or none. */
  async function caseInMediation(ethnicLanguage: string | null = null): Promise<CreatedCase> {
    const c = await createCase(stack.dataSource, {
      consumer: { ...groupColumns(['ethnic_minority']), ethnicLanguage, sensitiveConsentAt: new Date() },
    });
    await stack.dataSource.query(
      `UPDATE cases SET status = 'mediation', mediation_org_id = $2, mediation_at = now(), vulnerable = true,
         version = version + 1 WHERE id = $1`,
      [c.id, organisationId],
    );
    return c;
  }

  // Read through the entity: the ethnic language is encrypted at rest.
  const consumerLanguage = async (caseId: string) =>
    (await stack.dataSource.getRepository(CasePartyEntity).findOneByOrFail({ caseId, role: 'consumer' }))
      .ethnicLanguage;

  const assignmentEvents = (caseId: string) =>
    stack.dataSource.query<{ data: { detail: Record<string, unknown> } }[]>(
      `SELECT data FROM case_events WHERE case_id = $1 AND action LIKE 'mediator_%' ORDER BY id`,
      [caseId],
    );

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    http = stack.http;
    await stack.dataSource.query(
      `INSERT INTO organisations (code, name, kind, mediation_type, email)
       VALUES ($1, 'Tổ hòa giải ngôn ngữ E2E', 'mediation_organisation', 'a', 'lang@e2e.test')`,
      [ORG],
    );
    organisationId = await orgId(stack.dataSource, ORG);
    await createStaff(stack.dataSource, { email: 'lang.admin@e2e.test', role: 'mediation_admin', orgCode: ORG });
    admin = await login(http, 'lang.admin@e2e.test');
    await mediator('tay', 'lang.tay@e2e.test', ['vi', 'tay']);
    await mediator('kinh', 'lang.kinh@e2e.test', ['vi']);
  });
  afterAll(() => stack?.stop());

  it('no language given: the suggestions and the case say it is unknown (the mediator must ask)', async () => {
    const c = await caseInMediation();
    const suggestions = await get(admin, `/cases/${c.id}/mediator-suggestions`).expect(200);
    expect(suggestions.body).toMatchObject({ languageUnknown: true, neededLanguages: [] });
    expect(suggestions.body.suggestions).toHaveLength(2);
    expect((await get(admin, `/cases/${c.id}`).expect(200)).body.languageUnknown).toBe(true);
    // The association tracks outcomes: the ethnicity flag behind it is not for it.
    const association = await login(http, 'association@demo.test');
    expect((await get(association, `/cases/${c.id}`).expect(200)).body.languageUnknown).toBeNull();

    // With the language recorded at intake, it is known.
    const known = await caseInMediation('Tày');
    expect((await get(admin, `/cases/${known.id}/mediator-suggestions`).expect(200)).body).toMatchObject({
      languageUnknown: false,
      neededLanguages: ['tay'],
    });
    expect((await get(admin, `/cases/${known.id}`).expect(200)).body.languageUnknown).toBe(false);
  });

  it('no language given: appointing needs an interpreter, and the mediator is told to ask', async () => {
    const c = await caseInMediation();
    // Even a mediator who speaks Tày: nobody knows the consumer's language yet.
    const refused = await post(admin, `/cases/${c.id}/mediator`, { mediatorId: m.tay.id }).expect(422);
    expect(refused.body.details).toEqual([{ field: 'interpreter', rule: 'art_64_3_language_unknown' }]);
    expect(await assignmentEvents(c.id)).toEqual([]);

    const res = await post(admin, `/cases/${c.id}/mediator`, { mediatorId: m.kinh.id, interpreter: true }).expect(200);
    expect(res.body).toMatchObject({ languageUnknown: true, assignments: { mediatorId: m.kinh.id } });
    const [event] = await assignmentEvents(c.id);
    expect(event.data.detail).toMatchObject({ mediatorId: m.kinh.id, interpreter: true, languageUnknown: true });
    const mail = await mailTo(stack.smtp, m.kinh.email, (x) => x.subject?.includes(c.trackingCode) ?? false);
    expect(mail.text).toContain('chưa cho biết ngôn ngữ sử dụng: bạn cần hỏi người tiêu dùng');
  });

  it('the language the consumer named when asked is recorded with the appointment, and the usual check applies to it', async () => {
    const c = await caseInMediation();
    // Nùng, which the Tày speaker lacks: refused, and the language is not kept.
    const lacking = await post(admin, `/cases/${c.id}/mediator`, {
      mediatorId: m.tay.id,
      consumerLanguage: 'Nùng',
    }).expect(422);
    expect(lacking.body.details).toEqual([{ field: 'interpreter', rule: 'art_64_3_interpreter_required' }]);
    expect(await consumerLanguage(c.id)).toBeNull();

    // Tày, which the mediator shares: no interpreter needed.
    const res = await post(admin, `/cases/${c.id}/mediator`, { mediatorId: m.tay.id, consumerLanguage: 'Tày' }).expect(
      200,
    );
    expect(res.body.languageUnknown).toBe(false);
    expect(await consumerLanguage(c.id)).toBe('Tày');
    const [event] = await assignmentEvents(c.id);
    expect(event.data.detail).toMatchObject({ interpreter: false, consumerLanguageRecorded: true });
    expect(JSON.stringify(event.data)).not.toContain('Tày');

    // A language the consumer gave is theirs: staff do not replace it.
    const known = await caseInMediation('Tày');
    const replaced = await post(admin, `/cases/${known.id}/mediator`, {
      mediatorId: m.tay.id,
      consumerLanguage: 'Nùng',
    }).expect(422);
    expect(replaced.body.details).toEqual([{ field: 'consumerLanguage', rule: 'art_64_3_language_already_known' }]);
    expect(await consumerLanguage(known.id)).toBe('Tày');
    // With a language given at intake, the existing check applies: the Kinh mediator needs an interpreter.
    const lacks = await post(admin, `/cases/${known.id}/mediator`, { mediatorId: m.kinh.id }).expect(422);
    expect(lacks.body.details).toEqual([{ field: 'interpreter', rule: 'art_64_3_interpreter_required' }]);
  });
});
