/** Per case, in total. */
export const MAX_EVIDENCE_FILES = 10;
export const MAX_EVIDENCE_FILE_BYTES = 10 * 1024 * 1024;

export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

const SIGNATURES: readonly { type: EvidenceType; bytes: readonly number[] }[] = [
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
];

/** The type from the content's magic bytes; the name and the declared type are not trusted. */
export function detectEvidenceType(content: Uint8Array): EvidenceType | null {
  const match = SIGNATURES.find((s) => s.bytes.every((byte, i) => content[i] === byte));
  return match?.type ?? null;
}

// Names browsers and tools use for the same types.
const ALIASES: Readonly<Record<string, EvidenceType>> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg' };

/**
 * Whether the declared type agrees with the content. `application/octet-stream` (or nothing)
 * declares no type, so only the content counts.
 */
export function declaredTypeMatches(declared: string | undefined, detected: EvidenceType): boolean {
  const type = (declared ?? '').split(';')[0].trim().toLowerCase();
  if (type === '' || type === 'application/octet-stream') return true;
  return (ALIASES[type] ?? type) === detected;
}

/** A file name safe to store and show: no path, no control characters, at most 255 characters. */
export function safeFileName(name: string): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return Array.from(clean || 'file')
    .slice(0, 255)
    .join('');
}
