import type { Response } from 'superagent';
import { DataSource } from 'typeorm';
import { MediatorProfileEntity, OrganisationEntity } from '@app/persistence';
import {
  act,
  createCase,
  CreatedCase,
  createStaff,
  driveTo,
  Http,
  login,
  putInMediation,
  Stack,
  startStack,
} from '../support/case-factory';
import { art652Record } from '../support/lifecycle-client';
import { pdfText } from '../support/pdf-text';

const CONSUMER = 'Nguyễn Thị Lan';
const BUSINESS = 'Cửa hàng Điện máy Ví Dụ';
const SEALED = { code: 'REC-SEAL', name: 'Trung tâm Hòa giải thương mại Thái Nguyên', hasSeal: true };
const UNSEALED = { code: 'REC-NOSEAL', name: 'Tổ hòa giải Đồng Hỷ', hasSeal: false };

/** supertest keeps a PDF as bytes only with a parser of its own. */
function bytes(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('statutory records as PDF', () => {
  let stack: Stack;
  let dataSource: DataSource;
  let http: Http;
  let officer: string;
  const mediators: Record<string, { id: string; token: string }> = {};

  const staffGet = (token: string, caseId: string, kind: string) =>
    http
      .get(`/api/v1/cases/${caseId}/records/${kind}`)
      .set('Authorization', `Bearer ${token}`)
      .buffer(true)
      .parse(bytes);
  const consumerGet = (c: CreatedCase, kind: string, key: string | null = c.accessKey) => {
    const req = http.get(`/api/v1/complaints/${c.trackingCode}/records/${kind}`).buffer(true).parse(bytes);
    return key === null ? req : req.set('X-Access-Key', key);
  };
  const businessGet = (token: string, kind: string) =>
    http.get(`/api/v1/business/${token}/records/${kind}`).buffer(true).parse(bytes);
  const jsonOf = (res: Response) => JSON.parse((res.body as Buffer).toString('utf8'));

  const newCase = () => createCase(dataSource, { consumer: { name: CONSUMER }, business: { name: BUSINESS } });

  /** A case forwarded to the business; returns the business's link token. */
  const inNegotiation = async (c: CreatedCase): Promise<string> => {
    const forwarded = await driveTo(http, officer, c.id, 'negotiation');
    return String(forwarded.body.businessLinkUrl).split('/').pop() as string;
  };

  /** A case in mediation with `org`'s mediator, who records `result`. */
  const mediated = async (org: string, result: Record<string, unknown>): Promise<CreatedCase> => {
    const c = await newCase();
    await inNegotiation(c);
    await putInMediation(dataSource, c.id, org, mediators[org].id);
    const res = await act(http, mediators[org].token, c.id, 'record_mediation_result', result);
    expect(res.status).toBe(200);
    return c;
  };
  const success = (org: string) => mediated(org, { result: 'success', record: art652Record() });

  beforeAll(async () => {
    stack = await startStack();
    ({ dataSource, http } = stack);
    officer = await login(http, 'officer@demo.test');
    for (const org of [SEALED, UNSEALED]) {
      await dataSource.getRepository(OrganisationEntity).save({
        code: org.code,
        name: org.name,
        kind: 'mediation_organisation',
        mediationType: 'b',
        hasSeal: org.hasSeal,
        address: 'Số 1 đường Hoàng Văn Thụ, Phường Phan Đình Phùng',
      });
      const email = `mediator-${org.code.toLowerCase()}@records.test`;
      const id = await createStaff(dataSource, { email, role: 'mediator', orgCode: org.code });
      await dataSource.getRepository(MediatorProfileEntity).save({
        userId: id,
        vietnameseCitizen: true,
        fullCivilCapacity: true,
        reputationAttestedOn: '2026-01-05',
        mediationTrainingCertificate: 'HG-2026-001',
        mediationTrainingOn: '2026-01-10',
        consumerLawTrainingOn: '2026-01-15',
        judicialRecordOn: '2026-01-20',
        verifiedAt: new Date('2026-01-25T00:00:00Z'),
      });
      mediators[org.code] = { id, token: await login(http, email) };
    }
    await createStaff(dataSource, { email: 'admin-seal@records.test', role: 'mediation_admin', orgCode: SEALED.code });
  });

  afterAll(() => stack?.stop());

  it('Art 65.2: the mediator downloads the successful-mediation record with every element, in Vietnamese', async () => {
    const c = await success(SEALED.code);
    const res = await staffGet(mediators[SEALED.code].token, c.id, 'mediation-success').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/pdf/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${c.trackingCode}-mediation-success.pdf"`);
    expect(res.headers['cache-control']).toBe('no-store');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The Unicode font is embedded; the built-in Helvetica (no Vietnamese glyphs) is not used.
    expect(pdf.includes('DejaVuSans')).toBe(true);
    expect(pdf.includes('Helvetica')).toBe(false);

    const text = await pdfText(pdf);
    const record = art652Record();
    for (const key of ['mediator', 'organisation', 'place', 'subject', 'consumerViews', 'businessViews', 'result']) {
      expect(text).toContain(record[key] as string);
    }
    expect(text).toContain(record.implementation as string);
    for (const party of record.parties as string[]) expect(text).toContain(party);
    expect(text).toContain('09:00 ngày 20/11/2026'); // time, in Vietnam's time zone
    expect(text).toContain('Thời hạn thực hiện: 05/12/2026'); // performanceDeadline
    expect(text).toContain('Các thỏa thuận khác: Không có'); // otherTerms, recorded empty
    for (const words of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BIÊN BẢN HÒA GIẢI THÀNH',
      'Thái Nguyên, ngày 20 tháng 11 năm 2026',
      `Mã hồ sơ: ${c.trackingCode}`,
      SEALED.name,
      'NGƯỜI TIÊU DÙNG',
      'TỔ CHỨC, CÁ NHÂN KINH DOANH',
      'HÒA GIẢI VIÊN',
      '(Ký tên hoặc điểm chỉ)',
      CONSUMER,
      BUSINESS,
      // Art 65.3: the organisation has a seal.
      'XÁC NHẬN CỦA TỔ CHỨC HÒA GIẢI',
      '(Ký tên, đóng dấu)',
    ])
      expect(text).toContain(words);

    // The same record gives the same file; the organisation's admin may download it too.
    const again = await staffGet(mediators[SEALED.code].token, c.id, 'mediation-success').expect(200);
    expect(Buffer.compare(again.body as Buffer, pdf)).toBe(0);
    const admin = await login(http, 'admin-seal@records.test');
    await staffGet(admin, c.id, 'mediation-success').expect(200);
  });

  it('Art 62.2: the consumer downloads it with the access key; without it, or with a wrong one, 404', async () => {
    const c = await success(SEALED.code);
    const res = await consumerGet(c, 'mediation-success').expect(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${c.trackingCode}-mediation-success.pdf"`);
    expect(res.headers['cache-control']).toBe('no-store');
    const text = await pdfText(res.body as Buffer);
    expect(text).toContain('BIÊN BẢN HÒA GIẢI THÀNH');
    expect(text).toContain(art652Record().result as string);
    expect(text).toContain('Ký tên');
    expect(jsonOf(await consumerGet(c, 'mediation-success', null).expect(404)).error).toBe('not_found');
    await consumerGet(c, 'mediation-success', 'x'.repeat(43)).expect(404);
  });

  it('Art 65.3: without a seal, no seal block', async () => {
    const c = await success(UNSEALED.code);
    const text = await pdfText(
      (await staffGet(mediators[UNSEALED.code].token, c.id, 'mediation-success').expect(200)).body,
    );
    expect(text).toContain('BIÊN BẢN HÒA GIẢI THÀNH');
    expect(text).toContain(UNSEALED.name);
    expect(text).toContain('(Ký tên)');
    expect(text).not.toContain('XÁC NHẬN CỦA TỔ CHỨC HÒA GIẢI');
    expect(text).not.toContain('đóng dấu');
  });

  it('Art 62.2: staff outside the mediation (association, admin, analyst, the handling officer) get 404', async () => {
    const c = await success(SEALED.code);
    for (const email of ['association@demo.test', 'admin@demo.test', 'analyst@demo.test', 'officer@demo.test']) {
      const token = await login(http, email);
      for (const kind of ['mediation-success', 'mediation-failure']) {
        const res = await staffGet(token, c.id, kind);
        expect({ email, kind, status: res.status }).toEqual({ email, kind, status: 404 });
      }
    }
    // Another organisation's mediator cannot see the case at all.
    await staffGet(mediators[UNSEALED.code].token, c.id, 'mediation-success').expect(404);
  });

  it('an incomplete record answers 422 listing the missing fields, and writes nothing', async () => {
    const c = await success(SEALED.code);
    await dataSource.query(
      `UPDATE cases SET lifecycle = jsonb_set(
         lifecycle #- '{mediationRecord,performanceDeadline}' #- '{mediationRecord,place}',
         '{mediationRecord,businessViews}', '"  "')
       WHERE id = $1`,
      [c.id],
    );
    const before = await dataSource.query(`SELECT version FROM cases WHERE id = $1`, [c.id]);
    const res = await staffGet(mediators[SEALED.code].token, c.id, 'mediation-success').expect(422);
    expect(res.headers['content-type']).toMatch(/json/);
    expect(jsonOf(res)).toMatchObject({
      statusCode: 422,
      error: 'rule_violated',
      details: [
        { field: 'place', rule: 'art_65_2_required' },
        { field: 'businessViews', rule: 'art_65_2_required' },
        { field: 'performanceDeadline', rule: 'art_65_2_required' },
      ],
    });
    expect(await dataSource.query(`SELECT version FROM cases WHERE id = $1`, [c.id])).toEqual(before);
    // No failure was recorded on this case: its failure record has nothing to show.
    const failure = jsonOf(await consumerGet(c, 'mediation-failure').expect(422));
    expect(failure.details.map((d: { field: string }) => d.field)).toEqual(['date', 'reason', 'nextStep']);
  });

  it('an unknown kind is a 400 naming the field', async () => {
    const c = await newCase();
    const res = await staffGet(officer, c.id, 'minutes').expect(400);
    expect(jsonOf(res).errors[0].field).toBe('kind');
  });

  it('unsuccessful mediation: parties, date, reason and next step', async () => {
    const reason = 'Doanh nghiệp không đồng ý đổi sản phẩm, chỉ nhận sửa chữa';
    const c = await mediated(SEALED.code, { result: 'failure', reason, nextStep: 'court' });
    const res = await staffGet(mediators[SEALED.code].token, c.id, 'mediation-failure').expect(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${c.trackingCode}-mediation-failure.pdf"`);
    const text = await pdfText(res.body as Buffer);
    for (const words of ['BIÊN BẢN HÒA GIẢI KHÔNG THÀNH', CONSUMER, BUSINESS, reason, 'Khởi kiện tại Tòa án']) {
      expect(text).toContain(words);
    }
    expect(text).toContain('Ngày lập biên bản:');
    expect(text).toContain('XÁC NHẬN CỦA TỔ CHỨC HÒA GIẢI');
    // No success was recorded.
    await staffGet(mediators[SEALED.code].token, c.id, 'mediation-success').expect(422);
  });

  it('Art 60: the negotiation record, for the business through its link, the consumer and staff', async () => {
    const c = await newCase();
    const token = await inNegotiation(c);
    // No result yet: nothing to record.
    const pending = jsonOf(await businessGet(token, 'negotiation').expect(422));
    expect(pending.details.map((d: { field: string }) => d.field)).toEqual(['time', 'content.proposal', 'result']);

    await http
      .post(`/api/v1/business/${token}/respond`)
      .send({ type: 'propose_remedy', description: 'Sửa chữa miễn phí trong 10 ngày', amountVnd: 200_000 })
      .expect(200);
    await http
      .post(`/api/v1/complaints/${c.trackingCode}/actions/reject_proposal`)
      .set('X-Access-Key', c.accessKey)
      .send({ reason: 'Muốn đổi sản phẩm mới' })
      .expect(200);

    const res = await businessGet(token, 'negotiation').expect(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${c.trackingCode}-negotiation.pdf"`);
    expect(res.headers['cache-control']).toBe('no-store');
    const text = await pdfText(res.body as Buffer);
    for (const words of [
      'BIÊN BẢN THƯƠNG LƯỢNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      CONSUMER,
      BUSINESS,
      'Trực tuyến qua hệ thống',
      'Sửa chữa miễn phí trong 10 ngày (200.000 đồng)',
      'Các bên không thỏa thuận được',
      'Muốn đổi sản phẩm mới',
      '(Ký tên hoặc điểm chỉ)',
    ])
      expect(text).toContain(words);
    expect(text).not.toContain('HÒA GIẢI VIÊN');
    // The link gives no mediation record.
    await businessGet(token, 'mediation-success').expect(404);
    await businessGet('x'.repeat(43), 'negotiation').expect(404);

    // A new proposal, accepted: the negotiation ends, and the business's link narrows to the result
    // report (Law 19 Art 57.5); it still gives the negotiation's record with the agreement (Art 60).
    await http
      .post(`/api/v1/business/${token}/respond`)
      .send({ type: 'propose_remedy', description: 'Đổi nồi cơm điện mới cùng loại' })
      .expect(200);
    await http
      .post(`/api/v1/complaints/${c.trackingCode}/actions/accept_proposal`)
      .set('X-Access-Key', c.accessKey)
      .send({})
      .expect(200);
    const byBusiness = await pdfText((await businessGet(token, 'negotiation').expect(200)).body);
    expect(byBusiness).toContain('Đổi nồi cơm điện mới cùng loại');
    await http
      .post(`/api/v1/business/${token}/respond`)
      .send({ type: 'propose_remedy', description: 'Một đề xuất nữa' })
      .expect(403);
    const accepted = await pdfText((await consumerGet(c, 'negotiation').expect(200)).body);
    expect(accepted).toContain('Người tiêu dùng chấp nhận đề xuất của tổ chức, cá nhân kinh doanh');
    expect(accepted).toContain('Đổi nồi cơm điện mới cùng loại');
    expect(accepted).not.toContain('Muốn đổi sản phẩm mới');
    // Staff who see the case, the association included (negotiation is not mediation).
    await staffGet(officer, c.id, 'negotiation').expect(200);
    await staffGet(await login(http, 'association@demo.test'), c.id, 'negotiation').expect(200);
  });
});
