import { ifSet, link, p, strong, subject } from './blocks';
import { formatDue } from './format';
import type { Language, TemplateData, TemplateGroup } from './template-types';

// Reminders to the officers of the handling unit (or the admins) about a consumer's request on its
// clocks (Law 91/2025/QH15 Art 4; Decree 356/2025/ND-CP; libs/domain data-request-reminders).
// `reminderStep` is the step, `dataRequestKind` the kind, `dueAt` the clock's end, `link` the staff
// page of the requests.

const KIND: Record<Language, Record<string, string>> = {
  vi: {
    erasure: 'xóa dữ liệu cá nhân',
    restriction: 'hạn chế xử lý dữ liệu cá nhân',
    objection: 'phản đối xử lý dữ liệu cá nhân',
    other: 'khác về dữ liệu cá nhân',
  },
  en: {
    erasure: 'erasure of personal data',
    restriction: 'restriction of processing',
    objection: 'objection to processing',
    other: 'other request about personal data',
  },
};

const TITLE: Record<Language, Record<string, string>> = {
  vi: {
    answer_soon: 'Sắp hết hạn trả lời yêu cầu về dữ liệu cá nhân',
    answer_missed: 'Đã quá hạn trả lời yêu cầu về dữ liệu cá nhân',
    complete_soon: 'Sắp hết hạn thực hiện yêu cầu về dữ liệu cá nhân',
    complete_missed: 'Đã quá hạn thực hiện yêu cầu về dữ liệu cá nhân',
  },
  en: {
    answer_soon: 'A personal-data request must be answered soon',
    answer_missed: 'A personal-data request was not answered in time',
    complete_soon: 'A personal-data request must be completed soon',
    complete_missed: 'A personal-data request was not completed in time',
  },
};

const WHAT: Record<Language, Record<'answer' | 'complete', string>> = {
  vi: {
    answer: 'Đơn vị phải trả lời người tiêu dùng trong 2 ngày làm việc kể từ khi nhận yêu cầu.',
    complete: 'Đơn vị phải thực hiện yêu cầu (hoặc từ chối, nêu lý do) trong thời hạn luật định.',
  },
  en: {
    answer: 'The unit must answer the consumer within 2 working days of the request.',
    complete: 'The unit must carry out the request (or refuse it with a reason) within the legal period.',
  },
};

const step = (d: TemplateData): string =>
  d.reminderStep && d.reminderStep in TITLE.vi ? d.reminderStep : 'answer_soon';
const clockOf = (d: TemplateData): 'answer' | 'complete' => (step(d).startsWith('complete') ? 'complete' : 'answer');
const missed = (d: TemplateData): boolean => step(d).endsWith('missed');

export const DATA_REQUEST_REMINDER_TEMPLATES = {
  data_request_reminder: {
    vi: (d) => ({
      subject: subject(d, TITLE.vi[step(d)]),
      blocks: [
        p(
          `Hồ sơ ${d.trackingCode} có yêu cầu ${KIND.vi[d.dataRequestKind ?? 'other'] ?? KIND.vi.other} của người tiêu dùng chưa được ${clockOf(d) === 'answer' ? 'trả lời' : 'thực hiện xong'}.`,
        ),
        p(WHAT.vi[clockOf(d)]),
        ifSet(formatDue(d.dueAt, 'vi'), (due) =>
          p(missed(d) ? 'Hạn đã hết: ' : 'Hạn: ', strong(due), missed(d) ? '. Hãy xử lý ngay.' : '.'),
        ),
        p('Ghi quyết định tại: ', link(d.link)),
        p('Căn cứ: Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, Điều 4; Nghị định 356/2025/NĐ-CP.'),
      ],
    }),
    en: (d) => ({
      subject: subject(d, TITLE.en[step(d)]),
      blocks: [
        p(
          `Case ${d.trackingCode} has a consumer’s request (${KIND.en[d.dataRequestKind ?? 'other'] ?? KIND.en.other}) not yet ${clockOf(d) === 'answer' ? 'answered' : 'completed'}.`,
        ),
        p(WHAT.en[clockOf(d)]),
        ifSet(formatDue(d.dueAt, 'en'), (due) =>
          p(missed(d) ? 'The deadline has passed: ' : 'Deadline: ', strong(due), missed(d) ? '. Act now.' : '.'),
        ),
        p('Record the decision at: ', link(d.link)),
        p('Legal basis: Law 91/2025/QH15 on Personal Data Protection, Article 4; Decree 356/2025/ND-CP.'),
      ],
    }),
  },
} satisfies TemplateGroup;
