import { MediatorProfileEntity, OrganisationEntity } from '@app/persistence';
import {
  createCase,
  createStaff,
  login,
  orgId,
  PASSWORD,
  putInMediation,
  Stack,
  startStack,
  userId,
} from '../support/case-factory';

interface FieldError {
  field: string;
  messages: string[];
}

const fields = (body: { errors: FieldError[] }) => body.errors.map((e) => e.field).sort();
const messagesOf = (body: { errors: FieldError[] }, field: string) =>
  body.errors.find((e) => e.field === field)?.messages.join(' ') ?? '';

/** Complete Art 64.2 declarations. */
const DECLARATIONS = {
  vietnameseCitizen: true,
  fullCivilCapacity: true,
  reputationAttestedOn: '2025-03-14',
  mediationTrainingCertificate: 'HGV-E2E-001',
  mediationTrainingOn: '2024-10-25',
  consumerLawTrainingOn: '2025-05-09',
  judicialRecordOn: '2025-08-20',
};

const centre = (code: string, extra: object = {}) => ({
  code,
  name: `Trung tâm hòa giải ${code}`,
  kind: 'mediation_organisation',
  mediationType: 'b',
  communeCode: '05443',
  address: 'Số 1 đường Hoàng Văn Thụ, Phường Phan Đình Phùng',
  email: `lienhe@${code.toLowerCase()}.example.vn`,
  phone: '0208 3650 999',
  website: `https://${code.toLowerCase()}.example.vn`,
  hasSeal: true,
  ...extra,
});

// Law 19 Arts 63–64: organisations (admins), mediators' profiles (their organisation), public lists (Art 63.2).
describe('mediation organisations and mediators', () => {
  let stack: Stack;
  let admin: string;
  let officer: string;
  let otherOrgAdmin: string;

  beforeAll(async () => {
    stack = await startStack();
    admin = await login(stack.http, 'admin@demo.test');
    officer = await login(stack.http, 'officer@demo.test');
    // The demo association's admin: a mediation admin of another organisation than the ones made here.
    otherOrgAdmin = await login(stack.http, 'mediation_admin@demo.test');
  });
  afterAll(() => stack?.stop());

  const as = (token: string | null, language = 'vi') => {
    const auth = <T extends { set: (k: string, v: string) => T }>(req: T): T =>
      (token ? req.set('Authorization', `Bearer ${token}`) : req).set('Accept-Language', language);
    return {
      get: (path: string) => auth(stack.http.get(`/api/v1/${path}`)),
      post: (path: string, body: object = {}) => auth(stack.http.post(`/api/v1/${path}`)).send(body),
      put: (path: string, body: object) => auth(stack.http.put(`/api/v1/${path}`)).send(body),
      patch: (path: string, body: object) => auth(stack.http.patch(`/api/v1/${path}`)).send(body),
    };
  };
  const organisationCount = () => stack.dataSource.getRepository(OrganisationEntity).count();

  describe('organisations (admins)', () => {
    it('an admin creates a mediation organisation (Art 63.1) and finds it by kind', async () => {
      const created = await as(admin).post('admin/organisations', centre('E2E-ORG1')).expect(201);
      expect(created.body).toMatchObject({
        id: expect.any(String),
        code: 'E2E-ORG1',
        kind: 'mediation_organisation',
        mediationType: 'b',
        communeCode: '05443',
        hasSeal: true,
        active: true,
        email: 'lienhe@e2e-org1.example.vn',
      });
      const list = await as(admin).get('admin/organisations?kind=mediation_organisation').expect(200);
      expect(list.body.map((o: { code: string }) => o.code)).toContain('E2E-ORG1');
      expect(list.body.every((o: { kind: string }) => o.kind === 'mediation_organisation')).toBe(true);
      const all = await as(admin).get('admin/organisations').expect(200);
      expect(all.body.length).toBeGreaterThan(100); // the plan's bodies and the 92 commune committees
    });

    it('refuses bad input with field errors in Vietnamese, and in English when asked; writes nothing', async () => {
      const before = await organisationCount();
      const bad = { code: 'bad code', name: ' ', kind: 'shop', email: 'not-an-email', website: 'ftp://x.example.vn' };
      const vi = await as(admin).post('admin/organisations', bad).expect(400);
      expect(fields(vi.body)).toEqual(['code', 'email', 'kind', 'name', 'website']);
      expect(messagesOf(vi.body, 'email')).toBe('Địa chỉ email không hợp lệ');
      const en = await as(admin, 'en').post('admin/organisations', bad).expect(400);
      expect(messagesOf(en.body, 'email')).toBe('must be a valid email address');

      const untyped = await as(admin).post('admin/organisations', centre('E2E-NOTYPE', { mediationType: undefined }));
      expect(untyped.status).toBe(400);
      expect(fields(untyped.body)).toEqual(['mediationType']);
      expect(messagesOf(untyped.body, 'mediationType')).toContain('Điều 63');
      const untypedEn = await as(admin, 'en').post(
        'admin/organisations',
        centre('E2E-NOTYPE', { mediationType: null }),
      );
      expect(messagesOf(untypedEn.body, 'mediationType')).toContain('Art 63.1');

      const taken = await as(admin, 'en').post('admin/organisations', centre('SCT')).expect(400);
      expect(taken.body.errors).toEqual([{ field: 'code', messages: ['is already in use'] }]);
      const commune = await as(admin, 'en').post('admin/organisations', centre('E2E-X', { communeCode: '99999' }));
      expect(commune.status).toBe(400);
      expect(fields(commune.body)).toEqual(['communeCode']);
      const association = await as(admin, 'en')
        .post('admin/organisations', centre('E2E-ASSOC', { kind: 'consumer_association', mediationType: 'c' }))
        .expect(400);
      expect(messagesOf(association.body, 'mediationType')).toContain('type (a)');
      const extra = await as(admin)
        .post('admin/organisations', centre('E2E-Y', { verified: true }))
        .expect(400);
      expect(fields(extra.body)).toEqual(['verified']);
      expect(await organisationCount()).toBe(before);
    });

    it('PATCH changes contact details, seal, type and active; null clears a detail but not a flag or a required type', async () => {
      const { body: org } = await as(admin).post('admin/organisations', centre('E2E-ORG2')).expect(201);
      const patched = await as(admin)
        .patch(`admin/organisations/${org.id}`, {
          phone: '0208 1111 222',
          website: null,
          hasSeal: false,
          mediationType: 'c',
        })
        .expect(200);
      expect(patched.body).toMatchObject({ phone: '0208 1111 222', website: null, hasSeal: false, mediationType: 'c' });
      expect(patched.body.code).toBe('E2E-ORG2');
      const refused = await as(admin, 'en')
        .patch(`admin/organisations/${org.id}`, { mediationType: null, active: null, code: 'NEW' })
        .expect(400);
      expect(fields(refused.body)).toEqual(['active', 'code']);
      const untyped = await as(admin, 'en').patch(`admin/organisations/${org.id}`, { mediationType: null }).expect(400);
      expect(fields(untyped.body)).toEqual(['mediationType']);
      const row = await stack.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ id: org.id });
      expect(row).toMatchObject({ mediationType: 'c', active: true });
      await as(admin).patch('admin/organisations/00000000-0000-4000-8000-000000000000', { active: false }).expect(404);
      await as(admin).patch('admin/organisations/not-a-uuid', { active: false }).expect(404);
    });

    it('is for admins only: 401 anonymous, 403 for other staff', async () => {
      const sct = await orgId(stack.dataSource, 'SCT');
      await as(null).get('admin/organisations').expect(401);
      for (const token of [officer, otherOrgAdmin]) {
        await as(token).get('admin/organisations').expect(403);
        await as(token).post('admin/organisations', centre('E2E-Z')).expect(403);
        await as(token).patch(`admin/organisations/${sct}`, { active: false }).expect(403);
      }
      expect(await stack.dataSource.getRepository(OrganisationEntity).countBy({ code: 'E2E-Z' })).toBe(0);
    });
  });

  describe('mediator profiles (Art 64.2)', () => {
    let org: string;
    let orgAdmin: string;
    let selfId: string;
    let self: string;

    beforeAll(async () => {
      org = (await as(admin).post('admin/organisations', centre('E2E-MED')).expect(201)).body.id;
      await createStaff(stack.dataSource, {
        email: 'head@e2e-med.example.vn',
        role: 'mediation_admin',
        orgCode: 'E2E-MED',
      });
      orgAdmin = await login(stack.http, 'head@e2e-med.example.vn');
      selfId = await createStaff(stack.dataSource, {
        email: 'self@e2e-med.example.vn',
        role: 'mediator',
        orgCode: 'E2E-MED',
      });
      self = await login(stack.http, 'self@e2e-med.example.vn');
    });

    const newMediator = async (email: string) =>
      (
        await as(orgAdmin)
          .post(`mediation/organisations/${org}/mediators`, { email, fullName: `HGV ${email}` })
          .expect(201)
      ).body as { userId: string };

    it('the organisation’s admin creates a mediator account: empty profile, every gap listed, no sign-in yet', async () => {
      const res = await as(orgAdmin)
        .post(`mediation/organisations/${org}/mediators`, {
          email: ' New.Mediator@E2E-med.example.vn ',
          fullName: 'Nông Văn Hải',
        })
        .expect(201);
      expect(res.body).toMatchObject({
        email: 'new.mediator@e2e-med.example.vn',
        fullName: 'Nông Văn Hải',
        organisationId: org,
        verified: false,
        languages: ['vi'],
        openCases: 0,
        available: false,
        gaps: [
          'vietnamese_citizen',
          'full_civil_capacity',
          'ethics_and_reputation',
          'mediation_training',
          'consumer_law_training',
          'no_criminal_record',
        ],
      });
      // No password until its owner sets one from the emailed one-time link: until then nothing signs in.
      await stack.http
        .post('/api/v1/auth/login')
        .send({ email: 'new.mediator@e2e-med.example.vn', password: PASSWORD })
        .expect(401);
      const [account] = await stack.dataSource.query(`SELECT password_hash FROM users WHERE email = $1`, [
        'new.mediator@e2e-med.example.vn',
      ]);
      expect(account.password_hash).toBeNull();
      const mails = await stack.dataSource.query(
        `SELECT template, contains_secret FROM notifications WHERE recipient_email = $1`,
        ['new.mediator@e2e-med.example.vn'],
      );
      expect(mails).toEqual([{ template: 'staff_password_link', contains_secret: true }]);
      const again = await as(orgAdmin, 'en')
        .post(`mediation/organisations/${org}/mediators`, { email: 'new.mediator@e2e-med.example.vn', fullName: 'X' })
        .expect(400);
      expect(again.body.errors).toEqual([{ field: 'email', messages: ['is already in use'] }]);
      const sct = await orgId(stack.dataSource, 'SCT');
      const notMediating = await as(admin).post(`mediation/organisations/${sct}/mediators`, {
        email: 'm@sct.example.vn',
        fullName: 'X',
      });
      expect(notMediating.status).toBe(422);
      expect(notMediating.body.details).toEqual([{ field: 'orgId', rule: 'art_63_1_not_a_mediation_organisation' }]);
    });

    it('verify answers 422 naming each Art 64.2 gap, then 200 once declared; a changed declaration clears it', async () => {
      const { userId: id } = await newMediator('verify.me@e2e-med.example.vn');
      const refused = await as(orgAdmin).post(`mediation/mediators/${id}/verify`).expect(422);
      expect(refused.body.details).toEqual([
        { field: 'vietnameseCitizen', rule: 'art_64_2_vietnamese_citizen' },
        { field: 'fullCivilCapacity', rule: 'art_64_2_full_civil_capacity' },
        { field: 'reputationAttestedOn', rule: 'art_64_2_ethics_and_reputation' },
        { field: 'mediationTrainingCertificate', rule: 'art_64_2_mediation_training' },
        { field: 'consumerLawTrainingOn', rule: 'art_64_2_consumer_law_training' },
        { field: 'judicialRecordOn', rule: 'art_64_2_no_criminal_record' },
      ]);
      const { judicialRecordOn: _, ...almost } = DECLARATIONS;
      await as(orgAdmin).put(`mediation/mediators/${id}/profile`, almost).expect(200);
      const one = await as(orgAdmin).post(`mediation/mediators/${id}/verify`).expect(422);
      expect(one.body.details).toEqual([{ field: 'judicialRecordOn', rule: 'art_64_2_no_criminal_record' }]);

      const declared = await as(orgAdmin)
        .put(`mediation/mediators/${id}/profile`, {
          judicialRecordOn: DECLARATIONS.judicialRecordOn,
          languages: ['vi', 'tay'],
          sectors: ['ecommerce', 'food'],
          ties: [{ taxCode: '4600000001', note: 'Anh trai là giám đốc' }, { name: 'Cửa hàng Ví Dụ' }],
          maxOpenCases: 3,
          publicProfile: 'Hòa giải viên; nói tiếng Tày.',
        })
        .expect(200);
      expect(declared.body).toMatchObject({ gaps: [], verified: false, maxOpenCases: 3 });
      const verified = await as(orgAdmin).post(`mediation/mediators/${id}/verify`).expect(200);
      expect(verified.body).toMatchObject({
        verified: true,
        verifiedById: await userId(stack.dataSource, 'head@e2e-med.example.vn'),
        available: true,
        ties: [
          { taxCode: '4600000001', name: null, note: 'Anh trai là giám đốc' },
          { taxCode: null, name: 'Cửa hàng Ví Dụ', note: null },
        ],
      });
      // Languages, capacity or the same declarations again keep the verification; a new date does not.
      const kept = await as(orgAdmin)
        .put(`mediation/mediators/${id}/profile`, {
          ...DECLARATIONS,
          languages: ['vi', 'tay', 'nung'],
          maxOpenCases: 4,
        })
        .expect(200);
      expect(kept.body.verified).toBe(true);
      const changed = await as(orgAdmin)
        .put(`mediation/mediators/${id}/profile`, { judicialRecordOn: '2026-02-01' })
        .expect(200);
      expect(changed.body).toMatchObject({ verified: false, verifiedAt: null, verifiedById: null, gaps: [] });
      const row = await stack.dataSource.getRepository(MediatorProfileEntity).findOneByOrFail({ userId: id });
      expect(row.verifiedAt).toBeNull();
      await as(admin).post(`mediation/mediators/${id}/verify`).expect(200);
    });

    it('refuses bad profile input with field errors and writes nothing', async () => {
      const { userId: id } = await newMediator('bad.input@e2e-med.example.vn');
      const res = await as(orgAdmin, 'en')
        .put(`mediation/mediators/${id}/profile`, {
          vietnameseCitizen: 'yes',
          judicialRecordOn: '2999-01-01',
          reputationAttestedOn: '14/03/2025',
          languages: ['vi', 'klingon'],
          maxOpenCases: 0,
          ties: [{ note: 'no business named' }],
          accepting: null,
        })
        .expect(400);
      expect(fields(res.body)).toEqual([
        'accepting',
        'judicialRecordOn',
        'languages',
        'maxOpenCases',
        'reputationAttestedOn',
        'ties',
        'vietnameseCitizen',
      ]);
      expect(messagesOf(res.body, 'ties')).toBe('a tax code or a business name is required');
      expect(messagesOf(res.body, 'maxOpenCases')).toBe('must not be less than 1');
      const tooMany = await as(orgAdmin, 'en')
        .put(`mediation/mediators/${id}/profile`, { maxOpenCases: 101 })
        .expect(400);
      expect(messagesOf(tooMany.body, 'maxOpenCases')).toBe('must not be greater than 100');
      const sector = await as(orgAdmin)
        .put(`mediation/mediators/${id}/profile`, { sectors: ['weapons'], accepting: false })
        .expect(400);
      expect(sector.body.errors).toEqual([{ field: 'sectors', messages: ['Lĩnh vực không tồn tại'] }]);
      const profile = await as(orgAdmin).get(`mediation/mediators/${id}/profile`).expect(200);
      expect(profile.body).toMatchObject({ accepting: true, maxOpenCases: 10, vietnameseCitizen: false, sectors: [] });
    });

    it('lists the organisation’s mediators with profile, gaps, capacity and open cases', async () => {
      const { userId: id } = await newMediator('busy@e2e-med.example.vn');
      await as(orgAdmin)
        .put(`mediation/mediators/${id}/profile`, { ...DECLARATIONS, maxOpenCases: 1 })
        .expect(200);
      await as(orgAdmin).post(`mediation/mediators/${id}/verify`).expect(200);
      const c = await createCase(stack.dataSource);
      await putInMediation(stack.dataSource, c.id, 'E2E-MED', id);
      const list = await as(orgAdmin).get(`mediation/organisations/${org}/mediators`).expect(200);
      const busy = list.body.find((m: { userId: string }) => m.userId === id);
      expect(busy).toMatchObject({
        openCases: 1,
        maxOpenCases: 1,
        accepting: true,
        verified: true,
        available: false,
        gaps: [],
      });
      expect(list.body.map((m: { email: string }) => m.email)).toContain('self@e2e-med.example.vn');
      expect(list.body.every((m: { organisationId: string }) => m.organisationId === org)).toBe(true);
      expect((await as(admin).get(`mediation/organisations/${org}/mediators`).expect(200)).body).toHaveLength(
        list.body.length,
      );
    });

    it('a mediation admin of another organisation gets 404; other roles 403', async () => {
      const { userId: id } = await newMediator('guarded@e2e-med.example.vn');
      await as(otherOrgAdmin).get(`mediation/organisations/${org}/mediators`).expect(404);
      await as(otherOrgAdmin)
        .post(`mediation/organisations/${org}/mediators`, { email: 'x@e2e.example.vn', fullName: 'X' })
        .expect(404);
      await as(otherOrgAdmin).get(`mediation/mediators/${id}/profile`).expect(404);
      await as(otherOrgAdmin).put(`mediation/mediators/${id}/profile`, { accepting: false }).expect(404);
      await as(otherOrgAdmin).post(`mediation/mediators/${id}/verify`).expect(404);
      await as(orgAdmin)
        .get(`mediation/mediators/${await userId(stack.dataSource, 'mediator@demo.test')}/profile`)
        .expect(404);
      await as(orgAdmin).get('mediation/mediators/not-a-uuid/profile').expect(404);
      for (const token of [officer, await login(stack.http, 'association@demo.test')]) {
        await as(token).get(`mediation/organisations/${org}/mediators`).expect(403);
        await as(token).put(`mediation/mediators/${id}/profile`, { accepting: false }).expect(403);
        await as(token).post(`mediation/mediators/${id}/verify`).expect(403);
      }
      await as(null).get(`mediation/mediators/${id}/profile`).expect(401);
      const row = await stack.dataSource.getRepository(MediatorProfileEntity).findOneByOrFail({ userId: id });
      expect(row.accepting).toBe(true);
    });

    it('a mediator reads and edits their own languages, sectors, ties and accepting — not the declarations', async () => {
      await as(orgAdmin).put(`mediation/mediators/${selfId}/profile`, DECLARATIONS).expect(200);
      await as(orgAdmin).post(`mediation/mediators/${selfId}/verify`).expect(200);
      const mine = await as(self)
        .put(`mediation/mediators/${selfId}/profile`, {
          languages: ['vi', 'en', 'dao'],
          sectors: ['telecom'],
          ties: [{ taxCode: '0100000002' }],
          accepting: false,
        })
        .expect(200);
      expect(mine.body).toMatchObject({
        languages: ['vi', 'en', 'dao'],
        sectors: ['telecom'],
        accepting: false,
        verified: true,
      });
      await as(self).get(`mediation/mediators/${selfId}/profile`).expect(200);
      const declarations = await as(self)
        .put(`mediation/mediators/${selfId}/profile`, { judicialRecordOn: '2026-01-01' })
        .expect(403);
      expect(declarations.body.message).toContain('judicialRecordOn');
      await as(self).put(`mediation/mediators/${selfId}/profile`, { maxOpenCases: 50 }).expect(403);
      await as(self).put(`mediation/mediators/${selfId}/profile`, { publicProfile: 'x' }).expect(403);
      await as(self).post(`mediation/mediators/${selfId}/verify`).expect(403);
      await as(self).get(`mediation/organisations/${org}/mediators`).expect(403);
      const other = await userId(stack.dataSource, 'busy@e2e-med.example.vn');
      await as(self).get(`mediation/mediators/${other}/profile`).expect(404);
      await as(self).put(`mediation/mediators/${other}/profile`, { accepting: false }).expect(404);
      const row = await stack.dataSource.getRepository(MediatorProfileEntity).findOneByOrFail({ userId: selfId });
      expect(row).toMatchObject({ judicialRecordOn: DECLARATIONS.judicialRecordOn, maxOpenCases: 10 });
      expect(row.verifiedAt).toBeInstanceOf(Date);
    });
  });

  describe('public lists (Art 63.2)', () => {
    let org: string;
    const listedNames: string[] = [];

    beforeAll(async () => {
      org = (await as(admin).post('admin/organisations', centre('E2E-PUB')).expect(201)).body.id;
      await createStaff(stack.dataSource, {
        email: 'head@e2e-pub.example.vn',
        role: 'mediation_admin',
        orgCode: 'E2E-PUB',
      });
      const head = await login(stack.http, 'head@e2e-pub.example.vn');
      const make = async (email: string, fullName: string, verify: boolean, profile: object = {}) => {
        const { userId: id } = (
          await as(head).post(`mediation/organisations/${org}/mediators`, { email, fullName }).expect(201)
        ).body;
        await as(head)
          .put(`mediation/mediators/${id}/profile`, { ...DECLARATIONS, ...profile })
          .expect(200);
        if (verify) await as(head).post(`mediation/mediators/${id}/verify`).expect(200);
        return id as string;
      };
      await make('a@e2e-pub.example.vn', 'An Văn Bình', true, {
        languages: ['vi', 'hmong'],
        sectors: ['food'],
        ties: [{ taxCode: '4600000001', name: 'Công ty TNHH Bánh Kẹo Ví Dụ' }],
        publicProfile: 'Hòa giải viên người H’Mông.',
      });
      await make('b@e2e-pub.example.vn', 'Bùi Thị Cúc', true, { languages: ['vi', 'en'] });
      await make('unverified@e2e-pub.example.vn', 'Chưa Xác Minh', false);
      const gone = await make('gone@e2e-pub.example.vn', 'Đã Nghỉ Việc', true);
      await stack.dataSource.query('UPDATE users SET active = false WHERE id = $1', [gone]);
      listedNames.push('An Văn Bình', 'Bùi Thị Cúc');
    });

    it('lists the active organisations that mediate consumer disputes, without email or phone', async () => {
      const { body: hidden } = await as(admin).post('admin/organisations', centre('E2E-HIDDEN')).expect(201);
      await as(admin).patch(`admin/organisations/${hidden.id}`, { active: false }).expect(200);
      const res = await as(null).get('public/mediation-organisations').expect(200);
      const pub = res.body.find((o: { id: string }) => o.id === org);
      expect(pub).toEqual({
        id: org,
        name: 'Trung tâm hòa giải E2E-PUB',
        kind: 'mediation_organisation',
        mediationType: 'b',
        address: 'Số 1 đường Hoàng Văn Thụ, Phường Phan Đình Phùng',
        communeCode: '05443',
        communeName: 'Phường Phan Đình Phùng',
        website: 'https://e2e-pub.example.vn',
        mediators: 2,
      });
      const ids = res.body.map((o: { id: string }) => o.id);
      expect(ids).toContain(await orgId(stack.dataSource, 'HBVNTD')); // the association, type (a) in the demo data
      expect(ids).not.toContain(hidden.id);
      expect(ids).not.toContain(await orgId(stack.dataSource, 'SCT'));
      expect(JSON.stringify(res.body)).not.toMatch(/@|"email"|"phone"|"hasSeal"/);
    });

    it('lists only verified, active mediators: name, languages, sectors and profile; no contacts, ties or capacity', async () => {
      const res = await as(null, 'en').get(`public/mediation-organisations/${org}/mediators`).expect(200);
      expect(res.body.total).toBe(2);
      expect(res.body.items.map((m: { fullName: string }) => m.fullName)).toEqual(listedNames);
      expect(res.body.items[0]).toEqual({
        id: expect.any(String),
        fullName: 'An Văn Bình',
        languages: [
          { code: 'vi', vi: 'Tiếng Việt', en: 'Vietnamese' },
          { code: 'hmong', vi: "Tiếng H'Mông", en: 'Hmong' },
        ],
        sectors: [{ code: 'food', vi: 'Thực phẩm và đồ uống', en: 'Food and drink' }],
        publicProfile: 'Hòa giải viên người H’Mông.',
      });
      const text = JSON.stringify(res.body);
      for (const secret of [
        '@',
        '4600000001',
        'Bánh Kẹo',
        'HGV-E2E-001',
        'maxOpenCases',
        'ties',
        'judicialRecordOn',
        'phone',
        'email',
      ])
        expect(text).not.toContain(secret);
    });

    it('pages with limit and offset; 400 past the cap; 404 for an organisation that does not mediate', async () => {
      const page = await as(null).get(`public/mediation-organisations/${org}/mediators?limit=1&offset=1`).expect(200);
      expect(page.body).toMatchObject({ total: 2, items: [{ fullName: 'Bùi Thị Cúc' }] });
      const capped = await as(null, 'en').get(`public/mediation-organisations/${org}/mediators?limit=1000`).expect(400);
      expect(fields(capped.body)).toEqual(['limit']);
      await as(null)
        .get(`public/mediation-organisations/${await orgId(stack.dataSource, 'SCT')}/mediators`)
        .expect(404);
      await as(null).get('public/mediation-organisations/not-a-uuid/mediators').expect(404);
      const hbv = await as(null)
        .get(`public/mediation-organisations/${await orgId(stack.dataSource, 'HBVNTD')}/mediators`)
        .expect(200);
      expect(hbv.body.items.map((m: { fullName: string }) => m.fullName)).toContain('Hòa giải viên (demo)');
    });
  });
});
