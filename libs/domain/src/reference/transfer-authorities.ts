import type { OrganisationKind } from './organisations';

/**
 * The kinds of organisation a case can be transferred to (Law 19 Art 11.3; Art 54.2 cases go to
 * the competent authority), with what each does, for the consumer's email. The department, the
 * association and mediation organisations receive complaints or mediate; they are not where a
 * transfer goes.
 */
export const TRANSFER_AUTHORITY_ROLES = {
  competent_authority: {
    vi: 'Đây là cơ quan chuyên môn có thẩm quyền trong lĩnh vực của khiếu nại: cơ quan kiểm tra, thanh tra và xử lý vi phạm của tổ chức, cá nhân kinh doanh.',
    en: 'It is the specialised state body competent for the field of the complaint: it inspects the business and sanctions its violations.',
  },
  commune_committee: {
    vi: 'Đây là Ủy ban nhân dân cấp xã: Ủy ban tiếp nhận, hỗ trợ giải quyết yêu cầu của người tiêu dùng và xử lý vi phạm trên địa bàn.',
    en: 'It is the commune People’s Committee: it receives and helps settle consumers’ requests and deals with violations in the commune.',
  },
  court: {
    vi: 'Đây là Tòa án nhân dân: Tòa án giải quyết tranh chấp theo thủ tục tố tụng dân sự; người tiêu dùng không phải nộp tạm ứng án phí (khoản 2 Điều 71), và giao dịch dưới 100.000.000 đồng được giải quyết theo thủ tục rút gọn (khoản 2 Điều 70 Luật 19/2023/QH15).',
    en: 'It is the People’s Court: it decides the dispute in civil proceedings; consumers pay no court-fee advance (Art 71.2), and a transaction under 100,000,000 VND goes through the summary procedure (Law 19/2023/QH15 Art 70.2).',
  },
} as const satisfies Partial<Record<OrganisationKind, Readonly<Record<'vi' | 'en', string>>>>;

export type TransferAuthorityKind = keyof typeof TRANSFER_AUTHORITY_ROLES;
export const TRANSFER_AUTHORITY_KINDS = Object.keys(TRANSFER_AUTHORITY_ROLES) as TransferAuthorityKind[];

export function isTransferAuthorityKind(kind: unknown): kind is TransferAuthorityKind {
  return typeof kind === 'string' && Object.hasOwn(TRANSFER_AUTHORITY_ROLES, kind);
}

/** What the receiving organisation does, in the consumer's language; nothing for other kinds. */
export function transferAuthorityRole(kind: string | undefined, language: 'vi' | 'en'): string | undefined {
  return isTransferAuthorityKind(kind) ? TRANSFER_AUTHORITY_ROLES[kind][language] : undefined;
}
