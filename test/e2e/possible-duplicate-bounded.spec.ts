import { complaintKeyHashes } from '@app/persistence';
import { POSSIBLE_DUPLICATE_SQL } from '../../apps/api/src/complaints/intake/possible-duplicate';
import { Stack, startStack } from '../support/stack';
import { complaintBody } from '../support/lifecycle-client';

// Issue 13 item 2: the possible-duplicate check reads at most one row per key of the new complaint,
// however many complaints the same consumer has filed; and so it finds the duplicate even behind
// many complaints against other businesses (it read only the newest 100 before).

jest.setTimeout(300_000);

interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

/** Rows the lookup read from complaint_keys: each scan's rows per loop times its loops. */
function rowsRead(node: PlanNode): number {
  const own = node['Relation Name'] === 'complaint_keys' ? (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1) : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsRead(child), 0);
}

describe('the possible-duplicate check is bounded', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  const consumer = (phone: string) => ({
    fullName: 'Người gửi nhiều',
    phone,
    communeCode: '05443',
    language: 'vi',
  });
  const business = (i: number) => ({ name: `Cửa hàng số ${i}` });
  const file = async (phone: string, i: number) =>
    (
      await stack.http
        .post('/api/v1/complaints')
        .send(complaintBody({ consumer: consumer(phone), business: business(i) }))
        .expect(201)
    ).body as { id: string };
  const duplicateOf = async (id: string) =>
    (await stack.dataSource.query(`SELECT possible_duplicate_of FROM cases WHERE id = $1`, [id]))[0]
      .possible_duplicate_of as string | null;

  it('finds the earlier complaint against the same business behind 150 against others', async () => {
    const first = await file('0911000001', 0);
    for (let i = 1; i <= 150; i += 1) expect(await duplicateOf((await file('0911000001', i)).id)).toBeNull();
    const again = await file('0911000001', 0);
    expect(await duplicateOf(again.id)).toBe(first.id);
    // Another consumer against the same business is not a duplicate.
    expect(await duplicateOf((await file('0911000002', 0)).id)).toBeNull();
  });

  it('reads one row per key whether the consumer filed once or 2,000 times against that business', async () => {
    const identity = {
      consumer: { email: null, phone: '0911000003' },
      business: { name: 'Cửa hàng số 9', taxCode: null },
    };
    const keys = complaintKeyHashes(identity);
    const since = new Date(Date.now() - 31 * 86_400_000);
    const plan = async () => {
      const [row] = await stack.dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${POSSIBLE_DUPLICATE_SQL}`, [
        keys,
        since,
      ]);
      return rowsRead((row['QUERY PLAN'] as { Plan: PlanNode }[])[0].Plan);
    };
    const { id: once } = await file('0911000003', 9);
    const readOnce = await plan();
    // 1,999 more by the same person against the same business, spread over the window: copies of the
    // first case (the keys need real cases), with the keys intake writes.
    await stack.dataSource.query(
      `WITH copies AS (
         INSERT INTO cases
         SELECT (jsonb_populate_record(NULL::cases, to_jsonb(c) || jsonb_build_object(
                  'id', gen_random_uuid(), 'tracking_code', 'SP-2026-' || lpad(n::text, 6, '0'),
                  'idempotency_key', NULL, 'submitted_at', now() - make_interval(mins => n)))).*
           FROM cases c, generate_series(1, 1999) n WHERE c.id = $2
         RETURNING id, submitted_at)
       INSERT INTO complaint_keys (key_hash, case_id, submitted_at) SELECT $1, id, submitted_at FROM copies`,
      [keys[0], once],
    );
    await stack.dataSource.query(`ANALYZE complaint_keys`);
    const [{ n }] = await stack.dataSource.query(
      `SELECT count(*)::int AS n FROM complaint_keys WHERE key_hash = $1 AND submitted_at >= $2`,
      [keys[0], since],
    );
    expect(n).toBe(2000);
    expect(readOnce).toBeLessThanOrEqual(keys.length);
    expect(await plan()).toBe(readOnce);
  });
});
