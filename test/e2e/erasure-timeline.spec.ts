import { DataSource } from 'typeorm';
import { act, createStaff, Http, login, Stack, startStack } from '../support/case-factory';

// Issue 12 item 11 (Law 91/2025/QH15 Arts 3, 4): what people wrote in their actions lives in
// case_texts, not in the append-only timeline, so that erasure reaches it while the timeline stays
// append-only and still reads sensibly.

const QUESTION = 'Xin gửi hóa đơn mua hàng của bà Lê Thị Văn Bản';
const ANSWER = 'Hóa đơn số 77, mua tại số nhà 12 phố Văn Bản';
const NOTE = 'Đã gọi cho bà Văn Bản theo số 0912 000 111';
const MESSAGE = 'Kính gửi doanh nghiệp: bà Văn Bản chờ phản hồi';
const REASON = 'Cửa hàng đã hoàn tiền cho tôi, Lê Thị Văn Bản';
const COMMENT = 'Cán bộ hỗ trợ Văn Bản rất nhanh';
const WORDS = [QUESTION, ANSWER, NOTE, MESSAGE, REASON, COMMENT];

const complaint = {
  consumer: {
    fullName: 'Lê Thị Văn Bản',
    email: 'van-ban@example.vn',
    phone: '0912000111',
    communeCode: '05443',
    address: 'Số nhà 12',
  },
  business: { name: 'Cửa hàng Văn Bản', taxCode: '4600999777' },
  purchase: { sectorCode: 'ecommerce', product: 'Quạt điện', amountVnd: 500_000, channel: 'in_store' },
  description: 'Quạt hỏng sau hai ngày.',
  desiredResolutions: ['refund'],
  consents: { dataProcessing: true, textVersion: '2026-01' },
};

type Event = { action: string; data: { public?: Record<string, unknown>; detail?: Record<string, unknown> } };

describe('free text out of the append-only timeline, so erasure reaches it', () => {
  let stack: Stack;
  let ds: DataSource;
  let http: Http;
  let officer: string;
  let admin: string;
  let filed: { id: string; trackingCode: string; accessKey: string };
  let businessToken: string;
  let businessTimeline: string;
  let rowsBefore: unknown[];

  const staffTimeline = async () =>
    JSON.stringify(
      (await http.get(`/api/v1/cases/${filed.id}/events`).set('Authorization', `Bearer ${officer}`).expect(200)).body,
    );
  const consumerTimeline = async () =>
    JSON.stringify(
      (await http.get(`/api/v1/complaints/${filed.trackingCode}`).set('X-Access-Key', filed.accessKey).expect(200)).body
        .timeline,
    );
  const consumerAct = (action: string, body: object) =>
    http
      .post(`/api/v1/complaints/${filed.trackingCode}/actions/${action}`)
      .set('X-Access-Key', filed.accessKey)
      .send(body)
      .expect(200);
  const ok = async (action: string, fields: object) => {
    const res = await act(http, officer, filed.id, action, fields);
    if (res.status !== 200) throw new Error(`${action} → ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };
  const post = (what: string, body: object) =>
    http.post(`/api/v1/cases/${filed.id}/${what}`).set('Authorization', `Bearer ${officer}`).send(body).expect(201);
  const rawEvents = () =>
    ds.query<{ id: string; action: string; data: unknown }[]>(
      `SELECT id, action, data FROM case_events WHERE case_id = $1 ORDER BY id`,
      [filed.id],
    );

  beforeAll(async () => {
    stack = await startStack();
    ({ dataSource: ds, http } = stack);
    await createStaff(ds, { email: 'texts-officer@e2e.test', role: 'officer', orgCode: 'SCT' });
    officer = await login(http, 'texts-officer@e2e.test');
    admin = await login(http, 'admin@demo.test');
    filed = (await http.post('/api/v1/complaints').send(complaint).expect(201)).body;
    await ok('accept', {});
    await ok('request_info', { question: QUESTION });
    await consumerAct('provide_info', { answer: ANSWER });
    await post('notes', { body: NOTE });
    const forwarded = await ok('forward_to_business', { basis: 'business_silent' });
    businessToken = (forwarded.body.businessLinkUrl as string).split('/').pop() as string;
    await post('messages', { to: 'business', body: MESSAGE });
    businessTimeline = JSON.stringify((await http.get(`/api/v1/business/${businessToken}`).expect(200)).body.timeline);
    await consumerAct('withdraw', { reason: REASON });
    await http
      .post(`/api/v1/complaints/${filed.trackingCode}/rating`)
      .set('X-Access-Key', filed.accessKey)
      .send({ score: 4, comment: COMMENT })
      .expect(200);
  }, 90_000);
  afterAll(() => stack?.stop());

  it('keeps none of the words in the case_events rows, only references to case_texts', async () => {
    const rows = await rawEvents();
    const raw = JSON.stringify(rows);
    for (const words of WORDS) expect(raw).not.toContain(words);
    expect(raw).toContain('"$text"');
    const texts = await ds.query<{ text: string }[]>(`SELECT text FROM case_texts WHERE case_id = $1`, [filed.id]);
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(WORDS));
  });

  it('shows the words on the staff timeline, the consumer’s and the business’s', async () => {
    const staff = await staffTimeline();
    for (const words of WORDS) expect(staff).toContain(words);
    const consumer = await consumerTimeline();
    // The rating comment is for staff (detail); the consumer's own rating shows its score.
    for (const words of [QUESTION, ANSWER, REASON]) expect(consumer).toContain(words);
    expect(consumer).not.toContain(NOTE);
    expect(businessTimeline).toContain(MESSAGE);
    expect(businessTimeline).not.toContain(QUESTION);
  });

  describe('after erasure', () => {
    beforeAll(async () => {
      rowsBefore = await rawEvents();
      const request = await http
        .post(`/api/v1/complaints/${filed.trackingCode}/my-data/requests`)
        .set('X-Access-Key', filed.accessKey)
        .send({ kind: 'erasure' })
        .expect(201);
      await http
        .post(`/api/v1/data-requests/${request.body.id}/decision`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ decision: 'completed' })
        .expect(200);
    }, 60_000);

    it('reads [erased] on the staff timeline where the words were', async () => {
      const events = JSON.parse(await staffTimeline()) as Event[];
      const staff = JSON.stringify(events);
      for (const words of WORDS) expect(staff).not.toContain(words);
      const of = (action: string) => events.find((e) => e.action === action) as Event;
      expect(of('request_info').data.detail).toMatchObject({ question: '[erased]' });
      expect(of('note').data.detail).toMatchObject({ body: '[erased]' });
      expect(JSON.stringify(of('withdraw').data)).toContain('[erased]');
      expect(JSON.stringify(of('rated').data)).toContain('[erased]');
    });

    it('holds NULL in case_texts and leaves the case_events rows as they were, plus one event', async () => {
      const texts = await ds.query<{ text: string | null; erased_at: Date | null }[]>(
        `SELECT text, erased_at FROM case_texts WHERE case_id = $1`,
        [filed.id],
      );
      expect(texts.length).toBeGreaterThanOrEqual(WORDS.length);
      for (const t of texts) expect(t).toEqual({ text: null, erased_at: expect.any(Date) });
      const rows = await rawEvents();
      expect(rows.slice(0, rowsBefore.length)).toEqual(rowsBefore);
      // The erasure request and its decision, then the erasure itself.
      expect(rows.slice(rowsBefore.length).map((r) => r.action)).toEqual([
        'data_request_made',
        'data_request_decided',
        'personal_data_erased',
      ]);
    });

    it('keeps no words in the lifecycle', async () => {
      const [{ lifecycle }] = await ds.query<{ lifecycle: unknown }[]>(`SELECT lifecycle FROM cases WHERE id = $1`, [
        filed.id,
      ]);
      const text = JSON.stringify(lifecycle);
      for (const words of WORDS) expect(text).not.toContain(words);
    });
  });
});
