/**
 * The kinds of violation a public business warning may name (Decree 55/2024 Art 24.3 spirit; Plan
 * 126/KH-UBND "inform and warn consumers"). A fixed, plain vocabulary with its vi/en labels.
 */
export const WARNING_KIND_TABLE = [
  { kind: 'refusing_warranty', vi: 'Từ chối bảo hành', en: 'Refusing warranty' },
  { kind: 'misleading_advertising', vi: 'Quảng cáo gây nhầm lẫn', en: 'Misleading advertising' },
  { kind: 'unsafe_goods', vi: 'Hàng hóa không an toàn', en: 'Unsafe goods' },
  { kind: 'unfair_contract_terms', vi: 'Điều khoản hợp đồng không công bằng', en: 'Unfair contract terms' },
  { kind: 'not_delivering', vi: 'Không giao hàng hoặc dịch vụ đã thanh toán', en: 'Not delivering what was paid for' },
  { kind: 'other', vi: 'Vi phạm khác', en: 'Other violation' },
] as const;

export type WarningKind = (typeof WARNING_KIND_TABLE)[number]['kind'];
export const WARNING_KINDS: readonly WarningKind[] = WARNING_KIND_TABLE.map((k) => k.kind);

export function isWarningKind(value: unknown): value is WarningKind {
  return typeof value === 'string' && (WARNING_KINDS as readonly string[]).includes(value);
}

/** The kind's label in the language asked for; an unknown kind is shown as it is. */
export function warningKindLabel(kind: string, language: 'vi' | 'en'): string {
  return WARNING_KIND_TABLE.find((k) => k.kind === kind)?.[language] ?? kind;
}

/** A warning's life: proposed by staff, approved (published) or rejected by a supervisor, archived after expiry. */
export const WARNING_STATUSES = ['proposed', 'published', 'rejected', 'archived'] as const;
export type WarningStatus = (typeof WARNING_STATUSES)[number];
