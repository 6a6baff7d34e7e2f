import fc from 'fast-check';
import {
  ComplaintIdentity,
  duplicateKeys,
  isPossibleDuplicate,
  isSameBusiness,
  isSameConsumer,
  normalizePhone,
} from '@app/domain/intake';

const complaint = (submittedAt: string, overrides: Partial<ComplaintIdentity> = {}): ComplaintIdentity => ({
  submittedAt: new Date(submittedAt),
  consumer: { email: 'lan.nguyen@example.vn', phone: null },
  business: { name: 'Công ty TNHH Điện máy Xanh Thái Nguyên', taxCode: null },
  ...overrides,
});

describe(isPossibleDuplicate.name, () => {
  const first = complaint('2026-04-01T03:00:00Z');

  it('flags the same consumer against the same business within 30 days', () => {
    expect(isPossibleDuplicate(first, complaint('2026-04-20T03:00:00Z'))).toBe(true);
    expect(isPossibleDuplicate(first, complaint('2026-05-01T16:59:00Z'))).toBe(true); // 30th day, 23:59 in Hà Nội
  });

  it('does not flag after 30 calendar days (Asia/Ho_Chi_Minh)', () => {
    expect(isPossibleDuplicate(first, complaint('2026-05-01T17:00:00Z'))).toBe(false); // 00:00 on day 31
  });

  it('recognises the consumer by email (any case) or by phone (+84 or 0)', () => {
    const byEmail = complaint('2026-04-02T00:00:00Z', { consumer: { email: 'LAN.Nguyen@example.vn', phone: null } });
    expect(isPossibleDuplicate(first, byEmail)).toBe(true);
    const a = complaint('2026-04-01T00:00:00Z', { consumer: { email: null, phone: '+84 912 345 678' } });
    const b = complaint('2026-04-03T00:00:00Z', { consumer: { email: 'other@example.vn', phone: '0912345678' } });
    expect(isPossibleDuplicate(a, b)).toBe(true);
    const stranger = complaint('2026-04-03T00:00:00Z', { consumer: { email: 'other@example.vn', phone: null } });
    expect(isPossibleDuplicate(first, stranger)).toBe(false);
  });
});

describe(isSameBusiness.name, () => {
  it('matches on the tax code, or on the name ignoring case and spacing', () => {
    expect(isSameBusiness({ name: 'A', taxCode: '4600123456' }, { name: 'B', taxCode: '4600123456' })).toBe(true);
    expect(
      isSameBusiness({ name: 'Cửa hàng  ABC', taxCode: null }, { name: 'cửa hàng abc', taxCode: '4600123456' }),
    ).toBe(true);
    expect(isSameBusiness({ name: 'ABC', taxCode: '4600123456' }, { name: 'XYZ', taxCode: '4600999999' })).toBe(false);
  });
});

describe(normalizePhone.name, () => {
  it('writes +84 numbers in the national form', () => {
    expect(normalizePhone('+84 912-345-678')).toBe('0912345678');
    expect(normalizePhone('(0208) 3855 123')).toBe('02083855123');
  });
});

describe(duplicateKeys.name, () => {
  // Few distinct values, written in several ways, so that random pairs often match.
  const email = fc.option(fc.constantFrom('lan@example.vn', ' LAN@example.vn', 'an@example.vn'), { nil: null });
  const phone = fc.option(fc.constantFrom('0912345678', '+84 912 345 678', '0987654321'), { nil: null });
  const name = fc.constantFrom('Điện máy Xanh', ' điện  MÁY xanh', 'Bách hóa Y');
  const taxCode = fc.option(fc.constantFrom('4600123456', '4600999999'), { nil: null });
  const identity = fc.record({
    consumer: fc.record({ email, phone }),
    business: fc.record({ name, taxCode }),
  });

  it('two complaints share a key exactly when the same consumer complains about the same business', () => {
    fc.assert(
      fc.property(identity, identity, (a, b) => {
        const shared = duplicateKeys(a).some((key) => duplicateKeys(b).includes(key));
        expect(shared).toBe(isSameConsumer(a.consumer, b.consumer) && isSameBusiness(a.business, b.business));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives at most four keys, none without a way to reach the consumer', () => {
    const keys = duplicateKeys({
      consumer: { email: 'lan@example.vn', phone: '0912345678' },
      business: { name: 'Điện máy Xanh', taxCode: '4600123456' },
    });
    expect(keys).toHaveLength(4);
    expect(duplicateKeys({ consumer: { email: null, phone: null }, business: { name: 'X', taxCode: null } })).toEqual(
      [],
    );
  });
});
