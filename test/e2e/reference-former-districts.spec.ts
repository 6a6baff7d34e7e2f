import { formerDistrictsOfProvince } from '@app/persistence';
import { Stack, startStack } from '../support/stack';

// The commune picker finds a commune by its former district (abolished 1 July 2025): the api gives
// the districts and their communes from the same official source as the communes.
describe('GET /api/v1/reference/former-districts', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  it('answers each former district with its province and the codes of today’s communes, for anyone', async () => {
    const res = await stack.http.get('/api/v1/reference/former-districts').expect(200);
    expect(res.body).toEqual(formerDistrictsOfProvince());
    expect(res.body).toContainEqual(
      expect.objectContaining({ name: 'Huyện Đại Từ', province: 'Tỉnh Thái Nguyên', communeCodes: expect.any(Array) }),
    );
    // Every code is one of the 92 communes the api lists.
    const communes = await stack.http.get('/api/v1/reference/communes').expect(200);
    const known = new Set(communes.body.map((c: { code: string }) => c.code));
    const codes = res.body.flatMap((d: { communeCodes: string[] }) => d.communeCodes);
    expect(codes.filter((code: string) => !known.has(code))).toEqual([]);
  });
});
