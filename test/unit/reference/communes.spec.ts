import { communeKindFromName } from '@app/domain';
import { communesOfProvince } from '@app/persistence';

describe(communesOfProvince.name, () => {
  const sut = communesOfProvince();

  it('Resolution 202/2025/QH15: Thái Nguyên has 92 commune-level units, 15 phường and 77 xã', () => {
    expect(sut).toHaveLength(92);
    expect(sut.filter((c) => c.kind === 'phuong')).toHaveLength(15);
    expect(sut.filter((c) => c.kind === 'xa')).toHaveLength(77);
  });

  it('carries the official five-digit GSO codes, each once', () => {
    expect(sut).toContainEqual({ code: '05443', name: 'Phường Phan Đình Phùng', kind: 'phuong' });
    expect(sut.every((c) => /^\d{5}$/.test(c.code))).toBe(true);
    expect(new Set(sut.map((c) => c.code)).size).toBe(92);
  });

  it('reads the kind from the official name and refuses a name it does not know', () => {
    expect(communeKindFromName('Xã Na Rì')).toBe('xa');
    expect(() => communeKindFromName('Huyện Đại Từ')).toThrow(/Unrecognised/);
  });
});
