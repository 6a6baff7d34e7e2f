import { ifSet, link, p, quote, subject } from './blocks';
import type { Language, TemplateData, TemplateGroup } from './template-types';

// The consumer's requests about their personal data (Law 91/2025/QH15 Art 4): the decision of the
// handling unit, with its reason. `dataRequestKind` is the kind, `status` the decision.

const KIND: Record<Language, Record<string, string>> = {
  vi: {
    erasure: 'xóa dữ liệu cá nhân',
    restriction: 'hạn chế xử lý dữ liệu cá nhân',
    objection: 'phản đối xử lý dữ liệu cá nhân',
    other: 'về dữ liệu cá nhân',
  },
  en: {
    erasure: 'erase your personal data',
    restriction: 'restrict the processing of your personal data',
    objection: 'object to the processing of your personal data',
    other: 'about your personal data',
  },
};

const DECISION: Record<Language, Record<string, string>> = {
  vi: {
    answered: 'Yêu cầu của bạn đã được tiếp nhận và đang được xử lý.',
    completed: 'Yêu cầu của bạn đã được thực hiện.',
    refused: 'Yêu cầu của bạn không được chấp nhận.',
  },
  en: {
    answered: 'Your request was received and is being handled.',
    completed: 'Your request was carried out.',
    refused: 'Your request was not accepted.',
  },
};

// Law 91/2025 Art 4: an accepted erasure is carried out at once when the case is closed, else when it closes.
const ERASURE_DONE: Record<Language, string> = {
  vi: 'Dữ liệu cá nhân của bạn trong hồ sơ này đã được xóa. Mã truy cập của hồ sơ không còn dùng được. Chỉ còn giữ các thông tin không định danh (lĩnh vực, xã/phường, ngày, kết quả) để thống kê.',
  en: 'Your personal data in this case has been erased. The case’s access key no longer works. Only facts that identify no one (sector, commune, dates, outcome) are kept, for statistics.',
};

const ERASURE_WHEN_CLOSED: Record<Language, string> = {
  vi: 'Hồ sơ khiếu nại vẫn đang được giải quyết và cần dữ liệu của bạn. Dữ liệu cá nhân của bạn sẽ được xóa ngay khi hồ sơ kết thúc; cho đến lúc đó, dữ liệu chỉ được dùng để giải quyết khiếu nại.',
  en: 'The complaint is still being handled and needs your data. Your personal data will be erased as soon as the case is closed; until then it is used only to handle the complaint.',
};

const erasureNote = (d: TemplateData, language: Language) =>
  d.dataRequestKind === 'erasure' && d.status === 'completed'
    ? p((d.erasedNow ? ERASURE_DONE : ERASURE_WHEN_CLOSED)[language])
    : undefined;

const dataLink = (d: TemplateData, label: string) => (d.erasedNow ? undefined : p(label, link(d.link)));

export const DATA_RIGHTS_TEMPLATES = {
  data_request_decided: {
    vi: (d) => ({
      subject: subject(d, 'Trả lời yêu cầu về dữ liệu cá nhân của bạn'),
      blocks: [
        p('Chào bạn,'),
        p(`Về yêu cầu ${KIND.vi[d.dataRequestKind ?? 'other'] ?? KIND.vi.other} trong hồ sơ ${d.trackingCode}:`),
        p(DECISION.vi[d.status ?? 'answered'] ?? DECISION.vi.answered),
        ifSet(d.reason, () => p('Lý do:')),
        quote(d.reason),
        erasureNote(d, 'vi'),
        dataLink(d, 'Xem dữ liệu của bạn tại: '),
        p('Căn cứ: Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, Điều 4.'),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Answer to your request about your personal data'),
      blocks: [
        p('Hello,'),
        p(`About your request to ${KIND.en[d.dataRequestKind ?? 'other'] ?? KIND.en.other} in case ${d.trackingCode}:`),
        p(DECISION.en[d.status ?? 'answered'] ?? DECISION.en.answered),
        ifSet(d.reason, () => p('Reason:')),
        quote(d.reason),
        erasureNote(d, 'en'),
        dataLink(d, 'See your data at: '),
        p('Legal basis: Law 91/2025/QH15 on Personal Data Protection, Article 4.'),
      ],
    }),
  },
} satisfies TemplateGroup;
