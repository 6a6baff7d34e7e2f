import { ifSet, p, present, quote, link, subject } from './blocks';
import { formatDue } from './format';
import type { TemplateGroup } from './template-types';

const validDays = (n: number | undefined): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0;

// Only `forwarded_to_business` carries the business's secure link (a secret, sent once); every
// later email tells the business to use it and shows no link (the default one is the consumer's).
const USE_SECURE_LINK = {
  vi: 'Vui lòng trả lời qua đường dẫn bảo mật đã được gửi cho doanh nghiệp.',
  en: 'Please answer through the secure link sent to your business.',
} as const;

// Art 57.5: the link the business negotiated with narrows to the result report when negotiation ends.
const REPORT_THROUGH_LINK = {
  vi: 'Vui lòng báo cáo qua đường dẫn bảo mật doanh nghiệp đã dùng để thương lượng: đường dẫn đó nay chỉ dùng để báo cáo kết quả.',
  en: 'Please report through the secure link your business negotiated with: it now serves only to report the result.',
} as const;

/** Emails to the business during negotiation (Law 19/2023/QH15, Arts 56–57). */
export const NEGOTIATION_TEMPLATES = {
  forwarded_to_business: {
    vi: (d) => ({
      subject: subject(d, 'Yêu cầu thương lượng của người tiêu dùng'),
      blocks: [
        p('Kính gửi Quý doanh nghiệp,'),
        p(`Người tiêu dùng yêu cầu thương lượng về khiếu nại ${d.trackingCode}.`),
        p(
          `Theo Điều 57 Luật Bảo vệ quyền lợi người tiêu dùng 2023, doanh nghiệp tiến hành thương lượng trong ${
            validDays(d.deadlineWorkingDays) ? `${d.deadlineWorkingDays} ngày làm việc` : 'thời hạn luật định'
          } kể từ ngày nhận yêu cầu.`,
        ),
        ifSet(formatDue(d.dueAt, 'vi'), (due) => p(`Hạn chót: ${due}.`)),
        p('Xem và trả lời tại đường dẫn bảo mật: ', link(d.link)),
        p('Vui lòng lưu giữ thư này và không chuyển tiếp: đường dẫn chỉ được gửi một lần.'),
      ],
    }),
    en: (d) => ({
      subject: subject(d, "A consumer's request to negotiate"),
      blocks: [
        p('Dear Sir or Madam,'),
        p(`A consumer asks your business to negotiate about complaint ${d.trackingCode}.`),
        p(
          `Under Article 57 of the 2023 Consumer Protection Law, the business must negotiate within ${
            validDays(d.deadlineWorkingDays) ? `${d.deadlineWorkingDays} working days` : 'the legal time limit'
          } of receiving the request.`,
        ),
        ifSet(formatDue(d.dueAt, 'en'), (due) => p(`Due: ${due}.`)),
        p('Read and answer through this secure link: ', link(d.link)),
        p('Keep this email and do not forward it: the link is sent only once.'),
      ],
    }),
  },
  message_to_business: {
    vi: (d) => ({
      subject: subject(d, 'Tin nhắn về khiếu nại của người tiêu dùng'),
      blocks: [
        p('Kính gửi Quý doanh nghiệp,'),
        p(`Doanh nghiệp có tin nhắn mới về khiếu nại ${d.trackingCode}${present(d.body) ? ':' : '.'}`),
        quote(d.body),
        p(USE_SECURE_LINK.vi),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'A message about a consumer complaint'),
      blocks: [
        p('Dear Sir or Madam,'),
        p(`There is a new message about complaint ${d.trackingCode}${present(d.body) ? ':' : '.'}`),
        quote(d.body),
        p(USE_SECURE_LINK.en),
      ],
    }),
  },
  proposal_accepted: {
    vi: (d) => ({
      subject: subject(d, 'Người tiêu dùng đã chấp nhận đề xuất'),
      blocks: [
        p('Kính gửi Quý doanh nghiệp,'),
        p(`Người tiêu dùng đã chấp nhận đề xuất giải quyết của doanh nghiệp đối với khiếu nại ${d.trackingCode}.`),
        p(
          'Thương lượng đã kết thúc. Theo khoản 5 Điều 57 Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15, doanh nghiệp báo cáo kết quả thương lượng trong 5 ngày làm việc kể từ khi thương lượng kết thúc.',
        ),
        ifSet(formatDue(d.dueAt, 'vi'), (due) => p(`Hạn báo cáo: ${due}.`)),
        p(REPORT_THROUGH_LINK.vi),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'The consumer accepted your proposal'),
      blocks: [
        p('Dear Sir or Madam,'),
        p(`The consumer accepted your business's proposal for complaint ${d.trackingCode}.`),
        p(
          'The negotiation has ended. Under Article 57.5 of Law 19/2023/QH15 on Protection of Consumer Rights, please report its result within 5 working days after it ended.',
        ),
        ifSet(formatDue(d.dueAt, 'en'), (due) => p(`Report due: ${due}.`)),
        p(REPORT_THROUGH_LINK.en),
      ],
    }),
  },
  proposal_rejected: {
    vi: (d) => ({
      subject: subject(d, 'Người tiêu dùng không chấp nhận đề xuất'),
      blocks: [
        p('Kính gửi Quý doanh nghiệp,'),
        p(`Người tiêu dùng không chấp nhận đề xuất giải quyết của doanh nghiệp đối với khiếu nại ${d.trackingCode}.`),
        p('Người tiêu dùng có thể yêu cầu giải quyết bằng hòa giải.'),
        p(USE_SECURE_LINK.vi),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'The consumer rejected your proposal'),
      blocks: [
        p('Dear Sir or Madam,'),
        p(`The consumer rejected your business's proposal for complaint ${d.trackingCode}.`),
        p('The consumer may now ask for mediation.'),
        p(USE_SECURE_LINK.en),
      ],
    }),
  },
} satisfies TemplateGroup;
