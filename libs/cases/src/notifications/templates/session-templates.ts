import { ifSet, link, p, quote, subject } from './blocks';
import { formatDateTime } from './format';
import type { Block, Language, TemplateData, TemplateGroup } from './template-types';

// Meetings are in Vietnam's time, whatever the reader's calendar (the .ics carries the exact instant).
const ZONE: Readonly<Record<Language, string>> = { vi: 'giờ Việt Nam, GMT+7', en: 'Vietnam time, UTC+7' };

/** "14:30 ngày 05/03/2026 (giờ Việt Nam, GMT+7)"; nothing for a missing or invalid date. */
function when(at: Date | undefined, language: Language): string | undefined {
  const time = formatDateTime(at, language);
  return time === undefined ? undefined : `${time} (${ZONE[language]})`;
}

/** " vào <time>" inside a sentence, or nothing. */
const on = (d: TemplateData, word: string, language: Language): string => {
  const at = when(d.sessionAt, language);
  return at === undefined ? '' : `${word}${at}`;
};

const minutes = (n: number | undefined): number | undefined =>
  typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;

/** Time, length, place and link of the session, each line only when known. */
function details(d: TemplateData, language: Language): (Block | undefined)[] {
  const vi = language === 'vi';
  return [
    ifSet(when(d.sessionAt, language), (at) => p(vi ? `Thời gian: ${at}.` : `When: ${at}.`)),
    ifSet(minutes(d.durationMinutes), (n) =>
      p(vi ? `Thời lượng dự kiến: ${n} phút.` : `Expected length: ${n} minutes.`),
    ),
    ifSet(d.place, (place) => p(vi ? `Địa điểm: ${place}` : `Where: ${place}`)),
    ifSet(d.onlineUrl, (url) => p(vi ? 'Tham gia trực tuyến tại: ' : 'Join online at: ', link(url))),
  ];
}

const confidentiality = (language: Language): Block =>
  p(
    language === 'vi'
      ? 'Nội dung hòa giải được giữ bí mật, trừ trường hợp các bên có thỏa thuận khác (khoản 2 Điều 62 Luật Bảo vệ quyền lợi người tiêu dùng 2023).'
      : 'What is said in mediation stays confidential unless the parties agree otherwise (Article 62.2 of the 2023 Consumer Protection Law).',
  );

// The business has no page to follow the case on by email (its secure link was sent once): no link then.
const seeMore = (d: TemplateData, language: Language): Block | undefined =>
  ifSet(d.link || undefined, (url) => p(language === 'vi' ? 'Xem chi tiết tại: ' : 'See the details at: ', link(url)));

/** Mediation sessions, each email with its .ics (Law 19/2023/QH15 Arts 54, 61–62). */
export const SESSION_TEMPLATES = {
  session_scheduled: {
    vi: (d) => ({
      subject: subject(d, 'Lịch phiên hòa giải'),
      blocks: [
        p('Xin chào,'),
        p(
          d.organisationName
            ? `${d.organisationName} mời bạn tham dự phiên hòa giải hồ sơ ${d.trackingCode}.`
            : `Phiên hòa giải hồ sơ ${d.trackingCode} đã được sắp xếp.`,
        ),
        ...details(d, 'vi'),
        p('Tệp lịch (.ics) đính kèm giúp bạn thêm phiên hòa giải vào lịch của mình.'),
        p('Nếu không thể tham dự, vui lòng báo sớm cho hòa giải viên.'),
        confidentiality('vi'),
        seeMore(d, 'vi'),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Mediation session scheduled'),
      blocks: [
        p('Hello,'),
        p(
          d.organisationName
            ? `${d.organisationName} invites you to a mediation session about case ${d.trackingCode}.`
            : `A mediation session has been scheduled for case ${d.trackingCode}.`,
        ),
        ...details(d, 'en'),
        p('The attached calendar file (.ics) adds the session to your calendar.'),
        p('If you cannot attend, please tell the mediator as soon as possible.'),
        confidentiality('en'),
        seeMore(d, 'en'),
      ],
    }),
  },
  session_rescheduled: {
    vi: (d) => ({
      subject: subject(d, 'Thay đổi lịch phiên hòa giải'),
      blocks: [
        p('Xin chào,'),
        p(`Phiên hòa giải hồ sơ ${d.trackingCode} đã được thay đổi. Thông tin mới:`),
        ...details(d, 'vi'),
        ifSet(when(d.previousSessionAt, 'vi'), (at) => p(`Lịch cũ (không còn hiệu lực): ${at}.`)),
        p('Tệp lịch (.ics) đính kèm cập nhật lịch đã gửi trước đó.'),
        p('Nếu không thể tham dự, vui lòng báo sớm cho hòa giải viên.'),
        seeMore(d, 'vi'),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Mediation session changed'),
      blocks: [
        p('Hello,'),
        p(`The mediation session about case ${d.trackingCode} has changed. The new details:`),
        ...details(d, 'en'),
        ifSet(when(d.previousSessionAt, 'en'), (at) => p(`Previously (no longer valid): ${at}.`)),
        p('The attached calendar file (.ics) updates the invitation sent before.'),
        p('If you cannot attend, please tell the mediator as soon as possible.'),
        seeMore(d, 'en'),
      ],
    }),
  },
  session_cancelled: {
    vi: (d) => ({
      subject: subject(d, 'Hủy phiên hòa giải'),
      blocks: [
        p('Xin chào,'),
        p(`Phiên hòa giải hồ sơ ${d.trackingCode}`, on(d, ' vào ', 'vi'), ' đã bị hủy.'),
        ifSet(d.reason, () => p('Lý do:')),
        quote(d.reason),
        p('Tệp lịch (.ics) đính kèm xóa phiên hòa giải khỏi lịch của bạn. Hòa giải viên sẽ thông báo nếu có lịch mới.'),
        seeMore(d, 'vi'),
      ],
    }),
    en: (d) => ({
      subject: subject(d, 'Mediation session cancelled'),
      blocks: [
        p('Hello,'),
        p(`The mediation session about case ${d.trackingCode}`, on(d, ' on ', 'en'), ' has been cancelled.'),
        ifSet(d.reason, () => p('Reason:')),
        quote(d.reason),
        p(
          'The attached calendar file (.ics) removes the session from your calendar. The mediator will tell you of any new date.',
        ),
        seeMore(d, 'en'),
      ],
    }),
  },
} satisfies TemplateGroup;
