import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  CaseEntity,
  CasePartyEntity,
  ENCRYPTED_FIELDS,
  installDataKeys,
  OrganisationEntity,
  parseDataKeyring,
  rotateEncryptedFields,
} from '@app/persistence';
import { createCase, createStaff, Http, login, Stack, startStack } from '../support/case-factory';
import { TEST_DATA_KEYS } from '../support/test-env';

// Issue 12 item 14: the free-text narrative, the ethnicity and the health-related groups are
// encrypted by the application (AES-256-GCM, DATA_ENCRYPTION_KEYS) before they reach PostgreSQL,
// and the keys rotate with `npm run keys:rotate` (rotateEncryptedFields).

const DESCRIPTION = 'Tôi đang mang thai tháng thứ 7, mua sữa bầu hết hạn nên bị ngộ độc phải nhập viện.';
const ANSWER = 'Cửa hàng nói tôi tự làm hỏng, không chịu đổi.';
const complaint = {
  consumer: {
    fullName: 'Lò Thị Hoa',
    email: 'lo.hoa@example.vn',
    communeCode: '05443',
    vulnerableGroups: ['ethnic_minority', 'elderly', 'pregnant_or_young_child'],
    ethnicLanguage: 'Thái',
  },
  business: { name: 'Nhà thuốc Ví Dụ', taxCode: '4600765432' },
  purchase: { sectorCode: 'food', product: 'Sữa bầu 900 g', amountVnd: 520_000, channel: 'in_store' },
  description: DESCRIPTION,
  desiredResolutions: ['refund'],
  businessContacted: { contacted: true, date: '2026-03-10', answer: ANSWER },
  consents: { dataProcessing: true, textVersion: '2026-01', sensitiveData: true },
};
const PLAIN_SECRETS = [DESCRIPTION.slice(0, 30), ANSWER.slice(0, 20), 'Thái', 'ethnic_minority', 'pregnant'];

describe('encryption at rest of sensitive fields (issue 12 item 14)', () => {
  let stack: Stack;
  let ds: DataSource;
  let http: Http;
  let pg: Client;
  let filed: { id: string; trackingCode: string; accessKey: string };
  let officer: string;
  const newKey = randomBytes(32).toString('base64');
  const testKeys = parseDataKeyring(TEST_DATA_KEYS);

  /** The raw rows, read with pg: what someone with the database (or a dump of it) sees. */
  const rawCase = async (id: string) => (await pg.query('SELECT * FROM cases WHERE id = $1', [id])).rows[0];
  const rawConsumer = async (id: string) =>
    (await pg.query(`SELECT * FROM case_parties WHERE case_id = $1 AND role = 'consumer'`, [id])).rows[0];
  const myData = () =>
    http.get(`/api/v1/complaints/${filed.trackingCode}/my-data`).set('X-Access-Key', filed.accessKey);
  /** Every non-null value of every encrypted column, raw. */
  const storedValues = async (): Promise<string[]> => {
    const values: string[] = [];
    for (const { table, column } of ENCRYPTED_FIELDS) {
      const { rows } = await pg.query(`SELECT "${column}" AS v FROM "${table}" WHERE "${column}" IS NOT NULL`);
      values.push(...rows.map((r: { v: string }) => r.v));
    }
    return values;
  };

  beforeAll(async () => {
    stack = await startStack();
    ({ dataSource: ds, http } = stack);
    pg = new Client({ connectionString: stack.db.url });
    await pg.connect();
    filed = (await http.post('/api/v1/complaints').send(complaint).expect(201)).body;
    const kase = await ds.getRepository(CaseEntity).findOneByOrFail({ id: filed.id });
    const org = await ds.getRepository(OrganisationEntity).findOneByOrFail({ id: kase.handlingOrgId ?? '' });
    await createStaff(ds, { email: 'enc-officer@e2e.test', role: 'officer', orgCode: org.code });
    officer = await login(http, 'enc-officer@e2e.test');
  });

  afterAll(async () => {
    installDataKeys(testKeys);
    await pg?.end();
    await stack?.stop();
  });

  it('after an intake, PostgreSQL holds no plain narrative, ethnicity or sensitive group', async () => {
    const c = await rawCase(filed.id);
    const p = await rawConsumer(filed.id);
    expect(c.description).toMatch(/^enc:v1:test1:[A-Za-z0-9+/]+=*$/);
    expect(c.business_contact_answer).toMatch(/^enc:v1:test1:/);
    expect(p.ethnic_language).toMatch(/^enc:v1:test1:/);
    expect(p.sensitive_groups).toMatch(/^enc:v1:test1:/);
    // The group that is not sensitive stays plain for statistics, with one plain flag for the others.
    expect(p.vulnerable_groups).toEqual(['elderly']);
    expect(p.has_sensitive_group).toBe(true);
    // The priority of a vulnerable consumer (Law 19 Art 8.2.đ) stays plain on the case.
    expect(c).toMatchObject({ vulnerable: true, priority: 1 });
    const everything = JSON.stringify([c, p]);
    for (const secret of PLAIN_SECRETS) expect(everything).not.toContain(secret);
  });

  it("the staff case view and the consumer's my-data show them decrypted", async () => {
    const staffView = await http.get(`/api/v1/cases/${filed.id}`).set('Authorization', `Bearer ${officer}`).expect(200);
    expect(staffView.body.description).toBe(DESCRIPTION);
    // The mediation's language rule sees the (encrypted) ethnic-minority group and its recorded language.
    expect(staffView.body.languageUnknown).toBe(false);
    const mine = (await myData().expect(200)).body;
    expect(mine.consumer.vulnerableGroups.sort()).toEqual(['elderly', 'ethnic_minority', 'pregnant_or_young_child']);
    expect(mine.consumer.ethnicLanguage).toBe('Thái');
    expect(mine.case).toMatchObject({ description: DESCRIPTION, businessContactAnswer: ANSWER });
  });

  it('a row written before encryption (plain text) reads back unchanged, as a tombstone does', async () => {
    const legacy = await createCase(ds);
    await pg.query(`UPDATE cases SET description = 'Mô tả cũ, chưa mã hóa' WHERE id = $1`, [legacy.id]);
    await pg.query(
      `UPDATE case_parties SET sensitive_groups = '["disability"]', has_sensitive_group = true, ethnic_language = 'Tày'
        WHERE case_id = $1 AND role = 'consumer'`,
      [legacy.id],
    );
    expect((await ds.getRepository(CaseEntity).findOneByOrFail({ id: legacy.id })).description).toBe(
      'Mô tả cũ, chưa mã hóa',
    );
    const party = await ds.getRepository(CasePartyEntity).findOneByOrFail({ caseId: legacy.id, role: 'consumer' });
    expect(party).toMatchObject({ sensitiveGroups: ['disability'], ethnicLanguage: 'Tày' });
  });

  describe('key rotation', () => {
    const rotating = parseDataKeyring(`test2:${newKey},${TEST_DATA_KEYS}`);

    it('re-encrypts every value not under the new key (plain ones included) in batches, resumably and idempotently', async () => {
      const before = await storedValues();
      expect(before.some((v) => !v.startsWith('enc:'))).toBe(true); // the legacy row above
      installDataKeys(rotating);
      // Stopped after its first batch (as a killed run would be): what was done stays done.
      const stop = new Error('stopped');
      await expect(
        rotateEncryptedFields(ds, rotating, {
          batchSize: 1,
          onBatch: () => {
            throw stop;
          },
        }),
      ).rejects.toBe(stop);
      expect((await storedValues()).filter((v) => v.startsWith('enc:v1:test2:'))).toHaveLength(1);
      // Run again: it goes on from there.
      const results = await rotateEncryptedFields(ds, rotating, { batchSize: 2 });
      const total = results.reduce((sum, r) => sum + r.reencrypted, 0);
      expect(total).toBe(before.length - 1);
      expect(results.every((r) => r.unreadable === 0 && r.changedMeanwhile === 0)).toBe(true);
      const after = await storedValues();
      expect(after).toHaveLength(before.length);
      for (const value of after) expect(value).toMatch(/^enc:v1:test2:/);
      // Nothing left to do.
      const again = await rotateEncryptedFields(ds, rotating);
      expect(again.every((r) => r.reencrypted === 0)).toBe(true);
      expect(await storedValues()).toEqual(after);
    });

    it('a process with only the old key cannot read the rotated values; one with only the new key can', async () => {
      installDataKeys(testKeys);
      await expect(ds.getRepository(CaseEntity).findOneByOrFail({ id: filed.id })).rejects.toThrow(
        /key id test2, which DATA_ENCRYPTION_KEYS does not hold/,
      );
      await myData().expect(500);
      installDataKeys(parseDataKeyring(`test2:${newKey}`));
      expect((await ds.getRepository(CaseEntity).findOneByOrFail({ id: filed.id })).description).toBe(DESCRIPTION);
      const mine = (await myData().expect(200)).body;
      expect(mine.consumer.ethnicLanguage).toBe('Thái');
      expect(mine.case.description).toBe(DESCRIPTION);
    });

    it('new writes use the first key of the list, and the older ones still read', async () => {
      installDataKeys(parseDataKeyring(`test3:${randomBytes(32).toString('base64')},test2:${newKey}`));
      const closed = await createCase(ds, { status: 'resolved', closedAt: new Date(), description: 'Khóa mới' });
      expect((await rawCase(closed.id)).description).toMatch(/^enc:v1:test3:/);
      await http
        .post(`/api/v1/complaints/${closed.trackingCode}/rating`)
        .set('X-Access-Key', closed.accessKey)
        .send({ score: 5, comment: 'Cảm ơn cán bộ' })
        .expect(200);
      const raw = await rawCase(closed.id);
      expect(raw.rating_comment).toMatch(/^enc:v1:test3:/);
      expect(raw.rating_comment).not.toContain('Cảm ơn');
      expect((await ds.getRepository(CaseEntity).findOneByOrFail({ id: filed.id })).description).toBe(DESCRIPTION);
    });
  });
});
