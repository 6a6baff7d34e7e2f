import { ifSet, link, p, quote, subject } from './blocks';
import { formatDue } from './format';
import type { Block, Language, TemplateData, TemplateGroup } from './template-types';

// After a successful mediation (Law 19/2023/QH15 Arts 65–66): the performance date of the record
// passes, the consumer is asked whether the business performed; if not, what a court can do.
// `dueAt` is the performance date in the checks and the last day to go to court in the rest.

const ART_66 = {
  vi: 'Điều 66 Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15 và khoản 1 Điều 418 Bộ luật Tố tụng dân sự 2015',
  en: 'Article 66 of Law 19/2023/QH15 on Protection of Consumer Rights and Article 418.1 of the 2015 Civil Procedure Code',
} as const satisfies Record<Language, string>;

const courtLine = (d: TemplateData, language: Language): Block | undefined =>
  ifSet(formatDue(d.dueAt, language), (due) =>
    p(language === 'vi' ? `Hạn yêu cầu Tòa án công nhận: ${due}.` : `Last day to ask the court: ${due}.`),
  );

/** Performance follow-up of a mediated settlement (domain.md §2, Art 65.2 deadline; Art 66). */
export const FOLLOW_UP_TEMPLATES = {
  performance_check: {
    vi: (d) => ({
      subject: subject(d, 'Doanh nghiệp đã thực hiện kết quả hòa giải chưa?'),
      blocks: [
        p('Chào bạn,'),
        p(`Thời hạn thực hiện thỏa thuận ghi trong biên bản hòa giải thành của hồ sơ ${d.trackingCode} đã hết.`),
        ifSet(formatDue(d.dueAt, 'vi'), (due) => p(`Thời hạn thực hiện: ${due}.`)),
        p('Doanh nghiệp đã thực hiện đúng thỏa thuận chưa? Vui lòng trả lời tại: ', link(d.link)),
        p(
          'Nếu doanh nghiệp chưa thực hiện, bạn có thể yêu cầu Tòa án công nhận kết quả hòa giải thành trong 6 tháng kể từ ngày đạt được thỏa thuận.',
        ),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Has the business carried out the settlement?'),
      blocks: [
        p('Hello,'),
        p(
          `The deadline written in the mediation record of case ${d.trackingCode} for carrying out the agreement has passed.`,
        ),
        ifSet(formatDue(d.dueAt, 'en'), (due) => p(`Deadline: ${due}.`)),
        p('Has the business done what it agreed? Please tell us at: ', link(d.link)),
        p('If it has not, you may ask a court to recognise the settlement within 6 months of the agreement.'),
      ],
    }),
  },
  // For information only: nothing is overdue on the staff side, the consumer answers first.
  performance_check_staff: {
    vi: (d) => ({
      subject: subject(d, 'Đã hỏi người tiêu dùng về việc thực hiện kết quả hòa giải'),
      blocks: [
        p(`Thời hạn thực hiện kết quả hòa giải thành của hồ sơ ${d.trackingCode} đã hết.`),
        ifSet(formatDue(d.dueAt, 'vi'), (due) => p(`Thời hạn thực hiện: ${due}.`)),
        p('Người tiêu dùng đã được hỏi doanh nghiệp đã thực hiện thỏa thuận chưa. Thư này để biết, chưa cần xử lý.'),
        p('Xem hồ sơ tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Consumer asked whether the settlement was performed'),
      blocks: [
        p(`The deadline to carry out the mediated settlement of case ${d.trackingCode} has passed.`),
        ifSet(formatDue(d.dueAt, 'en'), (due) => p(`Deadline: ${due}.`)),
        p('The consumer has been asked whether the business performed. For information only: nothing to do yet.'),
        p('Open the case: ', link(d.link)),
      ],
    }),
  },
  // Court recognition is the parties' own right (Art 66), not a duty of anyone here: a reminder
  // before its 6 months end, to both parties, nothing to answer. Cites CPC Art 418.1, which sets the period.
  court_recognition_reminder: {
    vi: (d) => ({
      subject: subject(d, 'Nhắc thời hạn yêu cầu Tòa án công nhận kết quả hòa giải thành'),
      blocks: [
        p('Kính gửi Quý vị,'),
        p(
          `Hồ sơ ${d.trackingCode} đã được hòa giải thành. Theo ${ART_66.vi}, các bên có thể yêu cầu Tòa án công nhận kết quả hòa giải thành trong thời hạn 6 tháng kể từ ngày đạt được thỏa thuận. Quyết định công nhận của Tòa án được thi hành theo pháp luật về thi hành án dân sự.`,
        ),
        courtLine(d, 'vi'),
        p(
          'Thư này chỉ để nhắc, không cần trả lời. Nếu thỏa thuận đã được thực hiện xong, Quý vị không cần làm gì thêm.',
        ),
        ifSet(d.link || undefined, (url) => p('Xem hồ sơ tại: ', link(url))),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Reminder: the period to ask a court to recognise the settlement'),
      blocks: [
        p('Dear Sir or Madam,'),
        p(
          `Case ${d.trackingCode} was settled by mediation. Under ${ART_66.en}, either party may ask a court to recognise the mediation result within 6 months of the agreement. A court decision recognising it is enforced under the law on enforcement of civil judgments.`,
        ),
        courtLine(d, 'en'),
        p(
          'This is a reminder only; there is nothing to answer. If the agreement has been carried out, nothing more is needed.',
        ),
        ifSet(d.link || undefined, (url) => p('See the case at: ', link(url))),
      ],
    }),
  },
  court_recognition_advice: {
    vi: (d) => ({
      subject: subject(d, 'Quyền yêu cầu Tòa án công nhận kết quả hòa giải'),
      blocks: [
        p('Chào bạn,'),
        p(`Bạn đã cho biết doanh nghiệp chưa thực hiện kết quả hòa giải thành của hồ sơ ${d.trackingCode}.`),
        p(
          `Theo ${ART_66.vi}, bạn có thể yêu cầu Tòa án công nhận kết quả hòa giải thành trong thời hạn 6 tháng kể từ ngày đạt được thỏa thuận. Quyết định công nhận của Tòa án được thi hành theo pháp luật về thi hành án dân sự.`,
        ),
        courtLine(d, 'vi'),
        p('Cơ quan tiếp nhận đã ghi nhận trả lời của bạn. Xem hồ sơ tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Asking a court to recognise the settlement'),
      blocks: [
        p('Hello,'),
        p(`You told us the business has not carried out the mediated settlement of case ${d.trackingCode}.`),
        p(
          `Under ${ART_66.en}, you may ask a court to recognise the mediation result within 6 months of the agreement. A court decision recognising it is enforced under the law on enforcement of civil judgments.`,
        ),
        courtLine(d, 'en'),
        p('Your answer has been recorded. See your case at: ', link(d.link)),
      ],
    }),
  },
  settlement_not_performed_staff: {
    vi: (d) => ({
      subject: subject(d, 'Cần chú ý: doanh nghiệp chưa thực hiện kết quả hòa giải'),
      blocks: [
        p(`Người tiêu dùng cho biết doanh nghiệp chưa thực hiện kết quả hòa giải thành của hồ sơ ${d.trackingCode}.`),
        quote(d.body),
        p(
          `Hồ sơ đã được đánh dấu cần chú ý. Người tiêu dùng đã được hướng dẫn quyền yêu cầu Tòa án công nhận kết quả hòa giải (${ART_66.vi}).`,
        ),
        courtLine(d, 'vi'),
        p('Xem hồ sơ tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Attention: settlement not performed'),
      blocks: [
        p(
          `The consumer reports that the business has not carried out the mediated settlement of case ${d.trackingCode}.`,
        ),
        quote(d.body),
        p(
          `The case is flagged for attention. The consumer was told they may ask a court to recognise the settlement (${ART_66.en}).`,
        ),
        courtLine(d, 'en'),
        p('Open the case: ', link(d.link)),
      ],
    }),
  },
} satisfies TemplateGroup;
