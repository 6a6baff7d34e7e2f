/** Commune-level units since 1 Jul 2025: wards (phường) in towns, communes (xã) elsewhere. */
export type CommuneKind = 'xa' | 'phuong';

export interface Commune {
  code: string;
  name: string;
  kind: CommuneKind;
}

/** GSO code of Thái Nguyên province (domain.md §8). */
export const THAI_NGUYEN_PROVINCE_CODE = '19';

/** The kind follows from the official name: "Phường …" or "Xã …" (Resolution 202/2025/QH15 naming). */
export function communeKindFromName(name: string): CommuneKind {
  if (/^Phường\s/u.test(name)) return 'phuong';
  if (/^Xã\s/u.test(name)) return 'xa';
  throw new Error(`Unrecognised commune-level unit name: ${name}`);
}
