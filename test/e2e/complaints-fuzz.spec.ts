import fc from 'fast-check';
import { DataSource } from 'typeorm';
import {
  DESIRED_RESOLUTIONS as RESOLUTIONS,
  isSensitiveGroup,
  PURCHASE_CHANNELS,
  VULNERABLE_GROUPS as GROUPS,
} from '@app/domain';
import { Stack, startStack } from '../support/stack';

type Json = Record<string, unknown>;

const complaint = (): Json => ({
  consumer: { fullName: 'Nguyễn Thị Lan', email: 'lan@example.vn', phone: '0912345678', communeCode: '05443' },
  business: { name: 'Cửa hàng Ví Dụ', taxCode: '4600123456', website: 'https://vidu.example.vn' },
  purchase: { sectorCode: 'food', product: 'Sữa', purchaseDate: '2026-01-10', amountVnd: 650_000, channel: 'in_store' },
  description: 'Sữa bột hết hạn sử dụng nhưng vẫn được bày bán tại cửa hàng.',
  desiredResolutions: ['refund'],
  businessContacted: { contacted: false },
  consents: { dataProcessing: true, textVersion: '2026-01', publication: false },
});

// Values wrong for their path whatever else the body holds (null only where the field is required).
const number = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const notString = fc.oneof(
  number,
  fc.boolean(),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const notObject = fc.oneof(
  fc.string(),
  number,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
);
const tooLong = (max: number) => fc.integer({ min: max + 1, max: max + 40 }).map((n) => 'ả'.repeat(n));
const control = fc.tuple(fc.string(), fc.constantFrom('\u0000', '\u0007', '\u001b')).map(([s, c]) => `Lan${c}${s}`);
const text = (max: number) => fc.oneof(notString, fc.constantFrom('', '   ', null), tooLong(max), control);
const notIn = (values: readonly string[]) => fc.string().filter((s) => !values.includes(s));
const SENSITIVE = GROUPS.filter(isSensitiveGroup);

const INVALID: Record<string, fc.Arbitrary<unknown>> = {
  consumer: notObject,
  'consumer.fullName': text(200),
  'consumer.email': fc.oneof(
    notString,
    fc.string().filter((s) => !s.includes('@')),
  ),
  'consumer.phone': fc.oneof(notString, fc.stringMatching(/^[a-z]{1,12}$/)),
  'consumer.communeCode': fc.oneof(notString, fc.constantFrom(null, '99999', '00000'), fc.stringMatching(/^\d{0,4}$/)),
  'consumer.language': fc.oneof(notString, notIn(['vi', 'en'])),
  // Groups revealing ethnicity or health, without consent to sensitive data (the others need none).
  'consumer.vulnerableGroups': fc.oneof(
    fc
      .tuple(fc.subarray(GROUPS.filter((g) => !isSensitiveGroup(g))), fc.subarray(SENSITIVE, { minLength: 1 }))
      .map(([plain, sensitive]) => [...plain, ...sensitive]),
    fc.array(notIn(GROUPS), { minLength: 1 }),
  ),
  'consumer.ethnicLanguage': fc.string().filter((s) => s.trim() !== ''), // sensitive, and no consent
  business: notObject,
  'business.name': text(250),
  'business.taxCode': fc.oneof(
    notString,
    fc.string().filter((s) => !/^\d{10}(-\d{3})?$/.test(s.trim())),
  ),
  'business.website': fc.oneof(notString, fc.stringMatching(/^[a-z]{1,12}$/)),
  'business.shopId': fc.oneof(notString, tooLong(120), control),
  purchase: notObject,
  'purchase.sectorCode': fc.oneof(notString, fc.constantFrom(null, '', 'Food', 'weapons')),
  'purchase.product': text(300),
  'purchase.purchaseDate': fc.oneof(notString, fc.constantFrom('2026-13-01', '2026-02-30', 'hôm qua', '2999-01-01')),
  'purchase.amountVnd': fc.oneof(
    fc.integer({ max: -1 }),
    fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }),
    fc.string(),
    fc.constant(2 ** 53 + 2),
  ),
  'purchase.channel': fc.oneof(notString, fc.constant(null), notIn(PURCHASE_CHANNELS)),
  description: fc.oneof(notString, fc.constant(null), fc.string({ maxLength: 19 }), tooLong(5000), control),
  desiredResolutions: fc.oneof(
    notObject,
    fc.constantFrom([], ['refund', 'refund']),
    fc.array(notIn(RESOLUTIONS), { minLength: 1 }),
  ),
  businessContacted: fc.oneof(fc.string(), number, fc.constant({}), fc.record({ contacted: fc.string() })),
  consents: notObject,
  'consents.dataProcessing': fc.jsonValue().filter((v) => v !== true),
  'consents.textVersion': text(20),
  'consents.publication': fc.oneof(fc.string(), number),
};
const REQUIRED = Object.keys(INVALID).filter(
  (p) => !/email|phone|language|vulnerable|ethnic|taxCode|website|shopId|Date|amount|Contacted|publication/.test(p),
);

// Mutations are data, so that a counterexample shows what was broken.
type Mutation = { set: string[]; value: unknown } | { remove: string[][] };
const NO_CONTACT: Mutation = { remove: ['consumer.email', 'consumer.phone'].map((p) => p.split('.')) };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom(...Object.keys(INVALID)).chain((p) => INVALID[p].map((value) => ({ set: p.split('.'), value }))),
  fc.constantFrom(...REQUIRED).map((p) => ({ remove: [p.split('.')] })),
  fc.constant(NO_CONTACT),
  fc
    .tuple(
      fc.constantFrom([], ['consumer'], ['business'], ['purchase'], ['consents']),
      fc.string({ minLength: 1 }),
      fc.jsonValue(),
    )
    .map(([group, key, value]) => ({ set: [...group, `unknown_${key}`], value })), // a field nobody declared
);

function parentAt(body: Json, path: string[]): Json | undefined {
  const node = path.slice(0, -1).reduce<unknown>((n, key) => (n as Json | null)?.[key], body);
  return typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as Json) : undefined;
}

function apply(body: Json, m: Mutation): void {
  if ('set' in m) {
    const parent = parentAt(body, m.set);
    if (parent) parent[m.set[m.set.length - 1]] = m.value;
    return;
  }
  for (const path of m.remove) delete parentAt(body, path)?.[path[path.length - 1]];
}

const malformed = fc.oneof(
  { weight: 8, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) }, // any JSON at all
  { weight: 1, arbitrary: fc.string() }, // not JSON, mostly
);
const bodyOf = (sample: Mutation[] | string): string => {
  if (typeof sample === 'string') return sample;
  const body = complaint();
  sample.forEach((m) => apply(body, m));
  return JSON.stringify(body);
};

describe('POST /api/v1/complaints under generated malformed bodies', () => {
  let stack: Stack;
  let ds: DataSource;

  beforeAll(async () => {
    stack = await startStack();
    ds = stack.dataSource;
  });

  afterAll(() => stack?.stop());

  it('answers each of 1,000 malformed bodies with 400 (never 5xx) and stores nothing', async () => {
    const count = async () => (await ds.query('SELECT count(*)::int AS n FROM cases'))[0].n as number;
    const { http } = stack;
    await http.post('/api/v1/complaints').send(complaint()).expect(201); // the body the mutations start from is valid
    const before = await count();
    await fc.assert(
      fc.asyncProperty(malformed, fc.constantFrom('vi', 'en'), async (sample, language) => {
        const res = await http
          .post('/api/v1/complaints')
          .type('json')
          .set('Accept-Language', language)
          .send(bodyOf(sample));
        expect(res.status).toBe(400);
      }),
      { numRuns: 1000 },
    );
    expect(await count()).toBe(before);
    // 1,000 requests: its own allowance, far above what it takes on a machine several times slower.
  }, 600_000);
});
