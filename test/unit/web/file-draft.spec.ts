import {
  emptyDraft,
  parseVnd,
  parseVnDate,
  toIntakeBody,
  todayInVietnam,
} from '../../../apps/web/src/pages/file/draft';
import { foldVietnamese, searchCommunes } from '../../../apps/web/src/pages/file/useReference';
import { placeServerErrors, validateStep } from '../../../apps/web/src/pages/file/validate';

// The filing form's rules that run in the browser (apps/web/src/pages/file).

describe('the filing form', () => {
  const communes = [
    { code: '05443', name: 'Phường Phan Đình Phùng', kind: 'phuong' as const },
    { code: '05446', name: 'Phường Quyết Thắng', kind: 'phuong' as const },
    { code: '05500', name: 'Xã Đại Từ', kind: 'xa' as const },
  ];

  it('finds communes with or without diacritics', () => {
    expect(foldVietnamese('Phường Phan Đình Phùng')).toBe('phuong phan dinh phung');
    expect(searchCommunes(communes, 'phan dinh phung').map((c) => c.code)).toEqual(['05443']);
    expect(searchCommunes(communes, 'Đình Phùng').map((c) => c.code)).toEqual(['05443']);
    expect(searchCommunes(communes, 'dai tu').map((c) => c.code)).toEqual(['05500']);
    expect(searchCommunes(communes, '')).toHaveLength(3);
  });

  it('reads dates as dd/mm/yyyy and money as people write it', () => {
    expect(parseVnDate('02/03/2026')).toBe('2026-03-02');
    expect(parseVnDate('2/3/2026')).toBe('2026-03-02');
    expect(parseVnDate('31/02/2026')).toBeNull();
    expect(parseVnDate('2026-03-02')).toBeNull();
    expect(parseVnd('8.490.000')).toBe(8_490_000);
    expect(parseVnd('8490000 đ')).toBe(8_490_000);
    expect(parseVnd('tám triệu')).toBeNull();
    expect(todayInVietnam(new Date('2026-03-01T18:00:00Z'))).toBe('2026-03-02');
  });

  it('asks for consent before a group that reveals ethnicity or health, not before the others', () => {
    const draft = { ...emptyDraft(), fullName: 'Lan', phone: '0912 345 678', communeCode: '05443', dataConsent: true };
    expect(validateStep(1, { ...draft, vulnerableGroups: ['elderly'] })).toEqual([]);
    expect(validateStep(1, { ...draft, vulnerableGroups: ['ethnic_minority'] })).toEqual([
      { field: 'vulnerableGroups', rule: 'needsConsent' },
    ]);
    expect(validateStep(1, { ...draft, vulnerableGroups: ['ethnic_minority'], sensitiveConsent: true })).toEqual([]);
    expect(validateStep(1, { ...draft, phone: '12345' })).toEqual([{ field: 'phone', rule: 'invalid' }]);
    expect(validateStep(1, { ...draft, phone: '+84912345678' })).toEqual([]);
  });

  it('refuses a purchase dated after today', () => {
    const draft = { ...emptyDraft(), sectorCode: 'ecommerce', product: 'Máy giặt', purchaseDate: '03/03/2026' };
    expect(validateStep(3, draft, '2026-03-02')).toEqual([{ field: 'purchaseDate', rule: 'future' }]);
    expect(validateStep(3, draft, '2026-03-03')).toEqual([]);
  });

  it('sends the api its body: compact phone, ISO date, whole đồng, no sensitive data without consent', () => {
    const body = toIntakeBody(
      {
        ...emptyDraft(),
        phone: '0912 345 678',
        purchaseDate: '02/03/2026',
        amount: '8.490.000',
        vulnerableGroups: ['elderly', 'disability'],
        ethnicLanguage: 'Tày',
        channel: 'in_store',
        platformName: 'Shopee',
      },
      'en',
    );
    expect(body.consumer).toMatchObject({ phone: '0912345678', language: 'en', vulnerableGroups: ['elderly'] });
    expect(body.consumer.ethnicLanguage).toBeUndefined();
    expect(body.purchase).toMatchObject({ purchaseDate: '2026-03-02', amountVnd: 8_490_000 });
    expect(body.business.platformName).toBeUndefined(); // not an online purchase
  });

  it('places the api’s field errors on the step that asks for the field', () => {
    expect(
      placeServerErrors([
        { field: 'consumer.phone', messages: ['Sai định dạng'] },
        { field: 'business.website', messages: ['Địa chỉ trang web không hợp lệ'] },
        { field: 'Idempotency-Key', messages: ['Tối thiểu 16 ký tự'] },
      ]).map((e) => [e.step, e.field]),
    ).toEqual([
      [1, 'phone'],
      [2, 'website'],
      [6, 'form'],
    ]);
  });
});
