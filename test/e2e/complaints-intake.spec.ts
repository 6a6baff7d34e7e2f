import { DataSource } from 'typeorm';
import { addDays, toLocalDate } from '@app/domain';
import { CasePartyEntity } from '@app/persistence';
import { SmtpSink } from '../support/smtp-sink';
import { Http, Stack, startStack } from '../support/stack';

const today = () => toLocalDate(new Date());

function complaint(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    consumer: { fullName: 'Nguyễn Thị Lan', email: 'lan.nguyen@example.vn', communeCode: '05443', language: 'vi' },
    business: {
      name: 'Công ty TNHH Điện máy Phương Nam',
      taxCode: '4600123456',
      platformName: 'Shopee',
      shopId: 'dienmaypn.official',
      orderId: '240915ABCD1234',
    },
    purchase: {
      sectorCode: 'ecommerce',
      product: 'Máy giặt 9 kg',
      purchaseDate: addDays(today(), -20),
      amountVnd: 8_490_000,
      channel: 'ecommerce_platform',
    },
    description: 'Máy giặt bị rò nước sau hai tuần sử dụng; cửa hàng từ chối bảo hành.',
    desiredResolutions: ['replacement', 'refund'],
    businessContacted: { contacted: true, date: addDays(today(), -5), answer: 'Không trả lời' },
    consents: { dataProcessing: true, textVersion: '2026-01', shareContactWithBusiness: true },
    ...overrides,
  };
}

describe('POST /api/v1/complaints (public intake)', () => {
  let stack: Stack;
  let ds: DataSource;
  let smtp: SmtpSink;
  let http: Http;

  beforeAll(async () => {
    stack = await startStack({ worker: true, env: { TRACKING_CODE_PREFIX: 'TNI' } });
    ({ dataSource: ds, smtp, http } = stack);
  });

  afterAll(() => stack?.stop());

  it('files a complaint: 201 with the tracking code and a key that is emailed, never stored', async () => {
    const res = await http.post('/api/v1/complaints').send(complaint()).expect(201);
    const year = Number(today().slice(0, 4));
    expect(res.body).toEqual({
      id: expect.any(String),
      trackingCode: `TNI-${year}-000001`,
      accessKey: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      status: 'submitted',
      warnings: ['summary_procedure_eligible'],
    });
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toMatchObject({ text: 'lan.nguyen@example.vn' });
    expect(mail.text).toContain(res.body.trackingCode);
    expect(mail.text).toContain(res.body.accessKey);

    const [row] = await ds.query('SELECT * FROM cases WHERE id = $1', [res.body.id]);
    expect(row).toMatchObject({ status: 'submitted', channel: 'web', priority: 0, vulnerable: false, language: 'vi' });
    expect(row).toMatchObject({ data_consent_version: '2026-01', created_by_id: null, possible_duplicate_of: null });
    expect(row.handling_org_id).toEqual(expect.any(String));
    expect(row.data_consent_at).toBeInstanceOf(Date);
    expect(row.access_key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(res.body.accessKey);

    const parties = await ds.query('SELECT * FROM case_parties WHERE case_id = $1 ORDER BY role', [res.body.id]);
    expect(parties.map((p: { role: string }) => p.role)).toEqual(['business', 'consumer', 'platform']);
    expect(parties[0]).toMatchObject({
      tax_code: '4600123456',
      shop_id: 'dienmaypn.official',
      order_id: '240915ABCD1234',
    });
    expect(parties[1]).toMatchObject({ commune_code: '05443', contact_shared: true, vulnerable_groups: null });
    expect(parties[1]).toMatchObject({ sensitive_consent_at: null });
    expect(parties[2]).toMatchObject({ name: 'Shopee' });

    const events = await ds.query('SELECT * FROM case_events WHERE case_id = $1', [res.body.id]);
    expect(events).toEqual([
      expect.objectContaining({ action: 'submit', from_status: null, to_status: 'submitted', visibility: 'public' }),
    ]);
    expect(events[0].data.public).toEqual({ channel: 'web' });
  });

  it('warns about an old purchase (Civil Code Arts 429, 588) and not about a large amount', async () => {
    const purchase = {
      sectorCode: 'food',
      product: 'Tủ đông',
      purchaseDate: '2022-01-15',
      amountVnd: 150_000_000,
      channel: 'in_store',
    };
    const res = await http
      .post('/api/v1/complaints')
      .send(
        complaint({ purchase, consumer: { fullName: 'Trần Văn Bình', phone: '0987 654 321', communeCode: '05443' } }),
      )
      .expect(201);
    expect(res.body.warnings).toEqual(['limitation_period']);
  });

  it('gives vulnerable consumers priority (Law 19 Art 8.2.đ) and keeps sensitive data only with consent', async () => {
    const consumer = {
      fullName: 'Hoàng Thị Mai',
      phone: '0911222333',
      communeCode: '05443',
      vulnerableGroups: ['ethnic_minority', 'elderly'],
      ethnicLanguage: 'Tày',
    };
    const consents = { dataProcessing: true, textVersion: '2026-01', sensitiveData: true };
    const res = await http.post('/api/v1/complaints').send(complaint({ consumer, consents })).expect(201);
    const [row] = await ds.query('SELECT priority, vulnerable FROM cases WHERE id = $1', [res.body.id]);
    expect(row).toEqual({ priority: 1, vulnerable: true });
    const [party] = await ds.query(`SELECT * FROM case_parties WHERE case_id = $1 AND role = 'consumer'`, [
      res.body.id,
    ]);
    // The sensitive group and the language are encrypted at rest (encryption-at-rest.spec.ts); the rest plain.
    expect(party).toMatchObject({ vulnerable_groups: ['elderly'], has_sensitive_group: true });
    expect(party.sensitive_consent_at).toBeInstanceOf(Date);
    const entity = await ds.getRepository(CasePartyEntity).findOneByOrFail({ id: party.id });
    expect(entity).toMatchObject({ sensitiveGroups: ['ethnic_minority'], ethnicLanguage: 'Tày' });
  });

  it('flags a second complaint by the same consumer against the same business within 30 days, for staff only', async () => {
    const consumer = { fullName: 'Lan', email: 'LAN.NGUYEN@example.vn', communeCode: '05443' };
    const business = { name: 'công ty tnhh điện máy phương nam' };
    const res = await http.post('/api/v1/complaints').send(complaint({ consumer, business })).expect(201);
    // The public answer says nothing about other complaints (issue 12 item 6).
    expect(res.body.warnings).not.toContain('possible_duplicate');
    const [row] = await ds.query('SELECT possible_duplicate_of, lifecycle FROM cases WHERE id = $1', [res.body.id]);
    expect(row.possible_duplicate_of).toEqual(expect.any(String));
    expect(row.lifecycle.warnings).toContain('possible_duplicate');
  });

  it('answers a retry with the same Idempotency-Key with the same case and key; stores only a digest of the key', async () => {
    const key = 'retry-0001-3f9a2c7e5b1d';
    const send = () => http.post('/api/v1/complaints').set('Idempotency-Key', key).send(complaint());
    const first = await send().expect(201);
    const again = await send().expect(201);
    expect(again.body).toEqual(first.body);
    const rows = await ds.query(`SELECT idempotency_key, idempotency_body_hash FROM cases WHERE id = $1`, [
      first.body.id,
    ]);
    expect(rows[0].idempotency_key).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].idempotency_body_hash).toMatch(/^[0-9a-f]{64}$/);
    const [{ raw }] = await ds.query(`SELECT count(*)::int AS raw FROM cases WHERE idempotency_key = $1`, [key]);
    expect(raw).toBe(0);
    await http.post('/api/v1/complaints').set('Idempotency-Key', 'k'.repeat(121)).send(complaint()).expect(400);
    // A key returns the access key on a retry, so a short, guessable one is refused.
    await http.post('/api/v1/complaints').set('Idempotency-Key', 'retry-1').send(complaint()).expect(400);
  });

  it('the same key with another body is 422 and tells nothing about the first complaint (issue 12 item 3)', async () => {
    const key = 'retry-0002-8d1e6b4a2c9f';
    const first = await http.post('/api/v1/complaints').set('Idempotency-Key', key).send(complaint()).expect(201);
    const other = complaint({ description: 'Một khiếu nại khác hẳn, về một chiếc tủ lạnh không lạnh.' });
    const res = await http.post('/api/v1/complaints').set('Idempotency-Key', key).send(other).expect(422);
    expect(res.body.error).toBe('idempotency_key_reused');
    const text = JSON.stringify(res.body);
    for (const secret of [first.body.id, first.body.trackingCode, first.body.accessKey]) {
      expect(text).not.toContain(secret);
    }
    // Key order does not make another body: the canonical body is compared.
    const reordered = Object.fromEntries(Object.entries(complaint()).reverse());
    const replay = await http.post('/api/v1/complaints').set('Idempotency-Key', key).send(reordered).expect(201);
    expect(replay.body.id).toBe(first.body.id);
  });

  it('a key lives 24 hours: then the same key and body file a new complaint, and the old digest is gone', async () => {
    const key = 'retry-0003-5a7c9e1b3d2f';
    const first = await http.post('/api/v1/complaints').set('Idempotency-Key', key).send(complaint()).expect(201);
    await ds.query(`UPDATE cases SET created_at = created_at - interval '25 hours' WHERE id = $1`, [first.body.id]);
    const later = await http.post('/api/v1/complaints').set('Idempotency-Key', key).send(complaint()).expect(201);
    expect(later.body.id).not.toBe(first.body.id);
    expect(later.body.trackingCode).not.toBe(first.body.trackingCode);
    const [old] = await ds.query(`SELECT idempotency_key, idempotency_body_hash FROM cases WHERE id = $1`, [
      first.body.id,
    ]);
    expect(old).toEqual({ idempotency_key: null, idempotency_body_hash: null });
  });

  it('answers with personal data or secrets are never cached (Cache-Control: no-store; issue 12 item 9)', async () => {
    const filed = await http.post('/api/v1/complaints').send(complaint()).expect(201);
    expect(filed.headers['cache-control']).toBe('no-store');
    const view = await http
      .get(`/api/v1/complaints/${filed.body.trackingCode}`)
      .set('X-Access-Key', filed.body.accessKey)
      .expect(200);
    expect(view.headers['cache-control']).toBe('no-store');
    const refused = await http.post('/api/v1/complaints').send({}).expect(400);
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('documents the routes in OpenAPI, with the multipart body of the evidence upload', async () => {
    const doc = await http.get('/api/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/complaints', '/api/v1/cases', '/api/v1/complaints/{trackingCode}/evidence']),
    );
    const upload = doc.body.paths['/api/v1/complaints/{trackingCode}/evidence'].post;
    expect(Object.keys(upload.requestBody.content)).toEqual(['multipart/form-data']);
  });
});
