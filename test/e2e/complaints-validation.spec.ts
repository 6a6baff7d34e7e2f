import { DataSource } from 'typeorm';
import { addDays, toLocalDate } from '@app/domain';
import { Http, Stack, startStack } from '../support/stack';

type Body = Record<string, unknown>;

function complaint(): Body {
  return {
    consumer: { fullName: 'Nguyễn Thị Lan', email: 'lan.nguyen@example.vn', phone: '0912345678', communeCode: '05443' },
    business: { name: 'Cửa hàng Điện máy Ví Dụ', taxCode: '4600123456-001' },
    purchase: {
      sectorCode: 'food',
      product: 'Sữa bột',
      purchaseDate: '2026-01-10',
      amountVnd: 650_000,
      channel: 'in_store',
    },
    description: 'Sữa bột hết hạn sử dụng nhưng vẫn được bày bán tại cửa hàng.',
    desiredResolutions: ['refund'],
    consents: { dataProcessing: true, textVersion: '2026-01' },
  };
}

const errorsOf = (body: { errors: { field: string; messages: string[] }[] }) =>
  Object.fromEntries(body.errors.map((e) => [e.field, e.messages]));

describe('POST /api/v1/complaints refuses malformed complaints with field errors', () => {
  let stack: Stack;
  let ds: DataSource;
  let http: Http;
  const post = (body: unknown) => http.post('/api/v1/complaints').send(body as object);
  const countCases = async () => (await ds.query('SELECT count(*)::int AS n FROM cases'))[0].n as number;

  beforeAll(async () => {
    stack = await startStack();
    ({ dataSource: ds, http } = stack);
  });

  afterAll(() => stack?.stop());

  it('answers in Vietnamese by default and in English with Accept-Language: en', async () => {
    const body = { ...complaint(), consumer: { fullName: '', email: 'not-an-email', communeCode: '05443' } };
    const vi = await post(body).expect(400);
    expect(vi.body).toMatchObject({ error: 'validation_failed', message: 'Dữ liệu gửi lên không hợp lệ' });
    expect(errorsOf(vi.body)).toMatchObject({
      'consumer.fullName': ['Không được để trống'],
      'consumer.email': ['Địa chỉ email không hợp lệ'],
    });
    const en = await post(body).set('Accept-Language', 'en').expect(400);
    expect(errorsOf(en.body)).toMatchObject({
      'consumer.fullName': ['must not be empty'],
      'consumer.email': ['must be a valid email address'],
    });
  });

  it('names each missing or invalid field, nested groups included', async () => {
    const tomorrow = addDays(toLocalDate(new Date()), 1);
    const body = {
      ...complaint(),
      business: { taxCode: '12345' },
      purchase: { sectorCode: 'food', product: 'Sữa', purchaseDate: tomorrow, amountVnd: -1, channel: 'shop' },
      description: 'quá ngắn',
      desiredResolutions: [],
      consents: { dataProcessing: false },
    };
    const res = await post(body).set('Accept-Language', 'en').expect(400);
    expect(Object.keys(errorsOf(res.body)).sort()).toEqual([
      'business.name',
      'business.taxCode',
      'consents.dataProcessing',
      'consents.textVersion',
      'description',
      'desiredResolutions',
      'purchase.amountVnd',
      'purchase.channel',
      'purchase.purchaseDate',
    ]);
    expect(errorsOf(res.body)['purchase.purchaseDate']).toEqual(['must not be in the future']);
    expect(errorsOf(res.body).description).toEqual(['must be at least 20 characters']);
    const vi = await post(body).expect(400);
    expect(errorsOf(vi.body).description).toEqual(['Tối thiểu 20 ký tự']);
  });

  it('requires an email or a phone', async () => {
    const res = await post({ ...complaint(), consumer: { fullName: 'Lan', communeCode: '05443' } }).expect(400);
    expect(errorsOf(res.body)).toEqual({ 'consumer.email': ['Cần có email hoặc số điện thoại để liên hệ'] });
  });

  it('refuses a commune that is not one of the 92, and an unknown sector', async () => {
    const body = complaint();
    const res = await post({
      ...body,
      consumer: { ...(body.consumer as object), communeCode: '99999' },
      purchase: { ...(body.purchase as object), sectorCode: 'weapons' },
    })
      .set('Accept-Language', 'en')
      .expect(400);
    expect(errorsOf(res.body)).toEqual({
      'consumer.communeCode': ['is not a commune of the province'],
      'purchase.sectorCode': ['is not a known sector'],
    });
  });

  it('refuses vulnerable groups and an ethnic language without consent to sensitive data', async () => {
    const body = complaint();
    const consumer = { ...(body.consumer as object), vulnerableGroups: ['disability'], ethnicLanguage: 'Nùng' };
    const res = await post({ ...body, consumer }).expect(400);
    expect(Object.keys(errorsOf(res.body))).toEqual(['consumer.vulnerableGroups', 'consumer.ethnicLanguage']);
    const refused = await post({
      ...body,
      consumer,
      consents: { dataProcessing: true, textVersion: 'v1', sensitiveData: false },
    });
    expect(refused.status).toBe(400);
    expect(await countCases()).toBe(0);
  });

  it('refuses fields it does not know', async () => {
    const res = await post({ ...complaint(), status: 'resolved' })
      .set('Accept-Language', 'en')
      .expect(400);
    expect(errorsOf(res.body)).toEqual({ status: ['is not an allowed field'] });
  });
});
