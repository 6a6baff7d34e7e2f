import { MEDIATION_LANGUAGES } from '@app/domain';
import { ifSet, link, p, present, quote, subject } from './blocks';
import type { Language, TemplateGroup } from './template-types';

/** "Tày, Nùng" from language codes; undefined when there are none. */
function languageNames(codes: readonly string[] | undefined, language: Language): string | undefined {
  if (!codes || codes.length === 0) return undefined;
  const names = codes.map((code) => MEDIATION_LANGUAGES.find((l) => l.code === code)?.[language] ?? code);
  // "Tiếng Tày" starts a heading; inside a sentence it is "tiếng Tày".
  return names.map((name) => name.replace(/^Tiếng /, 'tiếng ')).join(', ');
}

/** Emails to staff about who mediates a case (Law 19 Arts 63.2, 64.3). */
export const ASSIGNMENT_TEMPLATES = {
  // To the mediator appointed by their organisation.
  mediator_case_assigned: {
    vi: (d) => ({
      subject: subject(d, 'Bạn được phân công hòa giải'),
      blocks: [
        ifSet(d.mediatorName, (name) => p(`Kính gửi ${name},`)),
        p(
          present(d.organisationName)
            ? `${d.organisationName} đã phân công bạn hòa giải hồ sơ ${d.trackingCode}.`
            : `Bạn được phân công hòa giải hồ sơ ${d.trackingCode}.`,
        ),
        ifSet(languageNames(d.interpreterLanguages, 'vi'), (names) =>
          p(
            `Một bên là người dân tộc thiểu số, sử dụng ${names}, mà bạn chưa khai báo thông thạo: cần bố trí người phiên dịch (khoản 3 Điều 64 Luật Bảo vệ quyền lợi người tiêu dùng 2023).`,
          ),
        ),
        d.languageUnknown
          ? p(
              'Người tiêu dùng là người dân tộc thiểu số nhưng chưa cho biết ngôn ngữ sử dụng: bạn cần hỏi người tiêu dùng; người phiên dịch đã được bố trí (khoản 3 Điều 64 Luật Bảo vệ quyền lợi người tiêu dùng 2023).',
            )
          : undefined,
        p(
          'Nếu bạn có quan hệ với doanh nghiệp hoặc không thể nhận vụ việc, vui lòng từ chối sớm, nêu lý do, để tổ chức phân công người khác.',
        ),
        p('Xem hồ sơ tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'You have been assigned a mediation'),
      blocks: [
        ifSet(d.mediatorName, (name) => p(`Dear ${name},`)),
        p(
          present(d.organisationName)
            ? `${d.organisationName} has assigned you to mediate case ${d.trackingCode}.`
            : `You have been assigned to mediate case ${d.trackingCode}.`,
        ),
        ifSet(languageNames(d.interpreterLanguages, 'en'), (names) =>
          p(
            `A party belongs to an ethnic minority and speaks ${names}, which you have not declared: an interpreter must be provided (Article 64.3 of the 2023 Consumer Protection Law).`,
          ),
        ),
        d.languageUnknown
          ? p(
              'The consumer belongs to an ethnic minority but has not said which language they speak: please ask them; an interpreter has been arranged (Article 64.3 of the 2023 Consumer Protection Law).',
            )
          : undefined,
        p(
          'If you have a tie to the business or cannot take the case, please decline it soon, with your reason, so that someone else can be assigned.',
        ),
        p('Open the case: ', link(d.link)),
      ],
    }),
  },
  // To the organisation's mediation admins: the case is back in their unassigned queue.
  mediator_declined: {
    vi: (d) => ({
      subject: subject(d, 'Hòa giải viên từ chối vụ việc'),
      blocks: [
        p(
          present(d.mediatorName)
            ? `Hòa giải viên ${d.mediatorName} đã từ chối hòa giải hồ sơ ${d.trackingCode}.`
            : `Hòa giải viên được phân công đã từ chối hòa giải hồ sơ ${d.trackingCode}.`,
        ),
        d.conflict ? p('Hòa giải viên khai báo có xung đột lợi ích với doanh nghiệp.') : undefined,
        ifSet(d.reason, () => p('Lý do:')),
        quote(d.reason),
        p('Hồ sơ đã trở lại danh sách chờ phân công. Đề nghị phân công hòa giải viên khác tại: ', link(d.link)),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'A mediator declined a case'),
      blocks: [
        p(
          present(d.mediatorName)
            ? `Mediator ${d.mediatorName} has declined to mediate case ${d.trackingCode}.`
            : `The assigned mediator has declined to mediate case ${d.trackingCode}.`,
        ),
        d.conflict ? p('The mediator declared a conflict of interest with the business.') : undefined,
        ifSet(d.reason, () => p('Reason:')),
        quote(d.reason),
        p('The case is back in the unassigned queue. Please assign another mediator at: ', link(d.link)),
      ],
    }),
  },
} satisfies TemplateGroup;
