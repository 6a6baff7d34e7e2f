import { declaredTypeMatches, detectEvidenceType, safeFileName } from '@app/domain/intake';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe(detectEvidenceType.name, () => {
  it('recognises JPEG, PNG and PDF by their magic bytes', () => {
    expect(detectEvidenceType(bytes(0xff, 0xd8, 0xff, 0xe0, 0x00))).toBe('image/jpeg');
    expect(detectEvidenceType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00))).toBe('image/png');
    expect(detectEvidenceType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('recognises nothing else, whatever the name says', () => {
    expect(detectEvidenceType(new TextEncoder().encode('hello, I am a PNG'))).toBeNull();
    expect(detectEvidenceType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull(); // truncated signature
    expect(detectEvidenceType(bytes())).toBeNull();
  });
});

describe(declaredTypeMatches.name, () => {
  it('compares the declared type with the content, accepting common aliases', () => {
    expect(declaredTypeMatches('image/png', 'image/png')).toBe(true);
    expect(declaredTypeMatches('image/jpg', 'image/jpeg')).toBe(true);
    expect(declaredTypeMatches('IMAGE/PNG; charset=binary', 'image/png')).toBe(true);
    expect(declaredTypeMatches('image/png', 'application/pdf')).toBe(false);
  });

  it('lets the content decide when nothing specific is declared', () => {
    expect(declaredTypeMatches('application/octet-stream', 'image/png')).toBe(true);
    expect(declaredTypeMatches(undefined, 'application/pdf')).toBe(true);
  });
});

describe(safeFileName.name, () => {
  it('keeps the base name only, without control characters, and at most 255 characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\lan\\hóa đơn.pdf')).toBe('hóa đơn.pdf');
    expect(safeFileName('a\u0000b\nc.png')).toBe('abc.png');
    expect(safeFileName('')).toBe('file');
    expect(Array.from(safeFileName('ả'.repeat(300)))).toHaveLength(255);
  });
});
