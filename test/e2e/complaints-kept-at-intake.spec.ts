import { DataSource } from 'typeorm';
import { login, Stack, startStack } from '../support/case-factory';
import { complaintBody } from '../support/lifecycle-client';

/** The same calendar day `years` earlier in Viet Nam (YYYY-MM-DD). */
const yearsAgo = (years: number): string => {
  const [y, m, d] = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10).split('-');
  return `${Number(y) - years}-${m}-${d === '29' && m === '02' ? '28' : d}`;
};

// What intake decides and keeps on the case: the warnings (shown to staff and the consumer), and
// the Art 8 groups with their priority (sensitive ones only with consent).
describe('what intake keeps on the case', () => {
  let stack: Stack;
  let ds: DataSource;
  let officer: string;

  beforeAll(async () => {
    stack = await startStack();
    ds = stack.dataSource;
    officer = await login(stack.http, 'officer@demo.test');
  });

  afterAll(() => stack?.stop());

  const file = (body: Record<string, unknown>) => stack.http.post('/api/v1/complaints').send(body);

  it('Civil Code Arts 429, 588 and Law 19 Art 70.2: the warnings are kept and shown to staff and the consumer; a possible duplicate only to staff', async () => {
    const consumer = { fullName: 'Vũ Thị Hoa', email: 'hoa.vu@example.vn', communeCode: '05443' };
    const purchase = {
      sectorCode: 'ecommerce',
      product: 'Máy lọc nước',
      purchaseDate: yearsAgo(4),
      amountVnd: 3_500_000,
      channel: 'in_store',
    };
    await file(complaintBody({ consumer, purchase })).expect(201);
    const res = await file(complaintBody({ consumer, purchase })).expect(201);
    const all = ['limitation_period', 'summary_procedure_eligible', 'possible_duplicate'];
    // The consumer's own answer tells nothing of other complaints (issue 12 item 6); staff see all.
    expect(res.body.warnings).toEqual(['limitation_period', 'summary_procedure_eligible']);

    const [row] = await ds.query('SELECT lifecycle FROM cases WHERE id = $1', [res.body.id]);
    expect(row.lifecycle.warnings).toEqual(all);

    const staff = await stack.http.get(`/api/v1/cases/${res.body.id}`).set('Authorization', `Bearer ${officer}`);
    expect(staff.status).toBe(200);
    expect(staff.body.warnings).toEqual(all);

    const mine = await stack.http
      .get(`/api/v1/complaints/${res.body.trackingCode}`)
      .set('X-Access-Key', res.body.accessKey)
      .expect(200);
    expect(mine.body.warnings).toEqual(['limitation_period', 'summary_procedure_eligible']);
  });

  it('keeps no warning it has no ground for (recent purchase of 100,000,000 VND or more)', async () => {
    const purchase = {
      sectorCode: 'real_estate',
      product: 'Căn hộ',
      purchaseDate: yearsAgo(1),
      amountVnd: 1_200_000_000,
      channel: 'other',
    };
    const consumer = { fullName: 'Lý Văn Tú', phone: '0977000111', communeCode: '05443' };
    const res = await file(complaintBody({ consumer, purchase })).expect(201);
    expect(res.body.warnings).toEqual([]);
    const staff = await stack.http.get(`/api/v1/cases/${res.body.id}`).set('Authorization', `Bearer ${officer}`);
    expect(staff.body.warnings).toEqual([]);
  });

  it('Law 19 Art 8.2.đ: elderly, remote-area and poor-household consumers get priority without sensitive-data consent', async () => {
    const consumer = {
      fullName: 'Ma Văn Sáng',
      phone: '0915000222',
      communeCode: '05443',
      vulnerableGroups: ['elderly', 'remote_area', 'poor_household'],
    };
    const res = await file(complaintBody({ consumer })).expect(201);
    const [kase] = await ds.query('SELECT priority, vulnerable FROM cases WHERE id = $1', [res.body.id]);
    expect(kase).toEqual({ priority: 1, vulnerable: true });
    const [party] = await ds.query(
      `SELECT vulnerable_groups, sensitive_consent_at FROM case_parties WHERE case_id = $1 AND role = 'consumer'`,
      [res.body.id],
    );
    expect(party).toEqual({
      vulnerable_groups: ['elderly', 'remote_area', 'poor_household'],
      sensitive_consent_at: null,
    });
  });

  it('PDPL 91/2025: ethnicity and health groups still need explicit consent (400, nothing stored)', async () => {
    const [{ count: before }] = await ds.query('SELECT count(*)::int AS count FROM cases');
    for (const group of ['ethnic_minority', 'serious_illness']) {
      const consumer = {
        fullName: 'Ma Thị Sen',
        phone: '0915000333',
        communeCode: '05443',
        vulnerableGroups: ['elderly', group],
      };
      const res = await file(complaintBody({ consumer })).set('Accept-Language', 'en').expect(400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'consumer.vulnerableGroups', messages: [expect.stringContaining('consent')] }),
      ]);
    }
    const [{ count: after }] = await ds.query('SELECT count(*)::int AS count FROM cases');
    expect(after).toBe(before);
  });
});
