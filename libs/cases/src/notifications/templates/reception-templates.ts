import { refusalGroundLabel, transferAuthorityRole } from '@app/domain';
import { ifSet, link, p, present, quote, subject } from './blocks';
import type { CaseSummary } from './case-summary';
import { formatDue } from './format';
import { outcomeLabel } from './outcome-labels';
import type { Block, Language, TemplateData, TemplateGroup } from './template-types';

const money = (amount: number | null | undefined, language: Language): string | undefined =>
  typeof amount === 'number' && Number.isFinite(amount)
    ? language === 'vi'
      ? `${new Intl.NumberFormat('vi-VN').format(amount)} đồng`
      : `${new Intl.NumberFormat('en-GB').format(amount)} VND`
    : undefined;

const isoDay = (day: string | null | undefined, language: Language): string | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  if (!m) return undefined;
  return language === 'vi' ? `${m[3]}/${m[2]}/${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
};

/** The end of a closing email, as `case_closed` ends: the outcome, the survey, the case. */
function closing(d: TemplateData, language: Language): (Block | undefined)[] {
  const text =
    language === 'vi'
      ? {
          outcome: 'Kết quả',
          survey: 'Mời bạn cho biết mức độ hài lòng qua phiếu khảo sát: ',
          see: 'Xem lại hồ sơ tại: ',
        }
      : {
          outcome: 'Outcome',
          survey: 'Please tell us how satisfied you are in this short survey: ',
          see: 'See your case at: ',
        };
  return [
    ifSet(outcomeLabel(d.status, language), (outcome) => p(`${text.outcome}: ${outcome}.`)),
    ifSet(d.surveyLink, (survey) => p(text.survey, link(survey))),
    p(text.see, link(d.link)),
  ];
}

const LABELS = {
  vi: {
    business: 'Doanh nghiệp bị khiếu nại',
    taxCode: 'mã số thuế',
    product: 'Sản phẩm, dịch vụ',
    sector: 'Lĩnh vực',
    commune: 'Xã, phường',
    purchaseDate: 'Ngày giao dịch',
    amount: 'Giá trị giao dịch',
    description: 'Nội dung khiếu nại:',
    consumer: 'Người tiêu dùng',
    contacts: 'liên hệ',
    withheld:
      'Người tiêu dùng chưa đồng ý chia sẻ họ tên và thông tin liên hệ; đề nghị liên hệ cơ quan đã chuyển hồ sơ để được phối hợp.',
  },
  en: {
    business: 'Business complained about',
    taxCode: 'tax code',
    product: 'Product or service',
    sector: 'Sector',
    commune: 'Commune',
    purchaseDate: 'Date of the transaction',
    amount: 'Value of the transaction',
    description: 'The complaint:',
    consumer: 'Consumer',
    contacts: 'contact',
    withheld:
      'The consumer did not agree to share their name and contact details; please ask the body that transferred the case.',
  },
} as const;

/** The case as the receiving authority reads it; nothing the consumer did not agree to share. */
function summaryBlocks(s: CaseSummary | undefined, language: Language): (Block | undefined)[] {
  if (!s) return [];
  const l = LABELS[language];
  const taxCode = present(s.business.taxCode) ? ` (${l.taxCode} ${s.business.taxCode})` : '';
  const consumer = s.consumer;
  const contacts = consumer ? [consumer.email, consumer.phone, consumer.address].filter(present) : [];
  return [
    p(`${l.business}: ${s.business.name}${taxCode}.`),
    p(`${l.product}: ${s.product}.`),
    ifSet(s.sector, (sector) => p(`${l.sector}: ${sector}.`)),
    ifSet(s.commune, (commune) => p(`${l.commune}: ${commune}.`)),
    ifSet(isoDay(s.purchaseDate, language), (day) => p(`${l.purchaseDate}: ${day}.`)),
    ifSet(money(s.amountVnd, language), (amount) => p(`${l.amount}: ${amount}.`)),
    p(l.description),
    quote(s.description),
    consumer
      ? p(`${l.consumer}: ${consumer.name}${contacts.length > 0 ? ` (${l.contacts}: ${contacts.join(', ')})` : ''}.`)
      : p(l.withheld),
  ];
}

/**
 * Reception's answers (Citizen Reception Law 42/2013 Art 28: accepted, transferred or refused) and
 * the transfer itself to the receiving authority (Law 19 Art 11.3).
 */
export const RECEPTION_TEMPLATES = {
  case_accepted: {
    vi: (d) => ({
      subject: subject(d, 'Khiếu nại của bạn đã được thụ lý'),
      blocks: [
        p('Chào bạn,'),
        p(
          `Khiếu nại ${d.trackingCode} đã được thụ lý${present(d.handlingUnitName) ? ` và giao cho ${d.handlingUnitName} giải quyết` : ''}.`,
        ),
        p(
          'Bước tiếp theo: cán bộ tư vấn xem xét hồ sơ và tư vấn cho bạn; nếu cần, yêu cầu của bạn được chuyển đến doanh nghiệp để thương lượng (khoản 4 Điều 57 Luật 19/2023/QH15). Cơ quan có thể đề nghị bạn bổ sung thông tin.',
        ),
        ifSet(formatDue(d.dueAt, 'vi'), (due) => p(`Hạn chuyển yêu cầu đến doanh nghiệp: ${due}.`)),
        p('Theo dõi tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Your complaint has been accepted'),
      blocks: [
        p('Hello,'),
        p(
          `Complaint ${d.trackingCode} has been accepted${present(d.handlingUnitName) ? ` and will be handled by ${d.handlingUnitName}` : ''}.`,
        ),
        p(
          'What happens next: an advisor reviews your case and advises you; where needed, your request is forwarded to the business to negotiate (Law 19/2023/QH15 Art 57.4). You may be asked for more information.',
        ),
        ifSet(formatDue(d.dueAt, 'en'), (due) => p(`Forwarding to the business is due by: ${due}.`)),
        p('Follow it at: ', link(d.link)),
      ],
    }),
  },
  case_transferred: {
    vi: (d) => ({
      subject: subject(d, 'Hồ sơ đã được chuyển đến cơ quan có thẩm quyền'),
      blocks: [
        p('Chào bạn,'),
        p(
          `Hồ sơ ${d.trackingCode} đã được chuyển đến ${present(d.authorityName) ? d.authorityName : 'cơ quan có thẩm quyền'} (khoản 3 Điều 11 Luật 19/2023/QH15).`,
        ),
        ifSet(transferAuthorityRole(d.authorityKind, 'vi'), (role) => p(role)),
        ifSet(d.reason, () => p('Lý do chuyển:')),
        quote(d.reason),
        ...closing(d, 'vi'),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Your case was transferred to the competent authority'),
      blocks: [
        p('Hello,'),
        p(
          `Case ${d.trackingCode} was transferred to ${present(d.authorityName) ? d.authorityName : 'the competent authority'} (Law 19/2023/QH15 Art 11.3).`,
        ),
        ifSet(transferAuthorityRole(d.authorityKind, 'en'), (role) => p(role)),
        ifSet(d.reason, () => p('Why:')),
        quote(d.reason),
        ...closing(d, 'en'),
      ],
    }),
  },
  case_refused: {
    vi: (d) => ({
      subject: subject(d, 'Từ chối hỗ trợ giải quyết khiếu nại'),
      blocks: [
        p('Chào bạn,'),
        p(`Cơ quan tiếp nhận từ chối hỗ trợ giải quyết khiếu nại ${d.trackingCode} (Điều 58 Luật 19/2023/QH15).`),
        ifSet(refusalGroundLabel(d.refusalGround, 'vi'), (ground) => p(`Căn cứ từ chối: ${ground}.`)),
        ...closing(d, 'vi'),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Support for your complaint was refused'),
      blocks: [
        p('Hello,'),
        p(`The receiving body refused to support complaint ${d.trackingCode} (Law 19/2023/QH15 Art 58).`),
        ifSet(refusalGroundLabel(d.refusalGround, 'en'), (ground) => p(`Ground: ${ground}.`)),
        ...closing(d, 'en'),
      ],
    }),
  },
  transfer_to_authority: {
    vi: (d) => ({
      subject: subject(d, 'Chuyển hồ sơ khiếu nại của người tiêu dùng'),
      blocks: [
        p(`Kính gửi ${present(d.authorityName) ? d.authorityName : 'Quý cơ quan'},`),
        p(
          `${present(d.handlingUnitName) ? d.handlingUnitName : 'Cơ quan tiếp nhận'} chuyển đến Quý cơ quan hồ sơ khiếu nại ${d.trackingCode} của người tiêu dùng để giải quyết theo thẩm quyền (khoản 3 Điều 11 Luật 19/2023/QH15).`,
        ),
        ifSet(d.reason, () => p('Lý do chuyển:')),
        quote(d.reason),
        ...summaryBlocks(d.caseSummary, 'vi'),
        p('Thông tin trong thư này là thông tin cá nhân, chỉ dùng để giải quyết hồ sơ.'),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'A consumer complaint transferred to you'),
      blocks: [
        p(`Dear ${present(d.authorityName) ? d.authorityName : 'Sir or Madam'},`),
        p(
          `${present(d.handlingUnitName) ? d.handlingUnitName : 'The receiving body'} transfers consumer complaint ${d.trackingCode} to you, as the competent authority (Law 19/2023/QH15 Art 11.3).`,
        ),
        ifSet(d.reason, () => p('Why:')),
        quote(d.reason),
        ...summaryBlocks(d.caseSummary, 'en'),
        p('This email holds personal data, to be used only to handle the case.'),
      ],
    }),
  },
} satisfies TemplateGroup;
