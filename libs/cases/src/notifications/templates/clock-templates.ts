import { capitalise, ifSet, link, p, subject } from './blocks';
import { deadlineLabel } from './deadline-labels';
import { formatDue } from './format';
import type { Block, Language, TemplateData, TemplateGroup } from './template-types';

/** "Thời hạn thương lượng của doanh nghiệp" / "The business's negotiation deadline", to start a sentence. */
const clockName = (d: TemplateData, language: Language): string => capitalise(deadlineLabel(d.deadlineKind, language));

const dueLine = (d: TemplateData, language: Language): Block | undefined =>
  ifSet(formatDue(d.dueAt, language), (due) => p(language === 'vi' ? `Hạn chót: ${due}.` : `Due: ${due}.`));

const basisLine = (d: TemplateData, language: Language): Block | undefined =>
  ifSet(d.legalBasis, (basis) => p(language === 'vi' ? `Căn cứ: ${basis}.` : `Legal basis: ${basis}.`));

/** The end of a sentence that names the due instant, or just its full stop without one. */
const withDue = (d: TemplateData, language: Language, tail: (due: string) => string): string => {
  const due = formatDue(d.dueAt, language);
  return due === undefined ? '.' : tail(due);
};

// The result report (Law 19 Art 57.5) is owed to the body, through the link the business
// negotiated with (narrowed to the report); what the consumer may do next is no part of it.
const isReport = (d: TemplateData): boolean => d.deadlineKind === 'business_result_report';
const REPORT_THROUGH_LINK: Readonly<Record<Language, string>> = {
  vi: 'Vui lòng báo cáo kết quả thương lượng qua đường dẫn bảo mật doanh nghiệp đã dùng để thương lượng (nay chỉ dùng để báo cáo kết quả)',
  en: 'Please report the result of the negotiation through the secure link your business negotiated with (it now serves only for this report)',
};

/** Reminders, breaches and escalations of the legal clocks (domain.md §2, §5). */
export const CLOCK_TEMPLATES = {
  deadline_reminder_staff: {
    vi: (d) => ({
      subject: subject(d, 'Sắp đến hạn xử lý'),
      blocks: [
        p(`${clockName(d, 'vi')} đối với hồ sơ ${d.trackingCode} sắp hết.`),
        dueLine(d, 'vi'),
        basisLine(d, 'vi'),
        p('Xem hồ sơ tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Deadline approaching'),
      blocks: [
        p(`${clockName(d, 'en')} for case ${d.trackingCode} is about to run out.`),
        dueLine(d, 'en'),
        basisLine(d, 'en'),
        p('Open the case: ', link(d.link)),
      ],
    }),
  },
  // No link: the business answers through the secure link it received with the request.
  deadline_reminder_business: {
    vi: (d) => ({
      subject: subject(d, 'Nhắc thời hạn trả lời khiếu nại'),
      blocks: [
        p('Kính gửi Quý doanh nghiệp,'),
        p(`${clockName(d, 'vi')} đối với khiếu nại ${d.trackingCode} sắp hết.`),
        basisLine(d, 'vi'),
        p(
          isReport(d) ? REPORT_THROUGH_LINK.vi : 'Vui lòng trả lời qua đường dẫn bảo mật đã được gửi cho doanh nghiệp',
          withDue(d, 'vi', (due) => `, chậm nhất là ${due}.`),
        ),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Reminder: deadline to answer a complaint'),
      blocks: [
        p('Dear Sir or Madam,'),
        p(`${clockName(d, 'en')} for complaint ${d.trackingCode} is about to run out.`),
        basisLine(d, 'en'),
        p(
          isReport(d) ? REPORT_THROUGH_LINK.en : 'Please answer through the secure link sent to your business',
          withDue(d, 'en', (due) => ` before the deadline: ${due}.`),
        ),
      ],
    }),
  },
  deadline_reminder_consumer: {
    vi: (d) => ({
      subject: subject(d, 'Nhắc bổ sung thông tin'),
      blocks: [
        p('Chào bạn,'),
        p(`Cơ quan tiếp nhận vẫn đang chờ thông tin bổ sung cho hồ sơ ${d.trackingCode}.`),
        ifSet(formatDue(d.dueAt, 'vi'), (due) => p(`Vui lòng trả lời chậm nhất là ${due}.`)),
        p('Nếu không nhận được thông tin, hồ sơ có thể bị kết thúc.'),
        p('Trả lời tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Reminder: more information needed'),
      blocks: [
        p('Hello,'),
        p(`The handling body is still waiting for more information about case ${d.trackingCode}.`),
        ifSet(formatDue(d.dueAt, 'en'), (due) => p(`Please answer before the deadline: ${due}.`)),
        p('Without it, the case may be closed.'),
        p('Answer at: ', link(d.link)),
      ],
    }),
  },
  // A period that runs for the parties themselves (performing a settlement, asking a court to
  // recognise it, Law 19 Art 66): a reminder, nothing to answer here.
  deadline_reminder_party: {
    vi: (d) => ({
      subject: subject(d, 'Sắp hết thời hạn'),
      blocks: [
        p('Chào bạn,'),
        p(`${clockName(d, 'vi')} đối với hồ sơ ${d.trackingCode} sắp hết.`),
        dueLine(d, 'vi'),
        basisLine(d, 'vi'),
        ifSet(d.link || undefined, (url) => p('Xem hồ sơ tại: ', link(url))),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'A period is ending'),
      blocks: [
        p('Hello,'),
        p(`${clockName(d, 'en')} for case ${d.trackingCode} is ending soon.`),
        dueLine(d, 'en'),
        basisLine(d, 'en'),
        ifSet(d.link || undefined, (url) => p('See your case at: ', link(url))),
      ],
    }),
  },
  deadline_breached_staff: {
    vi: (d) => ({
      subject: subject(d, 'Quá hạn xử lý'),
      blocks: [
        p(`${clockName(d, 'vi')} đối với hồ sơ ${d.trackingCode} đã hết mà vẫn chưa được đáp ứng.`),
        dueLine(d, 'vi'),
        basisLine(d, 'vi'),
        p('Xem hồ sơ tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Deadline missed'),
      blocks: [
        p(`${clockName(d, 'en')} for case ${d.trackingCode} has run out and is still not met.`),
        dueLine(d, 'en'),
        basisLine(d, 'en'),
        p('Open the case: ', link(d.link)),
      ],
    }),
  },
  // No link, as for the reminder.
  deadline_breached_business: {
    vi: (d) => ({
      subject: subject(
        d,
        isReport(d) ? 'Đã quá thời hạn báo cáo kết quả thương lượng' : 'Đã quá thời hạn trả lời khiếu nại',
      ),
      blocks: [
        p('Kính gửi Quý doanh nghiệp,'),
        p(
          `${clockName(d, 'vi')} đối với khiếu nại ${d.trackingCode} đã hết mà doanh nghiệp chưa ${isReport(d) ? 'báo cáo' : 'trả lời'}.`,
        ),
        dueLine(d, 'vi'),
        basisLine(d, 'vi'),
        p(
          isReport(d)
            ? `${REPORT_THROUGH_LINK.vi}.`
            : 'Người tiêu dùng có thể đề nghị cơ quan, tổ chức bảo vệ quyền lợi người tiêu dùng hỗ trợ, yêu cầu hòa giải hoặc khởi kiện ra Tòa án.',
        ),
      ],
    }),
    en: (d) => ({
      subject: subject(
        d,
        isReport(d)
          ? 'The deadline to report a negotiation result has passed'
          : 'The deadline to answer a complaint has passed',
      ),
      blocks: [
        p('Dear Sir or Madam,'),
        p(
          `${clockName(d, 'en')} for complaint ${d.trackingCode} has passed without ${isReport(d) ? 'a report' : 'an answer'} from your business.`,
        ),
        dueLine(d, 'en'),
        basisLine(d, 'en'),
        p(
          isReport(d)
            ? `${REPORT_THROUGH_LINK.en}.`
            : 'The consumer may now ask a consumer protection body for support, request mediation or go to court.',
        ),
      ],
    }),
  },
  business_deadline_missed: {
    vi: (d) => ({
      subject: subject(d, 'Doanh nghiệp chưa trả lời đúng hạn'),
      blocks: [
        p('Chào bạn,'),
        p(`Doanh nghiệp chưa trả lời khiếu nại ${d.trackingCode} trong thời hạn luật định.`),
        dueLine(d, 'vi'),
        p(
          'Theo khoản 3 Điều 56 Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15, bạn có thể đề nghị cơ quan, tổ chức bảo vệ quyền lợi người tiêu dùng hỗ trợ, yêu cầu hòa giải, hoặc đưa vụ việc ra trọng tài hoặc Tòa án.',
        ),
        p('Xem hồ sơ và yêu cầu hòa giải tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'The business did not answer in time'),
      blocks: [
        p('Hello,'),
        p(`The business did not answer complaint ${d.trackingCode} within the legal time limit.`),
        dueLine(d, 'en'),
        p(
          'Under Article 56.3 of Law 19/2023/QH15 on Protection of Consumer Rights, you may ask a consumer protection organisation or the handling body for support, request mediation, or take the case to arbitration or court.',
        ),
        p('See your case and request mediation at: ', link(d.link)),
      ],
    }),
  },
  consumer_deadline_missed: {
    vi: (d) => ({
      subject: subject(d, 'Chưa nhận được thông tin bổ sung'),
      blocks: [
        p('Chào bạn,'),
        p(`Cơ quan tiếp nhận chưa nhận được thông tin bổ sung cho hồ sơ ${d.trackingCode} trong thời hạn đề nghị.`),
        dueLine(d, 'vi'),
        p('Hồ sơ có thể bị kết thúc. Nếu muốn tiếp tục, vui lòng gửi thông tin sớm nhất có thể tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Requested information not received'),
      blocks: [
        p('Hello,'),
        p(`The handling body did not receive the information requested for case ${d.trackingCode} in time.`),
        dueLine(d, 'en'),
        p('The case may be closed. To continue, please send the information as soon as possible at: ', link(d.link)),
      ],
    }),
  },
  // The escalation ladder's second rung: the department hears of a clock still not met.
  deadline_escalated: {
    vi: (d) => ({
      subject: subject(d, 'Cảnh báo: hồ sơ quá hạn chưa được xử lý'),
      blocks: [
        p(`${clockName(d, 'vi')} đối với hồ sơ ${d.trackingCode} đã hết và đến nay vẫn chưa được đáp ứng.`),
        dueLine(d, 'vi'),
        basisLine(d, 'vi'),
        p('Thông báo này được chuyển lên Sở Công Thương để theo dõi, đôn đốc.'),
        p('Xem hồ sơ tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Escalation: deadline still not met'),
      blocks: [
        p(`${clockName(d, 'en')} for case ${d.trackingCode} has run out and is still not met.`),
        dueLine(d, 'en'),
        basisLine(d, 'en'),
        p('This escalation is sent to the Department of Industry and Trade for follow-up.'),
        p('Open the case: ', link(d.link)),
      ],
    }),
  },
} satisfies TemplateGroup;
