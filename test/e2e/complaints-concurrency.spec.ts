import { DataSource } from 'typeorm';
import { Http, Stack, startStack } from '../support/stack';

// Phone only: no emails to send, the test is about the database.
const complaint = (n: number) => ({
  consumer: { fullName: `Người tiêu dùng ${n}`, phone: `09${String(n).padStart(8, '0')}`, communeCode: '05443' },
  business: { name: `Cửa hàng số ${n}` },
  purchase: { sectorCode: 'telecom', product: 'Gói cước 4G', amountVnd: 120_000, channel: 'phone_tv_sales' },
  description: 'Nhà mạng tự ý gia hạn gói cước và trừ tiền trong tài khoản mà không hỏi ý kiến.',
  desiredResolutions: ['refund'],
  consents: { dataProcessing: true, textVersion: '2026-01' },
});

const numberOf = (trackingCode: string) => Number(trackingCode.split('-')[2]);

describe('POST /api/v1/complaints under concurrent load', () => {
  let stack: Stack;
  let ds: DataSource;
  let http: Http;

  beforeAll(async () => {
    stack = await startStack({ env: { TRACKING_CODE_PREFIX: 'TNC' } });
    ({ dataSource: ds, http } = stack);
  });

  afterAll(() => stack?.stop());

  it('hands out unique tracking codes without gaps to 200 concurrent intakes', async () => {
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, n) => http.post('/api/v1/complaints').send(complaint(n))),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(201));
    const numbers = responses.map((r) => numberOf(r.body.trackingCode)).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(200);
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => numbers[0] + i));
    expect(numbers[0]).toBe(1);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM cases WHERE tracking_code LIKE 'TNC-%'`);
    expect(n).toBe(200);
  });

  it('creates exactly one case for 50 concurrent submissions with one Idempotency-Key', async () => {
    const [{ last }] = await ds.query(`SELECT max(last_value) AS last FROM tracking_sequences WHERE prefix = 'TNC'`);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        http
          .post('/api/v1/complaints')
          .set('Idempotency-Key', 'same-key-for-all-fifty-requests')
          .send(complaint(1_000)),
      ),
    );
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([201]));
    const [first] = responses;
    for (const r of responses) {
      expect(r.body).toMatchObject({
        id: first.body.id,
        trackingCode: first.body.trackingCode,
        accessKey: first.body.accessKey,
      });
    }
    const rows = await ds.query(`SELECT id FROM cases WHERE idempotency_key IS NOT NULL`);
    expect(rows).toEqual([{ id: first.body.id }]);
    // The losers' numbers went back with their rolled-back transactions: still no gap.
    expect(numberOf(first.body.trackingCode)).toBe(last + 1);
    const [{ events }] = await ds.query('SELECT count(*)::int AS events FROM case_events WHERE case_id = $1', [
      first.body.id,
    ]);
    expect(events).toBe(1);
    const next = await http.post('/api/v1/complaints').send(complaint(2_000)).expect(201);
    expect(numberOf(next.body.trackingCode)).toBe(last + 2);
  });
});
