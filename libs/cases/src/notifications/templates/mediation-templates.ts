import { ifSet, link, p, present, subject } from './blocks';
import { formatDateTime, formatDue } from './format';
import { outcomeLabel } from './outcome-labels';
import type { TemplateGroup } from './template-types';

const RESULT_REPORT_AFTER_NEGOTIATION = {
  vi: 'Theo khoản 5 Điều 57 Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15, trong 5 ngày làm việc kể từ khi thương lượng kết thúc, doanh nghiệp báo cáo kết quả thương lượng qua đường dẫn bảo mật đã dùng để thương lượng (đường dẫn đó nay chỉ dùng để báo cáo kết quả).',
  en: 'Under Article 57.5 of Law 19/2023/QH15, within 5 working days after the negotiation ended, please report its result through the secure link your business negotiated with (that link now serves only for this report).',
} as const;

/** Emails about mediation by a mediation organisation (Law 19/2023/QH15, Arts 61–66). */
export const MEDIATION_TEMPLATES = {
  mediation_requested: {
    vi: (d) => ({
      subject: subject(d, 'Đề nghị phân công hòa giải viên'),
      blocks: [
        ifSet(d.organisationName, (org) => p(`Kính gửi ${org},`)),
        p(`Hồ sơ ${d.trackingCode} được đề nghị giải quyết bằng hòa giải.`),
        p('Đề nghị phân công một hòa giải viên trong danh sách hòa giải viên của tổ chức.'),
        ifSet(formatDue(d.dueAt, 'vi'), (due) => p(`Hạn phân công: ${due}.`)),
        p('Xem hồ sơ và phân công tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'A mediator is needed'),
      blocks: [
        ifSet(d.organisationName, (org) => p(`To ${org},`)),
        p(`Mediation has been requested for case ${d.trackingCode}.`),
        p("Please assign a mediator from your organisation's list of mediators."),
        ifSet(formatDue(d.dueAt, 'en'), (due) => p(`Assign by: ${due}.`)),
        p('See the case and assign a mediator at: ', link(d.link)),
      ],
    }),
  },
  mediator_assigned: {
    vi: (d) => ({
      subject: subject(d, 'Đã phân công hòa giải viên'),
      blocks: [
        p('Chào bạn,'),
        p(
          present(d.organisationName)
            ? `${d.organisationName} đã phân công hòa giải viên cho hồ sơ ${d.trackingCode}.`
            : `Hồ sơ ${d.trackingCode} đã được phân công hòa giải viên.`,
        ),
        p('Hòa giải viên sẽ thông báo thời gian và địa điểm hòa giải.'),
        p('Theo dõi tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'A mediator has been assigned'),
      blocks: [
        p('Hello,'),
        p(
          present(d.organisationName)
            ? `${d.organisationName} has assigned a mediator to case ${d.trackingCode}.`
            : `A mediator has been assigned to case ${d.trackingCode}.`,
        ),
        p('The mediator will tell you the time and place of the mediation session.'),
        p('Follow it at: ', link(d.link)),
      ],
    }),
  },
  mediation_scheduled: {
    vi: (d) => ({
      subject: subject(d, 'Lịch hòa giải'),
      blocks: [
        p(`Buổi hòa giải cho hồ sơ ${d.trackingCode} đã được sắp xếp.`),
        ifSet(formatDateTime(d.sessionAt, 'vi'), (at) => p(`Thời gian: ${at}.`)),
        ifSet(d.place, (place) => p(`Địa điểm: ${place}.`)),
        p('Nếu không thể tham dự, vui lòng báo sớm cho hòa giải viên.'),
        p('Xem chi tiết tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Mediation session scheduled'),
      blocks: [
        p(`A mediation session has been scheduled for case ${d.trackingCode}.`),
        ifSet(formatDateTime(d.sessionAt, 'en'), (at) => p(`When: ${at}.`)),
        ifSet(d.place, (place) => p(`Where: ${place}.`)),
        p('If you cannot attend, please tell the mediator as soon as possible.'),
        p('See the details at: ', link(d.link)),
      ],
    }),
  },
  // To the business when the consumer asks for mediation: its secure link now serves the mediation
  // (sessions, records); the negotiation link stopped working.
  mediation_business: {
    vi: (d) => ({
      subject: subject(d, 'Yêu cầu giải quyết tranh chấp bằng hòa giải'),
      blocks: [
        p('Kính gửi doanh nghiệp,'),
        p(
          `Người tiêu dùng đề nghị giải quyết khiếu nại ${d.trackingCode} bằng hòa giải` +
            (d.organisationName ? ` tại ${d.organisationName}.` : '.'),
        ),
        // Art 61: mediation needs the business's own consent; silence is not consent.
        p(
          'Hòa giải chỉ được tiến hành khi doanh nghiệp đồng ý (Điều 61 Luật Bảo vệ quyền lợi người tiêu dùng 2023). Vui lòng cho biết doanh nghiệp đồng ý hay từ chối hòa giải tại đường dẫn dưới đây' +
            (formatDue(d.dueAt, 'vi') ? `, chậm nhất ${formatDue(d.dueAt, 'vi')}.` : '.') +
            ' Nếu không trả lời trong thời hạn, yêu cầu hòa giải sẽ kết thúc.',
        ),
        p(
          'Khi doanh nghiệp đồng ý, tổ chức hòa giải sẽ phân công hòa giải viên và thông báo lịch phiên hòa giải (Điều 61–65 Luật Bảo vệ quyền lợi người tiêu dùng 2023).',
        ),
        p(
          'Trả lời, xem hồ sơ, lịch phiên hòa giải và biên bản tại đường dẫn bảo mật (chỉ dành cho doanh nghiệp): ',
          link(d.link),
        ),
        // Art 57.5: the negotiation ended here; its result is reported through the negotiation link.
        d.resultReportDue ? p(RESULT_REPORT_AFTER_NEGOTIATION.vi) : undefined,
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'A request to settle the dispute by mediation'),
      blocks: [
        p('Dear business,'),
        p(
          `The consumer has asked to settle complaint ${d.trackingCode} by mediation` +
            (d.organisationName ? ` at ${d.organisationName}.` : '.'),
        ),
        p(
          'Mediation only takes place if your business agrees (Article 61 of the 2023 Consumer Protection Law). Please accept or decline it through the link below' +
            (formatDue(d.dueAt, 'en') ? `, by ${formatDue(d.dueAt, 'en')}.` : '.') +
            ' Without an answer in time, the request ends.',
        ),
        p(
          'Once you agree, the mediation organisation will assign a mediator and announce the sessions (Arts 61–65 of the 2023 Consumer Protection Law).',
        ),
        p(
          'Answer, and see the case, the sessions and the records, through this secure link (for your business only): ',
          link(d.link),
        ),
        d.resultReportDue ? p(RESULT_REPORT_AFTER_NEGOTIATION.en) : undefined,
      ],
    }),
  },
  mediation_result: {
    vi: (d) => ({
      subject: subject(d, 'Kết quả hòa giải'),
      blocks: [
        p('Chào bạn,'),
        p(`Việc hòa giải hồ sơ ${d.trackingCode} đã kết thúc.`),
        ifSet(outcomeLabel(d.status, 'vi'), (outcome) => p(`Kết quả: ${outcome}.`)),
        d.status === 'resolved'
          ? p(
              'Mỗi bên có thể yêu cầu Tòa án công nhận kết quả hòa giải thành trong 6 tháng (Điều 66 Luật Bảo vệ quyền lợi người tiêu dùng 2023).',
            )
          : undefined,
        d.status === 'unresolved' ? p('Bạn có thể đưa vụ việc ra trọng tài hoặc Tòa án.') : undefined,
        p('Xem chi tiết tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Mediation result'),
      blocks: [
        p('Hello,'),
        p(`The mediation of case ${d.trackingCode} has ended.`),
        ifSet(outcomeLabel(d.status, 'en'), (outcome) => p(`Outcome: ${outcome}.`)),
        d.status === 'resolved'
          ? p(
              'Either party may ask a court to recognise the settlement within 6 months (Article 66 of the 2023 Consumer Protection Law).',
            )
          : undefined,
        d.status === 'unresolved' ? p('You may take the dispute to arbitration or to court.') : undefined,
        p('See the details at: ', link(d.link)),
      ],
    }),
  },
} satisfies TemplateGroup;
